// Booking references residents read over the phone, and manage tokens they never need to read.
// Web Crypto only (globalThis.crypto), so the same code runs in Node 20, browsers and edge runtimes.

/**
 * The reference alphabet: digits 2–9 and capitals without I, L and O, so 0/O, 1/I/L never meet.
 * 31 symbols, a prime, so the weighted check character catches every single wrong character and
 * every swap of two neighbours.
 */
export const referenceAlphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

const base = referenceAlphabet.length;
const groups = [3, 4, 1] as const; // + the check character: UWJ-7K4P-M2

function webCrypto(): Crypto {
  const crypto = globalThis.crypto;
  if (!crypto?.getRandomValues) throw new Error('Web Crypto (globalThis.crypto) is not available');
  return crypto;
}

/** `count` symbols drawn uniformly from the alphabet (rejection sampling avoids modulo bias). */
function randomSymbols(count: number): number[] {
  const limit = 256 - (256 % base);
  const symbols: number[] = [];
  while (symbols.length < count) {
    for (const byte of webCrypto().getRandomValues(new Uint8Array(count * 2))) {
      if (byte < limit && symbols.length < count) symbols.push(byte % base);
    }
  }
  return symbols;
}

function checkSymbol(values: readonly number[]): number {
  // Distinct non-zero weights modulo a prime: a substitution or an adjacent swap changes the sum.
  return values.reduce((sum, value, index) => sum + value * (index + 1), 0) % base;
}

function format(values: readonly number[]): string {
  const chars = values.map((value) => referenceAlphabet[value]!).join('');
  return `${chars.slice(0, 3)}-${chars.slice(3, 7)}-${chars.slice(7)}`;
}

/**
 * A new booking reference such as `UWJ-7K4P-M2`: eight random symbols (≈ 40 bits) and a check
 * character. It is not a secret (the manage token is); the database's unique key decides, so a
 * caller retries on the rare collision.
 */
export function generateReference(): string {
  const values = randomSymbols(groups[0] + groups[1] + groups[2]);
  return format([...values, checkSymbol(values)]);
}

/**
 * Reads a reference as a person typed it — lower case, full-width, spaces or hyphens anywhere —
 * and returns it in canonical form, or undefined when a character or the check character is wrong.
 */
export function normalizeReference(input: string): string | undefined {
  const compact = input
    .normalize('NFKC')
    .toUpperCase()
    .replace(/[\s\-‐‑‒–—―−ー]/gu, '');
  if (compact.length !== 9) return undefined;
  const values = [...compact].map((char) => referenceAlphabet.indexOf(char));
  if (values.some((value) => value < 0)) return undefined;
  return checkSymbol(values.slice(0, 8)) === values[8] ? format(values) : undefined;
}

/** Whether `input` is a well-formed reference with a correct check character. */
export function isValidReference(input: string): boolean {
  return normalizeReference(input) !== undefined;
}

function base64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** A new manage token: 256 random bits, base64url without padding (43 characters). */
export function generateManageToken(): string {
  return base64Url(webCrypto().getRandomValues(new Uint8Array(32)));
}

/**
 * The SHA-256 of a manage token, base64url: store this, never the token, so a database leak
 * does not hand out the right to cancel bookings.
 */
export async function hashManageToken(token: string): Promise<string> {
  const digest = await webCrypto().subtle.digest('SHA-256', new TextEncoder().encode(token));
  return base64Url(new Uint8Array(digest));
}

/**
 * Compares two strings in time that depends only on their lengths, not on where they differ, so
 * a token cannot be guessed one character at a time from response times.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = new TextEncoder().encode(a);
  const right = new TextEncoder().encode(b);
  const length = Math.max(left.length, right.length);
  let difference = left.length ^ right.length;
  for (let index = 0; index < length; index++) {
    difference |= (left[index] ?? 0) ^ (right[index] ?? 0);
  }
  return difference === 0;
}

/** A random UUID v4 for the Idempotency-Key header (getRandomValues works outside secure contexts). */
export function createIdempotencyKey(): string {
  const bytes = webCrypto().getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
