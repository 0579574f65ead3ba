#!/usr/bin/env node
/**
 * Writes src/core/holiday-data.ts from @holiday-jp/holiday_jp: the same table in an ES module a
 * bundler can drop when no holiday rule is used (the package itself is CommonJS, which bundlers keep
 * in every bundle that imports it), and ~4 kB gzip instead of ~12 kB.
 *
 *   node scripts/generate-holidays.mjs          write the file
 *   node scripts/generate-holidays.mjs --check  exit 1 when the committed file is out of date
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const { holidays } = require('@holiday-jp/holiday_jp');
const version = require('@holiday-jp/holiday_jp/package.json').version;
const target = fileURLToPath(new URL('../src/core/holiday-data.ts', import.meta.url));

const names = [];
const nameIndex = new Map();
const entries = [];
for (const [date, holiday] of Object.entries(holidays).sort(([a], [b]) => a.localeCompare(b))) {
  const key = `${holiday.name}\u0000${holiday.name_en}`;
  if (!nameIndex.has(key)) {
    nameIndex.set(key, names.length);
    names.push([holiday.name, holiday.name_en]);
  }
  entries.push(`${date.replaceAll('-', '')}${nameIndex.get(key).toString(36)}`);
}

const source = `// Generated from @holiday-jp/holiday_jp ${version} by scripts/generate-holidays.mjs — do not edit.
// Regenerate after updating that package: node scripts/generate-holidays.mjs

/** Holiday names, [ja, en], indexed by the last character(s) of each entry in {@link holidayEntries}. */
export const holidayNames: readonly (readonly [string, string])[] = ${JSON.stringify(names)};

/** Every holiday as YYYYMMDD followed by its name index in base 36, space separated. */
export const holidayEntries = '${entries.join(' ')}';
`;

if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(target, 'utf8');
  } catch {}
  if (current !== source) {
    console.error(
      'src/core/holiday-data.ts is out of date: run node scripts/generate-holidays.mjs',
    );
    process.exit(1);
  }
} else {
  writeFileSync(target, source);
  console.info(
    `wrote ${entries.length} holidays (${names.length} names) from @holiday-jp/holiday_jp ${version}`,
  );
}
