// Japanese postal codes (郵便番号) as residents type them: with 〒, full-width digits, any hyphen.

/** Why a postal code was refused. */
export type PostalCodeError = 'empty' | 'invalid_characters' | 'invalid_format';

/** The outcome of `validatePostalCode`. */
export type PostalCodeResult =
  | {
      readonly ok: true;
      /** Formatted `NNN-NNNN`, e.g. `798-8601`. */
      readonly value: string;
      /** Seven digits, e.g. `7988601` (the form address look-up services take). */
      readonly digits: string;
    }
  | { readonly ok: false; readonly reason: PostalCodeError };

// After NFKC: 〶 becomes 〒, full-width digits and － become ASCII, ｰ becomes ー.
const allowedPattern = /^〒?[\d\s\-‐‑‒–—―−ー]*$/u;
const shapePattern = /^(\d{3})[-‐‑‒–—―−ー]?(\d{4})$/u;

/**
 * Validates a postal code: seven digits, optionally `NNN-NNNN`, after an optional 〒 and spaces.
 * `invalid_characters` for letters or symbols, `invalid_format` for the wrong number of digits or a misplaced hyphen.
 */
export function validatePostalCode(input: string): PostalCodeResult {
  const text = input.normalize('NFKC').trim();
  if (text === '' || text === '〒') return { ok: false, reason: 'empty' };
  if (!allowedPattern.test(text)) return { ok: false, reason: 'invalid_characters' };
  const match = shapePattern.exec(text.replace(/^〒/, '').trim());
  if (!match) return { ok: false, reason: 'invalid_format' };
  const [, head = '', tail = ''] = match;
  return { ok: true, value: `${head}-${tail}`, digits: `${head}${tail}` };
}
