// @vitest-environment node
// core has no DOM: running without jsdom proves it.
import fc from 'fast-check';
import { normalizePhone, validatePhone } from './phone';

describe('normalizePhone', () => {
  it('keeps digits only, from full-width input and any hyphen look-alike', () => {
    expect(normalizePhone('０９０－１２３４－５６７８')).toBe('09012345678');
    expect(normalizePhone('090‐1234−5678')).toBe('09012345678');
    expect(normalizePhone('090ー1234ｰ5678')).toBe('09012345678');
    expect(normalizePhone(' (0895) 24 1111 ')).toBe('0895241111');
  });

  it('turns +81 into the trunk prefix 0', () => {
    expect(normalizePhone('+81 90-1234-5678')).toBe('09012345678');
    expect(normalizePhone('+81 (0)3-1234-5678')).toBe('0312345678');
    expect(normalizePhone('＋８１－８９５－２４－１１１１')).toBe('0895241111');
  });

  it('is undefined for characters a phone number cannot have', () => {
    expect(normalizePhone('090-1234-567８ 内線12')).toBeUndefined();
    expect(normalizePhone('tel:0312345678')).toBeUndefined();
    expect(normalizePhone('')).toBeUndefined();
  });
});

describe('validatePhone', () => {
  it('formats mobile and IP numbers 3-4-4', () => {
    expect(validatePhone('09012345678')).toEqual({
      ok: true,
      value: '090-1234-5678',
      digits: '09012345678',
      kind: 'mobile',
    });
    expect(validatePhone('０７０ １２３４ ５６７８')).toMatchObject({ value: '070-1234-5678' });
    expect(validatePhone('050-1234-5678')).toMatchObject({ value: '050-1234-5678', kind: 'ip' });
  });

  it('formats free dial 0120 as 4-3-3 and 0800 as 4-3-4, before the 080 mobile range', () => {
    expect(validatePhone('0120123456')).toMatchObject({ value: '0120-123-456', kind: 'freedial' });
    expect(validatePhone('08001234567')).toMatchObject({
      value: '0800-123-4567',
      kind: 'freedial',
    });
  });

  it("keeps the resident's own landline grouping when it is plausible", () => {
    expect(validatePhone('0895-24-1111')).toMatchObject({
      value: '0895-24-1111',
      kind: 'landline',
    });
    expect(validatePhone('(0798)35-3151')).toMatchObject({ value: '0798-35-3151' });
    expect(validatePhone('045-123-4567')).toMatchObject({ value: '045-123-4567' });
  });

  it('falls back to the area-code table, then to 0AB-CDE-FGHJ', () => {
    expect(validatePhone('0895241111')).toMatchObject({ value: '0895-24-1111' });
    expect(validatePhone('0312345678')).toMatchObject({ value: '03-1234-5678' });
    expect(validatePhone('0499212345')).toMatchObject({ value: '04992-1-2345' });
    expect(validatePhone('0451234567')).toMatchObject({ value: '045-123-4567' });
    // Two groups, or a grouping that cannot be right, are not kept.
    expect(validatePhone('0895-241111')).toMatchObject({ value: '0895-24-1111' });
    expect(validatePhone('03-123-45678')).toMatchObject({ value: '03-1234-5678' });
  });

  it('says why a number is refused', () => {
    expect(validatePhone('  ')).toEqual({ ok: false, reason: 'empty' });
    expect(validatePhone('090-1234-abcd')).toEqual({ ok: false, reason: 'invalid_characters' });
    expect(validatePhone('090-1234-567')).toEqual({ ok: false, reason: 'invalid_length' });
    expect(validatePhone('03-1234-56789')).toEqual({ ok: false, reason: 'invalid_length' });
    expect(validatePhone('0120-123-4567')).toEqual({ ok: false, reason: 'invalid_length' });
    expect(validatePhone('1234-5678')).toEqual({ ok: false, reason: 'invalid_prefix' });
    expect(validatePhone('0570-123-456')).toEqual({ ok: false, reason: 'invalid_prefix' });
    expect(validatePhone('020-1234-5678')).toEqual({ ok: false, reason: 'invalid_prefix' });
    expect(validatePhone('+1 415 555 0100')).toEqual({ ok: false, reason: 'invalid_prefix' });
    expect(validatePhone('010-1234-5678')).toEqual({ ok: false, reason: 'invalid_prefix' });
  });
});

// Valid numbers of every kind, written the many ways residents write them.
const digitString = (length: number) =>
  fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: length, maxLength: length });
const validDigits = fc.oneof(
  fc.tuple(fc.constantFrom('070', '080', '090', '050'), digitString(8)).map(([p, r]) => p + r),
  digitString(6).map((rest) => `0120${rest}`),
  digitString(7).map((rest) => `0800${rest}`),
  fc
    .tuple(fc.integer({ min: 1, max: 9 }), digitString(8))
    .map(([a, rest]) => `0${a}${rest}`)
    .filter((digits) => validatePhone(digits).ok),
);
const fullWidth = (text: string) =>
  text.replace(/\d/g, (digit) => String.fromCharCode(digit.charCodeAt(0) + 0xfee0));
const written = fc
  .record({
    digits: validDigits,
    separator: fc.constantFrom('-', '‐', '−', 'ー', '－', ' ', ''),
    cuts: fc.uniqueArray(fc.integer({ min: 1, max: 10 }), { maxLength: 2 }),
    wide: fc.boolean(),
    international: fc.boolean(),
  })
  .map(({ digits, separator, cuts, wide, international }) => {
    const positions = cuts.filter((cut) => cut < digits.length).sort((a, b) => a - b);
    const parts = [0, ...positions].map((start, i) => digits.slice(start, positions[i]));
    let text = parts.join(separator);
    if (international) text = `+81 ${text.slice(1)}`;
    return { digits, text: wide ? fullWidth(text) : text };
  });

describe('validatePhone properties', () => {
  it('accepts every valid number however it is written, and keeps its digits', () => {
    fc.assert(
      fc.property(written, ({ digits, text }) => {
        const result = validatePhone(text);
        expect(result).toMatchObject({ ok: true, digits });
        if (result.ok) expect(result.value).toMatch(/^0\d{1,4}-\d{1,4}-\d{3,4}$/);
      }),
    );
  });

  it('is idempotent: formatting a formatted number changes nothing', () => {
    fc.assert(
      fc.property(written, ({ text }) => {
        const once = validatePhone(text);
        if (!once.ok) throw new Error(`refused ${text}`);
        expect(validatePhone(once.value)).toEqual(once);
      }),
    );
  });

  it('never throws, whatever is typed', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (text) => {
        const result = validatePhone(text);
        if (result.ok) expect(result.digits).toMatch(/^0\d{9,10}$/);
      }),
    );
  });
});
