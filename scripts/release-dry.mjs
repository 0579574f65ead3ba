// Packs every publishable package into a temporary folder and lists what each tarball holds.
// Nothing is published: this is what `npm publish` would upload.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const destination = mkdtempSync(join(tmpdir(), 'machi-dx-release-'));
let packed = 0;

for (const folder of readdirSync('packages')) {
  const pkg = JSON.parse(readFileSync(join('packages', folder, 'package.json'), 'utf8'));
  if (pkg.private) continue;
  const [result] = JSON.parse(
    execFileSync('npm', ['pack', '--json', '--pack-destination', destination], {
      cwd: join('packages', folder),
      encoding: 'utf8',
    }),
  );
  packed += 1;
  console.log(`\n${result.id}  →  ${join(destination, result.filename)}`);
  console.log(
    `  ${result.entryCount} files, ${(result.size / 1024).toFixed(1)} kB packed, ${(result.unpackedSize / 1024).toFixed(1)} kB unpacked`,
  );
  for (const file of result.files) console.log(`  ${String(file.size).padStart(8)}  ${file.path}`);
}

console.log(`\n${packed} packages packed into ${destination} (dry run: nothing was published)`);
