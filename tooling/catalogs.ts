import type { Catalogs } from '@machi-dx/ui/core';
import { expect, it } from 'vitest';

/** Keys without their CLDR plural suffix, so `x.one`/`x.other` in English match `x.other` in Japanese. */
function baseKeys(messages: Readonly<Record<string, string>> | undefined): string[] {
  return [
    ...new Set(
      Object.keys(messages ?? {}).map((key) => key.replace(/\.(zero|one|two|few|many|other)$/, '')),
    ),
  ].sort();
}

/** Every locale has every message Japanese has (and no stray ones), and no message is empty. */
export function itHasCompleteCatalogs(catalogs: Catalogs) {
  it('has every message in ja, en and ja-easy', () => {
    const ja = baseKeys(catalogs.ja);
    expect(ja.length).toBeGreaterThan(0);
    expect(baseKeys(catalogs.en)).toEqual(ja);
    expect(baseKeys(catalogs['ja-easy'])).toEqual(ja);
    for (const messages of [catalogs.ja, catalogs.en, catalogs['ja-easy']]) {
      for (const [key, text] of Object.entries(messages ?? {})) {
        expect(text.trim(), key).not.toBe('');
      }
    }
  });
}
