import { randomBytes, type ScryptOptions, scrypt, timingSafeEqual } from 'node:crypto';

/** scrypt cost parameters stored with every hash (`scrypt$N$r$p$salt$hash`). */
export interface ScryptParams {
  /** CPU/memory cost, a power of two (default 2^15: about 32 MiB and 0.1 s per hash). */
  N: number;
  /** Block size (default 8). */
  r: number;
  /** Parallelisation (default 1). */
  p: number;
}

/** A stored password hash, parsed. */
export interface ParsedPasswordHash extends ScryptParams {
  salt: Buffer;
  hash: Buffer;
}

/** Parameters for new hashes; raising them later makes {@link passwordNeedsRehash} true for old ones. */
export const DEFAULT_SCRYPT_PARAMS: Readonly<ScryptParams> = Object.freeze({
  N: 2 ** 15,
  r: 8,
  p: 1,
});

/** Shortest passphrase accepted for a new account, in characters (after NFKC normalisation). */
export const MIN_PASSPHRASE_LENGTH = 12;

/** Longest passphrase accepted; longer input is refused before any hashing (denial of service). */
export const MAX_PASSPHRASE_LENGTH = 1024;

const SALT_BYTES = 16;
const KEY_BYTES = 64;
const BASE64URL = /^[A-Za-z0-9_-]+$/;
// Bounds for parameters read back from storage, so a tampered row cannot make one verify
// allocate gigabytes or spin for minutes.
const MAX_N = 2 ** 20;
const MAX_R = 32;
const MAX_P = 16;

/**
 * Hashes a passphrase with scrypt (16-byte random salt, 64-byte key) into
 * `scrypt$N$r$p$salt$hash` (salt and hash base64url). The passphrase is NFKC-normalised first, so
 * one typed with a Japanese IME in full-width characters (`ｐａｓｓ`) matches its half-width form.
 */
export async function hashPassword(
  password: string,
  params: ScryptParams = DEFAULT_SCRYPT_PARAMS,
): Promise<string> {
  checkParams(params);
  const salt = randomBytes(SALT_BYTES);
  const hash = await derive(password, salt, KEY_BYTES, params);
  return `scrypt$${params.N}$${params.r}$${params.p}$${salt.toString('base64url')}$${hash.toString('base64url')}`;
}

/**
 * Whether `password` matches a hash from {@link hashPassword}, compared in constant time. A
 * malformed or out-of-bounds stored hash never matches (it answers false, it does not throw).
 */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const parsed = parsePasswordHash(stored);
  if (!parsed) return false;
  const candidate = await derive(password, parsed.salt, parsed.hash.length, parsed);
  return timingSafeEqual(candidate, parsed.hash);
}

/**
 * Spends the same time as a real {@link verifyPassword} and answers false: called when the
 * username is unknown, so response times do not reveal which usernames exist.
 */
export async function verifyDummyPassword(password: string): Promise<false> {
  await verifyPassword(password, await prepareDummyPassword());
  return false;
}

let dummyHash: Promise<string> | undefined;

/**
 * Makes the dummy hash ahead of the first sign-in (the auth module calls it when registered), so
 * the first unknown username is not answered a hash computation later than the rest.
 */
export function prepareDummyPassword(): Promise<string> {
  dummyHash ??= hashPassword(randomBytes(16).toString('base64url'));
  return dummyHash;
}

/** Reads `scrypt$N$r$p$salt$hash`; undefined when malformed or outside safe bounds. */
export function parsePasswordHash(stored: string): ParsedPasswordHash | undefined {
  const parts = stored.split('$');
  if (parts.length !== 6 || parts[0] !== 'scrypt') return undefined;
  const [N, r, p] = parts.slice(1, 4).map((part) => (/^\d{1,8}$/.test(part) ? Number(part) : NaN));
  const [salt, hash] = parts.slice(4);
  if (N === undefined || r === undefined || p === undefined || !salt || !hash) return undefined;
  if (!BASE64URL.test(salt) || !BASE64URL.test(hash)) return undefined;
  const params = { N, r, p };
  if (!paramsInBounds(params)) return undefined;
  const saltBytes = Buffer.from(salt, 'base64url');
  const hashBytes = Buffer.from(hash, 'base64url');
  if (saltBytes.length < 8 || hashBytes.length < 16 || hashBytes.length > 128) return undefined;
  return { ...params, salt: saltBytes, hash: hashBytes };
}

/** True when a stored hash uses other parameters than `params`: rehash it at the next sign-in. */
export function passwordNeedsRehash(
  stored: string,
  params: ScryptParams = DEFAULT_SCRYPT_PARAMS,
): boolean {
  const parsed = parsePasswordHash(stored);
  return (
    !parsed ||
    parsed.N !== params.N ||
    parsed.r !== params.r ||
    parsed.p !== params.p ||
    parsed.hash.length !== KEY_BYTES
  );
}

/**
 * Why a new passphrase is refused, in Japanese and English; undefined when it is acceptable.
 * Length is counted in characters after NFKC normalisation.
 */
export function passphraseProblem(
  password: string,
): { code: 'too_small' | 'too_big'; message: { ja: string; en: string } } | undefined {
  const length = [...password.normalize('NFKC')].length;
  if (length < MIN_PASSPHRASE_LENGTH) {
    return {
      code: 'too_small',
      message: {
        ja: `パスフレーズは${MIN_PASSPHRASE_LENGTH}文字以上にしてください。覚えやすい単語を複数つなげると安全です。`,
        en: `The passphrase must be at least ${MIN_PASSPHRASE_LENGTH} characters. Several words you can remember make a strong one.`,
      },
    };
  }
  if (length > MAX_PASSPHRASE_LENGTH) {
    return {
      code: 'too_big',
      message: {
        ja: `パスフレーズは${MAX_PASSPHRASE_LENGTH}文字以内にしてください。`,
        en: `The passphrase must be ${MAX_PASSPHRASE_LENGTH} characters or fewer.`,
      },
    };
  }
  return undefined;
}

function derive(
  password: string,
  salt: Buffer,
  keyLength: number,
  params: ScryptParams,
): Promise<Buffer> {
  // maxmem above 128·N·r: Node's 32 MiB default is exactly the need at N = 2^15, r = 8, and fails.
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r + 1024 * 1024 };
  return new Promise((resolve, reject) => {
    scrypt(password.normalize('NFKC'), salt, keyLength, options, (error, key) =>
      error ? reject(error) : resolve(key),
    );
  });
}

function paramsInBounds({ N, r, p }: ScryptParams): boolean {
  const powerOfTwo = Number.isSafeInteger(N) && N >= 2 && (N & (N - 1)) === 0;
  return (
    powerOfTwo &&
    N <= MAX_N &&
    Number.isSafeInteger(r) &&
    r >= 1 &&
    r <= MAX_R &&
    Number.isSafeInteger(p) &&
    p >= 1 &&
    p <= MAX_P
  );
}

function checkParams(params: ScryptParams) {
  if (!paramsInBounds(params)) {
    throw new RangeError(
      `scrypt parameters out of bounds (N a power of two ≤ 2^20, r 1–${MAX_R}, p 1–${MAX_P})`,
    );
  }
}
