// Value rules for the booking form, shared by the zod schemas (server) and the flow store's
// hand-written validation (widget), so both sides refuse the same values with the same codes.
import { toKatakana, validatePhone } from '@machi-dx/ui/core';

/** Length limits in characters (code points, so 𠮷 counts once). */
export const fieldLimits = {
  name: 100,
  nameKana: 100,
  email: 254,
  summary: 2000,
  interpreterLanguage: 50,
  otherText: 500,
  accommodations: 5,
  username: 100,
  password: 200,
  exceptionNote: 200,
} as const;

/** The outcome of a rule: the normalised value, or a field error code with its message parameters. */
export type RuleResult =
  | { readonly ok: true; readonly value: string }
  | {
      readonly ok: false;
      readonly code: string;
      readonly params?: Readonly<Record<string, string | number>>;
    };

// C0/C1 controls render invisibly and break CSV exports and calendar files; bidirectional
// overrides can make a name read differently from what is stored. Multi-line text may keep tabs
// and newlines; one-line text may not.
const controls = /[\p{Cc}\u202A-\u202E\u2066-\u2069\u2028\u2029]/u;

function length(value: string): number {
  let count = 0;
  for (const _ of value) count++;
  return count;
}

function tooLong(max: number): RuleResult {
  return { ok: false, code: 'too_long', params: { max } };
}

/** One-line text: trimmed, required, no control characters or line breaks, at most `max` characters. */
export function singleLineRule(value: string, max: number): RuleResult {
  const trimmed = value.trim();
  if (trimmed === '') return { ok: false, code: 'required' };
  if (controls.test(trimmed)) return { ok: false, code: 'invalid_characters' };
  return length(trimmed) > max ? tooLong(max) : { ok: true, value: trimmed };
}

/** Multi-line text: CRLF becomes LF, trimmed, may be empty (the caller decides), at most `max` characters. */
export function multiLineRule(value: string, max: number): RuleResult {
  const text = value.replace(/\r\n?/g, '\n').trim();
  if (controls.test(text.replace(/[\n\t]/g, ''))) return { ok: false, code: 'invalid_characters' };
  return length(text) > max ? tooLong(max) : { ok: true, value: text };
}

/** The resident's name as they write it (kanji, kana or Latin); markup stays a plain string. */
export function nameRule(value: string): RuleResult {
  return singleLineRule(value, fieldLimits.name);
}

/** Furigana: hiragana and half-width kana become full-width katakana; other scripts are refused. */
export function nameKanaRule(value: string): RuleResult {
  const result = toKatakana(value);
  if (!result.ok) {
    return result.reason === 'empty'
      ? { ok: false, code: 'required' }
      : { ok: false, code: 'invalid_characters', params: { characters: result.invalid.join(' ') } };
  }
  return length(result.value) > fieldLimits.nameKana
    ? tooLong(fieldLimits.nameKana)
    : { ok: true, value: result.value };
}

/** A Japanese phone number, formatted with hyphens (`090-1234-5678`). */
export function phoneRule(value: string): RuleResult {
  const result = validatePhone(value);
  if (result.ok) return { ok: true, value: result.value };
  return { ok: false, code: result.reason === 'empty' ? 'required' : result.reason };
}

// Deliberately loose (one @, a dot in the domain, no spaces): the address is only used to send a
// confirmation, and a strict pattern refuses real addresses more often than it catches typos.
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@.]+$/u;

/** An e-mail address; full-width characters from a Japanese IME become ASCII first. */
export function emailRule(value: string): RuleResult {
  const text = value.normalize('NFKC').trim();
  if (text === '' || !emailPattern.test(text) || controls.test(text)) {
    return { ok: false, code: 'invalid_format' };
  }
  return length(text) > fieldLimits.email ? tooLong(fieldLimits.email) : { ok: true, value: text };
}

/** The consultation summary: optional multi-line text (empty means none). */
export function summaryRule(value: string): RuleResult {
  return multiLineRule(value, fieldLimits.summary);
}

/** The language an interpreter is needed for ("ベトナム語", "Tagalog"). */
export function interpreterLanguageRule(value: string): RuleResult {
  return singleLineRule(value, fieldLimits.interpreterLanguage);
}

/** Free text for an accommodation not in the list; required when "other" is chosen. */
export function otherAccommodationRule(value: string): RuleResult {
  const result = multiLineRule(value, fieldLimits.otherText);
  return result.ok && result.value === '' ? { ok: false, code: 'required' } : result;
}
