// @vitest-environment node
// core has no DOM: running without jsdom proves it.
import fc from 'fast-check';
import { toKatakana } from './kana';

const hiraganaCharacter = fc
  .oneof(fc.integer({ min: 0x3041, max: 0x3096 }), fc.constantFrom(0x309d, 0x309e))
  .map((code) => String.fromCodePoint(code));
const hiraganaString = fc.string({ unit: hiraganaCharacter, minLength: 1, maxLength: 30 });
const hiraganaPattern = /[\u3041-\u309F]/u;

describe('toKatakana', () => {
  it('converts hiragana to katakana', () => {
    expect(toKatakana('やまだ たろう')).toEqual({ ok: true, value: 'ヤマダ\u3000タロウ' });
    expect(toKatakana('ゔぁいおりん')).toEqual({ ok: true, value: 'ヴァイオリン' });
    expect(toKatakana('いすゞ')).toEqual({ ok: true, value: 'イスヾ' });
  });

  it('widens half-width katakana, joining ﾞ and ﾟ to their letter', () => {
    expect(toKatakana('ｶﾞｯｺｳ')).toEqual({ ok: true, value: 'ガッコウ' });
    expect(toKatakana('ﾊﾟﾝ')).toEqual({ ok: true, value: 'パン' });
    expect(toKatakana('ｳﾞｨｰﾅｽ･ﾄﾞｰﾙ')).toEqual({ ok: true, value: 'ヴィーナス・ドール' });
  });

  it('joins separately typed ゛ and ゜ marks to the letter before them', () => {
    expect(toKatakana('か゛っこう')).toEqual({ ok: true, value: 'ガッコウ' });
    expect(toKatakana('ハ゜ン')).toEqual({ ok: true, value: 'パン' });
  });

  it('keeps ー and ・ and collapses spaces to one full-width space, trimmed', () => {
    expect(toKatakana('  スズキ　　 イチロー ')).toEqual({
      ok: true,
      value: 'スズキ\u3000イチロー',
    });
    expect(toKatakana('ジョン・スミス')).toEqual({ ok: true, value: 'ジョン・スミス' });
  });

  it('says empty for nothing but spaces', () => {
    expect(toKatakana('')).toEqual({ ok: false, reason: 'empty', invalid: [] });
    expect(toKatakana(' \u3000 ')).toEqual({ ok: false, reason: 'empty', invalid: [] });
  });

  it('lists each distinct character of another script, as typed', () => {
    expect(toKatakana('山田 たろう')).toEqual({
      ok: false,
      reason: 'invalid_characters',
      invalid: ['山', '田'],
    });
    expect(toKatakana('タロウＡ1a1😀Ａ')).toEqual({
      ok: false,
      reason: 'invalid_characters',
      invalid: ['Ａ', '1', 'a', '😀'],
    });
    expect(toKatakana('タロウ👨‍👩‍👧')).toMatchObject({ invalid: ['👨‍👩‍👧'] });
    expect(toKatakana('タロ-ウ')).toMatchObject({ invalid: ['-'] });
    expect(toKatakana('゛タ')).toMatchObject({ invalid: ['゛'] });
  });

  it('segments the same way on engines without Intl.Segmenter', () => {
    const segmenter = Intl.Segmenter;
    Object.defineProperty(Intl, 'Segmenter', { value: undefined, configurable: true });
    try {
      expect(toKatakana('ｶﾞか゛ﾊﾟ')).toEqual({ ok: true, value: 'ガガパ' });
      expect(toKatakana('タ👨‍👩‍👧Ａ')).toMatchObject({ invalid: ['👨‍👩‍👧', 'Ａ'] });
    } finally {
      Object.defineProperty(Intl, 'Segmenter', { value: segmenter, configurable: true });
    }
  });

  it('turns any hiragana string into katakana of the same length', () => {
    fc.assert(
      fc.property(hiraganaString, (text) => {
        const result = toKatakana(text);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.value).toHaveLength(text.length);
        expect(result.value).not.toMatch(hiraganaPattern);
      }),
    );
  });

  it('never lets hiragana or a stray character through, and is idempotent', () => {
    const mixed = fc.string({
      unit: fc.oneof(
        hiraganaCharacter,
        fc.integer({ min: 0x30a1, max: 0x30fe }).map((code) => String.fromCodePoint(code)),
        fc.integer({ min: 0xff66, max: 0xff9f }).map((code) => String.fromCodePoint(code)),
        fc.constantFrom(' ', '\u3000', '゛', '゜', '山', 'a', '1', '😀'),
        fc.string({ unit: 'grapheme', maxLength: 1 }),
      ),
      maxLength: 20,
    });
    fc.assert(
      fc.property(mixed, (text) => {
        const result = toKatakana(text);
        if (result.ok) {
          expect(result.value).toMatch(/^[\u30A1-\u30FE]+(\u3000[\u30A1-\u30FE]+)*$/u);
          expect(toKatakana(result.value)).toEqual(result);
        } else if (result.reason === 'invalid_characters') {
          expect(result.invalid.length).toBeGreaterThan(0);
          for (const character of result.invalid) expect(text).toContain(character);
        }
      }),
    );
  });
});
