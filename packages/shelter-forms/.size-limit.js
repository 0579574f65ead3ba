// size-limit budgets (gzip), checked by `npm run ci`.
//
// In a JavaScript file rather than package.json for two settings a JSON config cannot hold:
//
// - Lazy chunks stay out of the initial bundle. The outbox loads what only some pages need with
//   `import()` (the photo queue and the photo side of the fetch transport, file export/import,
//   pruning the sent log, the send lock for browsers without Web Locks), and an app's bundler
//   makes those separate chunks, downloaded when first needed (the portal's service worker
//   precaches them for offline use). size-limit would fold every `import()` into one bundle; here
//   an `import()` of one of our own chunks (a relative path) stays outside, and the chunks are
//   budgeted on their own line. `idb`, also loaded by `import()`, is needed as soon as an outbox
//   starts: a package import, it stays counted.
// - UTF-8 output, as shipped: our own build and Vite write Japanese as UTF-8, while esbuild's
//   default (size-limit's) writes `\u` escapes, which gzip ≈ 0.2 kB larger in the status form.
const reactAndUi = ['react', 'react-dom', '@machi-dx/ui'];

/** esbuild settings: UTF-8 output; our own lazy chunks (and, for `shared`, shared chunks) left out. */
function measured({ shared = true } = {}) {
  return (config) => ({
    ...config,
    charset: 'utf8',
    plugins: [
      ...(config.plugins ?? []),
      {
        name: 'lazy-chunks',
        setup(build) {
          build.onResolve({ filter: /^\.\.?\// }, ({ path, kind }) =>
            kind === 'dynamic-import' || !shared ? { path, external: true } : undefined,
          );
        },
      },
    ],
  });
}

const components = (name, imports, limit) => ({
  name: `${name} (excluding React and @machi-dx/ui)`,
  path: 'dist/index.js',
  import: imports,
  ignore: reactAndUi,
  modifyEsbuildConfig: measured(),
  limit,
  gzip: true,
});

const core = (name, imports, limit) => ({
  name,
  path: 'dist/core.js',
  import: imports,
  ignore: ['@machi-dx/ui'],
  modifyEsbuildConfig: measured(),
  limit,
  gzip: true,
});

export default [
  // The requirement: ShelterStatusForm with the outbox ≤ 30 kB gzip excluding React.
  components(
    'ShelterStatusForm with the outbox, fetch transport and probe',
    '{ ShelterStatusForm, Outbox, createFetchTransport, createPingProbe }',
    '30 kB',
  ),
  components(
    'components: ReportKindLabel with the shared message catalog',
    '{ ReportKindLabel }',
    '7 kB',
  ),
  components(
    'hooks: useOutboxDraft + useOutbox with the outbox, fetch transport and probe',
    '{ useOutboxDraft, useOutbox, Outbox, createFetchTransport, createPingProbe }',
    '15.5 kB',
  ),
  core('core (every export, the HQ client included)', '*', '26 kB'),
  core('core: the HQ client (createHqClient, HqStore)', '{ createHqClient, HqStore }', '5.75 kB'),
  core('core: report validation (server, forms)', '{ validateReport }', '5.5 kB'),
  core(
    'core: outbox with fetch transport, probe and validation',
    '{ Outbox, createFetchTransport, createPingProbe, validateReport }',
    '15 kB',
  ),
  {
    name: "outbox: the lazy chunks, each loaded on first need (their own code, not what they share with the outbox's)",
    path: 'dist/{photo-queue,photo-response,outbox-transfer,prune,lease-lock}-*.js',
    ignore: ['@machi-dx/ui', 'idb'],
    modifyEsbuildConfig: measured({ shared: false }),
    limit: '4 kB',
    gzip: true,
  },
  { name: 'styles.css', path: 'dist/index.css', limit: '2.9 kB', gzip: true },
];
