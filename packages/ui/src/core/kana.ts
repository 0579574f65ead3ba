// Furigana (フリガナ) normalisation: whatever the resident's keyboard produced — hiragana,
// half-width katakana from an old IME or a copied PDF, separate ゛ marks — becomes full-width
// katakana, which is what municipal systems store and sort by.

/** The outcome of `toKatakana`: the normalised text, or why it was refused. */
export type KatakanaResult =
  | { readonly ok: true; readonly value: string }
  | {
      readonly ok: false;
      readonly reason: 'empty' | 'invalid_characters';
      /** The distinct characters that cannot be furigana, as the resident typed them, in order. */
      readonly invalid: string[];
    };

const fullWidthSpace = '\u3000';

// Full-width katakana letters ァ–ヺ (including ヴ, ヵ, ヶ, ヷ–ヺ), the middle dot ・, the
// prolonged sound mark ー and the iteration marks ヽ ヾ.
const katakanaPattern = /^[\u30A1-\u30FA\u30FB\u30FC\u30FD\u30FE]+$/u;

// Hiragana ぁ–ゖ and ゝ ゞ sit exactly 0x60 below their katakana in Unicode.
const hiraganaPattern = /[\u3041-\u3096\u309D\u309E]/gu;

function hiraganaToKatakana(text: string): string {
  return text.replace(hiraganaPattern, (char) => String.fromCharCode(char.charCodeAt(0) + 0x60));
}

// The spacing marks ゛ ゜ are typed after a kana to mean ガ, パ; NFKC turns them into a space plus
// a combining mark, so swap them for the combining marks first and let NFKC compose the letter.
// One UTF-16 unit for one, so indexes into the prepared text are indexes into the input.
function combineSpacingSoundMarks(text: string): string {
  return text.replace(/\u309B/g, '\u3099').replace(/\u309C/g, '\u309A');
}

let segmenter: Intl.Segmenter | undefined;

/** User-perceived characters (so ｶﾞ or a family emoji is reported as one), with their offsets. */
function graphemes(text: string): { segment: string; index: number }[] {
  if (typeof Intl.Segmenter === 'function') {
    segmenter ??= new Intl.Segmenter('ja', { granularity: 'grapheme' });
    return Array.from(segmenter.segment(text), ({ segment, index }) => ({ segment, index }));
  }
  // Fallback for engines without Intl.Segmenter: code points, with marks joined to their base.
  const result: { segment: string; index: number }[] = [];
  let index = 0;
  let joinNext = false;
  for (const char of text) {
    const last = result[result.length - 1];
    const isMark = /^(?:\p{M}|\u200D|\uFF9E|\uFF9F)$/u.test(char);
    if (last && (isMark || joinNext)) last.segment += char;
    else result.push({ segment: char, index });
    joinNext = char === '\u200D';
    index += char.length;
  }
  return result;
}

/**
 * Normalises furigana to full-width katakana: hiragana and half-width katakana (ｶﾞ → ガ) convert,
 * NFKC applies, ー ・ stay, and any run of spaces becomes one full-width space (trimmed at the ends).
 * Kanji, Latin letters, digits, symbols and emoji are refused with the distinct offending characters.
 */
export function toKatakana(input: string): KatakanaResult {
  const prepared = combineSpacingSoundMarks(input);
  const pieces: string[] = [];
  const invalid: string[] = [];
  let pendingSpace = false;

  for (const { segment, index } of graphemes(prepared)) {
    if (/^\s+$/u.test(segment)) {
      pendingSpace = pieces.length > 0;
      continue;
    }
    const converted = hiraganaToKatakana(segment.normalize('NFKC'));
    if (katakanaPattern.test(converted)) {
      if (pendingSpace) pieces.push(fullWidthSpace);
      pendingSpace = false;
      pieces.push(converted);
      continue;
    }
    const original = input.slice(index, index + segment.length);
    if (!invalid.includes(original)) invalid.push(original);
  }

  if (invalid.length > 0) return { ok: false, reason: 'invalid_characters', invalid };
  if (pieces.length === 0) return { ok: false, reason: 'empty', invalid: [] };
  return { ok: true, value: pieces.join('') };
}
