// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const packageDir = fileURLToPath(new URL('../../', import.meta.url));
const read = (file: string) => readFileSync(new URL(file, import.meta.url), 'utf8');

/** The `--machi-color-*` hex values declared in the first block whose selector starts with `selector`. */
function colors(css: string, selector: string): Record<string, string> {
  const start = css.indexOf(`${selector} {`);
  const body = css.slice(start, css.indexOf('}', start));
  return Object.fromEntries(
    [...body.matchAll(/--machi-color-([\w-]+): (#[0-9a-f]{6});/g)].map((m) => [m[1], m[2]]),
  );
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const channel = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

const textPairs: [foreground: string, background: string][] = [
  ['text', 'background'],
  ['text', 'surface'],
  ['text', 'surface-muted'],
  ['text-muted', 'background'],
  ['text-muted', 'surface-muted'],
  ['on-primary', 'primary'],
  ['on-primary', 'primary-hover'],
  ['on-primary', 'primary-active'],
  ['error', 'background'],
  ['error', 'error-surface'],
  ['success', 'success-surface'],
  ['warning', 'warning-surface'],
  ['info', 'info-surface'],
  ['link', 'background'],
  ['link-visited', 'background'],
];

describe('design tokens', () => {
  it('are up to date with @digital-go-jp/design-tokens', () => {
    // Throws (exit code 1) when the committed CSS differs from what the script would write.
    expect(() =>
      execFileSync(process.execPath, ['scripts/generate-tokens.mjs', '--check'], {
        cwd: packageDir,
        stdio: 'pipe',
      }),
    ).not.toThrow();
  });

  const themes = [
    {
      name: 'default',
      css: read('./tokens.css'),
      selector: ':where(:root, [data-machi-theme])',
      minimum: 4.5,
    },
    {
      name: 'high-contrast',
      css: read('./themes.css'),
      selector: '[data-machi-theme="high-contrast"]',
      minimum: 7,
    },
  ];

  for (const { name, css, selector, minimum } of themes) {
    const palette = colors(css, selector);
    it.each(textPairs)(`${name}: %s on %s reaches ${minimum}:1`, (foreground, background) => {
      expect(contrast(palette[foreground]!, palette[background]!)).toBeGreaterThanOrEqual(minimum);
    });

    it(`${name}: control borders and the focus ring reach 3:1 (WCAG 1.4.11)`, () => {
      expect(contrast(palette['border-strong']!, palette.background!)).toBeGreaterThanOrEqual(3);
      expect(contrast(palette.border!, palette.background!)).toBeGreaterThanOrEqual(3);
      const ring = css.match(/--machi-focus-ring-color: (#[0-9a-f]{6});/)![1]!;
      expect(contrast(ring, palette.background!)).toBeGreaterThanOrEqual(3);
    });
  }

  it('switch motion off for people who ask for reduced motion', () => {
    expect(read('./tokens.css')).toMatch(
      /prefers-reduced-motion: reduce\)[^}]*--machi-duration-fast: 0s;\s*--machi-duration-normal: 0s;/,
    );
  });

  it('use system colours in forced-colours mode, with the focus in Highlight', () => {
    const forced = read('./themes.css').split('@media (forced-colors: active)')[1]!;
    expect(forced).toContain('--machi-focus-ring-color: Highlight;');
    expect(forced).toContain('--machi-color-border: CanvasText;');
  });
});
