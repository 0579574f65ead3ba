// Japanese phone numbers as residents type them: full-width digits from an IME, any of the
// hyphen look-alikes (‐ − ー －), spaces, parentheses round the area code, or +81.

/** What sort of number it is; decides its length and how it is grouped. */
export type PhoneKind = 'mobile' | 'ip' | 'freedial' | 'landline';

/** Why a phone number was refused. */
export type PhoneError = 'empty' | 'invalid_characters' | 'invalid_length' | 'invalid_prefix';

/** The outcome of `validatePhone`. */
export type PhoneResult =
  | {
      readonly ok: true;
      /** Formatted with ASCII hyphens: `090-1234-5678`, `0895-24-1111`. */
      readonly value: string;
      /** Digits only, starting with 0: `09012345678`. */
      readonly digits: string;
      readonly kind: PhoneKind;
    }
  | { readonly ok: false; readonly reason: PhoneError };

// After NFKC (which turns － into -, ｰ into ー, full-width digits, spaces and brackets into ASCII).
const separatorPattern = /[\s()\-‐‑‒–—―−ー]+/u;
const allowedPattern = /^[\d\s()\-‐‑‒–—―−ー]*$/u;

type Parsed =
  | { ok: true; groups: string[]; digits: string }
  | { ok: false; reason: 'empty' | 'invalid_characters' | 'invalid_prefix' };

/** Splits input into the digit groups the resident typed, turning +81 into the trunk prefix 0. */
function parse(input: string): Parsed {
  let text = input.normalize('NFKC').trim();
  if (text === '') return { ok: false, reason: 'empty' };
  const international = text.startsWith('+');
  if (international) {
    // Only Japanese numbers: a foreign country code is a wrong prefix, not a wrong character.
    const country = /^\+\s*81/.exec(text);
    if (!country)
      return { ok: false, reason: /^\+\s*\d/.test(text) ? 'invalid_prefix' : 'invalid_characters' };
    text = text.slice(country[0].length);
  }
  if (!allowedPattern.test(text)) return { ok: false, reason: 'invalid_characters' };
  const groups = text.split(separatorPattern).filter((group) => group !== '');
  if (groups.length === 0) return { ok: false, reason: 'empty' };
  if (international) {
    // "+81 (0)3-…" repeats the trunk prefix in brackets; "+81 3-…" leaves it out.
    if (groups[0] === '0' && groups.length > 1) groups.shift();
    if (!groups[0]!.startsWith('0')) groups[0] = `0${groups[0]}`;
  }
  return { ok: true, groups, digits: groups.join('') };
}

/** Digits only, starting with 0 (+81 becomes 0); undefined when the input is not a phone number's characters. Length is not checked. */
export function normalizePhone(input: string): string | undefined {
  const parsed = parse(input);
  return parsed.ok ? parsed.digits : undefined;
}

// Prefixes a resident's contact number cannot have: the international access code (010, like
// 00), M2M (020), Navi Dial (0570), information services (0180, 0990); 060 is not yet in use.
const refusedPrefixes = ['010', '020', '060', '0570', '0180', '0990'];

function classify(digits: string): { kind: PhoneKind; length: number } | undefined {
  if (!digits.startsWith('0') || digits.startsWith('00')) return undefined;
  if (refusedPrefixes.some((prefix) => digits.startsWith(prefix))) return undefined;
  // 0800 is free dial, so it must be tested before the 080 mobile range.
  if (digits.startsWith('0800')) return { kind: 'freedial', length: 11 };
  if (digits.startsWith('0120')) return { kind: 'freedial', length: 10 };
  if (digits.startsWith('050')) return { kind: 'ip', length: 11 };
  if (/^0[789]0/.test(digits)) return { kind: 'mobile', length: 11 };
  return { kind: 'landline', length: 10 };
}

/**
 * Area codes whose length is not the usual three digits (0AB), for when the resident typed no
 * usable grouping. Longest prefix wins. A sample, not the national plan: Tokyo and Osaka, the
 * Uwajima area and its neighbours, and a few cities with four or five digits.
 */
const areaCodeLengths: ReadonlyArray<readonly [prefix: string, length: number]> = [
  ['03', 2], // Tokyo 23 wards
  ['06', 2], // Osaka
  ['0138', 4], // Hakodate
  ['0154', 4], // Kushiro
  ['0166', 4], // Asahikawa
  ['0422', 4], // Musashino, Mitaka
  ['0466', 4], // Fujisawa
  ['0893', 4], // Ōzu
  ['0894', 4], // Yawatahama
  ['0895', 4], // Uwajima
  ['0896', 4], // Shikokuchūō
  ['0897', 4], // Niihama, Saijō
  ['0898', 4], // Imabari
  ['04992', 5], // Izu Ōshima
  ['05769', 5], // Shirakawa (Gifu)
];

function areaCodeLength(digits: string): number {
  let best: readonly [string, number] | undefined;
  for (const entry of areaCodeLengths) {
    if (digits.startsWith(entry[0]) && (!best || entry[0].length > best[0].length)) best = entry;
  }
  return best?.[1] ?? 3;
}

/** A landline is area code + exchange (six digits together) + a four-digit subscriber number. */
function isValidLandlineGrouping(groups: string[]): boolean {
  if (groups.length !== 3) return false;
  const [area, exchange, subscriber] = groups as [string, string, string];
  return (
    area.startsWith('0') &&
    area.length >= 2 &&
    area.length <= 5 &&
    area.length + exchange.length === 6 &&
    subscriber.length === 4
  );
}

function group(digits: string, lengths: number[]): string {
  const parts: string[] = [];
  let start = 0;
  for (const length of lengths) {
    parts.push(digits.slice(start, start + length));
    start += length;
  }
  return parts.join('-');
}

function format(digits: string, kind: PhoneKind, groups: string[]): string {
  switch (kind) {
    case 'mobile':
    case 'ip':
      return group(digits, [3, 4, 4]);
    case 'freedial':
      return digits.startsWith('0120') ? group(digits, [4, 3, 3]) : group(digits, [4, 3, 4]);
    case 'landline': {
      // Only the resident (or the city's own data) knows where a landline's area code ends,
      // so a plausible three-part grouping they typed is kept as it is.
      if (isValidLandlineGrouping(groups)) return groups.join('-');
      const area = areaCodeLength(digits);
      return group(digits, [area, 6 - area, 4]);
    }
  }
}

/**
 * Validates and formats a Japanese phone number: mobile (070/080/090) and IP (050) as 3-4-4,
 * free dial 0120 as 4-3-3 and 0800 as 4-3-4, landlines (10 digits) in the resident's own
 * three-part grouping when plausible, else by `areaCodeLengths` (default 0AB-CDE-FGHJ).
 */
export function validatePhone(input: string): PhoneResult {
  const parsed = parse(input);
  if (!parsed.ok) return parsed;
  const { digits, groups } = parsed;
  if (!/^\d+$/.test(digits)) return { ok: false, reason: 'invalid_characters' };
  const kind = classify(digits);
  if (!kind) return { ok: false, reason: 'invalid_prefix' };
  if (digits.length !== kind.length) return { ok: false, reason: 'invalid_length' };
  return { ok: true, value: format(digits, kind.kind, groups), digits, kind: kind.kind };
}
