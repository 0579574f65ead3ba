// @vitest-environment node
// The booking widget's code translates with the flow catalogs alone (see ./index.ts): every key it
// names must be there, or a resident would see a raw key where the staff catalog holds the text.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bookingCatalogs, flowCatalogs } from '.';

const src = fileURLToPath(new URL('..', import.meta.url));

function sources(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sources(path);
    return /\.tsx?$/.test(entry.name) && !/\.(test|stories)\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

const flowFiles = sources(src)
  .map((path) => ({ path: path.slice(src.length), code: readFileSync(path, 'utf8') }))
  .filter(({ code }) => /useFlowTranslator\(\)|from '[./]+\/flow-messages'/.test(code));

describe('the flow catalogs', () => {
  it('are used by the widget and its parts', () => {
    expect(flowFiles.map(({ path }) => path)).toEqual(
      expect.arrayContaining([
        'components/BookingWidget/BookingWidget.tsx',
        'components/SlotPicker/SlotPicker.tsx',
        'components/parts/ApiErrorNotice.tsx',
        'core/flow/details.ts',
      ]),
    );
  });

  it('hold every key the flow code names, and every prefix of the keys it builds', () => {
    const keys = Object.keys(flowCatalogs.ja);
    for (const { path, code } of flowFiles) {
      for (const [, key] of code.matchAll(/\bt\(\s*'(booking\.[^']+)'/g)) {
        // A plural message is stored per CLDR category (`….other`).
        expect(keys.includes(key!) || keys.includes(`${key}.other`), `${path}: ${key}`).toBe(true);
      }
      for (const [, prefix] of code.matchAll(/`(booking\.[\w.]*)\$\{/g)) {
        expect(
          keys.some((key) => key.startsWith(prefix!)),
          `${path}: ${prefix}…`,
        ).toBe(true);
      }
    }
  });

  it('are part of the full catalogs, which add the manage, staff and calendar wording', () => {
    for (const locale of ['ja', 'en', 'ja-easy'] as const) {
      expect(bookingCatalogs[locale]).toMatchObject(flowCatalogs[locale] ?? {});
    }
    expect(flowCatalogs.ja['booking.staff.markDone']).toBeUndefined();
    expect(bookingCatalogs.ja['booking.staff.markDone']).toBe('相談済みにする');
  });
});
