// The Zoom SDK crashes on import under plain Node and weighs ~290 kB gzip, so the package may load
// it only with a dynamic import() when a preview or a join starts; the engines themselves are
// separate chunks loaded the same way. This checks, on the built files:
// 1. no file statically imports or requires @zoom/videosdk, and a dynamic import() of it exists;
// 2. the `.` entry's static import graph holds neither engine (they stay out of the initial chunk);
// 3. importing every entry (ESM and CJS) and creating engines under plain Node never resolves the SDK.
import { readdirSync, readFileSync } from 'node:fs';
import Module, { createRequire, register } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const failures = [];
const sdk = '["\']@zoom/videosdk(?:/[^"\']*)?["\']';
const staticImport = new RegExp(
  `^\\s*(?:import|export)\\b[^;(]*?\\bfrom\\s*${sdk}|^\\s*import\\s*${sdk}`,
  'm',
);
const requireCall = new RegExp(`\\brequire\\(\\s*${sdk}\\s*\\)`);
const dynamicImport = new RegExp(`\\bimport\\(\\s*${sdk}\\s*\\)`);

const built = readdirSync('dist').filter((file) => /\.c?js$/.test(file));
for (const file of built) {
  const code = readFileSync(join('dist', file), 'utf8');
  if (staticImport.test(code)) failures.push(`dist/${file}: static import of @zoom/videosdk`);
  if (requireCall.test(code)) failures.push(`dist/${file}: require() of @zoom/videosdk`);
}
for (const format of [/\.js$/, /\.cjs$/]) {
  const lazy = built.filter(
    (file) => format.test(file) && dynamicImport.test(readFileSync(join('dist', file), 'utf8')),
  );
  if (lazy.length === 0) failures.push(`no ${format} file loads the SDK with import()`);
}

/** Every file `entry` loads statically (import … from / require), following relative paths. */
function staticGraph(entry, seen = new Set()) {
  if (seen.has(entry)) return seen;
  seen.add(entry);
  const code = readFileSync(entry, 'utf8');
  const relative =
    /(?:^\s*(?:import|export)\b[^;(]*?\bfrom\s*|^\s*import\s*|\brequire\()["'](\.[^"']+)["']/gm;
  for (const [, path] of code.matchAll(relative)) staticGraph(resolve(dirname(entry), path), seen);
  return seen;
}
for (const entry of [pkg.exports['.'].import.default, pkg.exports['.'].require.default]) {
  for (const file of staticGraph(resolve(entry))) {
    const code = readFileSync(file, 'utf8');
    if (code.includes('video-player-container'))
      failures.push(`${entry} loads the Zoom engine statically (${file})`);
    if (code.includes('captureStream'))
      failures.push(`${entry} loads the simulated engine statically (${file})`);
  }
}

// Runtime: any resolution of the SDK while the entries load throws (ESM hook and CJS resolver).
register('./sdk-guard-hooks.mjs', import.meta.url);
const resolveFilename = Module._resolveFilename;
Module._resolveFilename = function (request, ...rest) {
  if (request === '@zoom/videosdk' || request.startsWith('@zoom/videosdk/')) {
    throw new Error('@zoom/videosdk was required while loading the package');
  }
  return resolveFilename.call(this, request, ...rest);
};
const require = createRequire(resolve('package.json'));
for (const [entry, target] of Object.entries(pkg.exports)) {
  if (typeof target === 'string') continue;
  try {
    const esm = await import(pathToFileURL(resolve(target.import.default)).href);
    const cjs = require(resolve(target.require.default));
    // Creating engines must not load it either; only prepare() / join() may.
    for (const mod of [esm, cjs])
      mod.createVideoEngine('zoom', { zoom: { dependentAssets: '/x' } });
  } catch (error) {
    failures.push(
      `${pkg.name}${entry.slice(1)}: ${error instanceof Error ? error.message : error}`,
    );
  }
}

if (failures.length) {
  console.error(`check-lazy-sdk:\n  ${failures.join('\n  ')}`);
  process.exit(1);
}
console.log(`check-lazy-sdk: ${pkg.name} — the Zoom SDK is only loaded by a dynamic import()`);
