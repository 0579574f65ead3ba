// Imports every JS entry of the package in the current directory under plain Node — no DOM,
// no window, no navigator — as ESM and as CJS, the way an SSR server or a back end would.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const require = createRequire(resolve('package.json'));
const failures = [];
let checked = 0;

for (const probe of ['window', 'document', 'navigator']) {
  if (probe in globalThis && probe !== 'navigator') {
    console.error(`ssr-import: ${probe} exists in this Node; the check would prove nothing`);
    process.exit(1);
  }
}

for (const [entry, target] of Object.entries(pkg.exports)) {
  if (typeof target === 'string') continue; // CSS and package.json
  const esm = resolve(target.import.default);
  const cjs = resolve(target.require.default);
  try {
    const mod = await import(pathToFileURL(esm).href);
    if (Object.keys(mod).length === 0) throw new Error('ESM entry exports nothing');
    const req = require(cjs);
    if (Object.keys(req).length === 0) throw new Error('CJS entry exports nothing');
    checked += 2;
  } catch (error) {
    failures.push(`${pkg.name}${entry.slice(1)}: ${error instanceof Error ? error.stack : error}`);
  }
}

if (failures.length) {
  console.error(failures.join('\n'));
  process.exit(1);
}
console.log(
  `ssr-import: ${pkg.name} — ${checked} entry imports under plain Node, none touched the DOM`,
);
