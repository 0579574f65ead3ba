import tokensCss from '../../../packages/ui/src/styles/tokens.css?raw';

/** Every `--machi-*` custom property declared in the default theme, grouped by kind. */
function tokenNames(prefix: string): string[] {
  const names = new Set<string>();
  for (const match of tokensCss.matchAll(/(--machi-[a-z0-9-]+)\s*:/g)) {
    if (match[1]?.startsWith(prefix)) names.add(match[1]);
  }
  return [...names];
}

const cell = {
  padding: '8px',
  borderBottom: '1px solid var(--machi-color-border)',
  textAlign: 'left',
} as const;

/** A table of tokens; `kind` decides the sample: a colour swatch, text at that size, or a bar of that length. */
export function TokenTable({
  prefix,
  kind,
}: {
  prefix: string;
  kind: 'color' | 'font-size' | 'space' | 'other';
}) {
  const names = tokenNames(prefix);
  return (
    <table style={{ borderCollapse: 'collapse', width: '100%' }}>
      <thead>
        <tr>
          <th style={cell} scope="col">
            Token
          </th>
          <th style={cell} scope="col">
            Sample
          </th>
        </tr>
      </thead>
      <tbody>
        {names.map((name) => (
          <tr key={name}>
            <td style={cell}>
              <code>{name}</code>
            </td>
            <td style={cell}>
              {kind === 'color' && (
                <span
                  style={{
                    display: 'inline-block',
                    width: 64,
                    height: 32,
                    background: `var(${name})`,
                    border: '1px solid var(--machi-color-border-strong)',
                  }}
                />
              )}
              {kind === 'font-size' && (
                <span style={{ fontSize: `var(${name})` }}>宇和島市 あア Aa</span>
              )}
              {kind === 'space' && (
                <span
                  style={{
                    display: 'inline-block',
                    height: 16,
                    width: `var(${name})`,
                    background: 'var(--machi-color-primary)',
                  }}
                />
              )}
              {kind === 'other' && <code>var({name})</code>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
