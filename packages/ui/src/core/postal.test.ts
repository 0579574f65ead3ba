// @vitest-environment node
// core has no DOM: running without jsdom proves it.
import fc from 'fast-check';
import { validatePostalCode } from './postal';

describe('validatePostalCode', () => {
  it('accepts 〒, full-width digits and any hyphen, with or without it', () => {
    const expected = { ok: true, value: '798-8601', digits: '7988601' };
    expect(validatePostalCode('798-8601')).toEqual(expected);
    expect(validatePostalCode('7988601')).toEqual(expected);
    expect(validatePostalCode('〒798-8601')).toEqual(expected);
    expect(validatePostalCode('〒 ７９８－８６０１ ')).toEqual(expected);
    expect(validatePostalCode('７９８ー８６０１')).toEqual(expected);
    expect(validatePostalCode('798‐8601')).toEqual(expected);
  });

  it('says why a postal code is refused', () => {
    expect(validatePostalCode('')).toEqual({ ok: false, reason: 'empty' });
    expect(validatePostalCode(' 〒 ')).toEqual({ ok: false, reason: 'empty' });
    expect(validatePostalCode('798-86O1')).toEqual({ ok: false, reason: 'invalid_characters' });
    expect(validatePostalCode('愛媛県')).toEqual({ ok: false, reason: 'invalid_characters' });
    expect(validatePostalCode('798-860')).toEqual({ ok: false, reason: 'invalid_format' });
    expect(validatePostalCode('79886011')).toEqual({ ok: false, reason: 'invalid_format' });
    expect(validatePostalCode('7988-601')).toEqual({ ok: false, reason: 'invalid_format' });
    expect(validatePostalCode('798--8601')).toEqual({ ok: false, reason: 'invalid_format' });
    expect(validatePostalCode('798-8601〒')).toEqual({ ok: false, reason: 'invalid_characters' });
  });

  it('formats any seven digits the same way however they were written, idempotently', () => {
    const digit = fc.constantFrom(...'0123456789');
    fc.assert(
      fc.property(
        fc.string({ unit: digit, minLength: 7, maxLength: 7 }),
        fc.constantFrom('', '-', '－', 'ー'),
        fc.boolean(),
        (digits, hyphen, mark) => {
          const result = validatePostalCode(
            `${mark ? '〒' : ''}${digits.slice(0, 3)}${hyphen}${digits.slice(3)}`,
          );
          expect(result).toEqual({
            ok: true,
            value: `${digits.slice(0, 3)}-${digits.slice(3)}`,
            digits,
          });
          if (result.ok) expect(validatePostalCode(result.value)).toEqual(result);
        },
      ),
    );
  });
});
