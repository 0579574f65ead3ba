import {
  createCipheriv,
  createDecipheriv,
  createHash,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { apiError } from '../errors.ts';

/**
 * Idempotency-Key values: 16–255 visible ASCII characters. The key also seals the manage token
 * stored for replays (see {@link sealManageToken}), so a short guessable key would weaken it; a
 * UUID (what the booking core's client sends) is the expected form.
 */
export const IDEMPOTENCY_KEY_PATTERN = /^[\x21-\x7E]{16,255}$/;

/** The `Idempotency-Key` header, checked: undefined when absent, a 422 on `Idempotency-Key` when malformed. */
export function readIdempotencyKey(header: string | undefined): string | undefined {
  if (header === undefined || header === '') return undefined;
  // The IETF draft sends the key as a structured-field string: "…"; accept it bare or quoted.
  const key = /^".*"$/.test(header) ? header.slice(1, -1) : header;
  if (!IDEMPOTENCY_KEY_PATTERN.test(key)) {
    throw apiError('validation_failed', {
      errors: [
        {
          path: 'Idempotency-Key',
          code: 'invalid_format',
          message: {
            ja: 'Idempotency-Key は 16〜255 文字の英数字・記号で指定してください（UUID を推奨）。',
            en: 'Idempotency-Key must be 16–255 visible ASCII characters (a UUID is recommended).',
          },
        },
      ],
    });
  }
  return key;
}

/** SHA-256 (hex) of the key, as stored: the key itself is the secret that unseals the token. */
export function hashIdempotencyKey(key: string): string {
  return createHash('sha256').update(`machi-dx:idempotency:${key}`).digest('hex');
}

/** JSON with object keys sorted, so one body sent with its keys in another order is the same request. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : inner,
  );
}

/** SHA-256 (hex) of the canonical request body: "same key, same body" is decided on this. */
export function requestHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

/** Whether two hex hashes are equal, in constant time. */
export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}

function sealingKey(idempotencyKey: string, reference: string): Buffer {
  return Buffer.from(
    hkdfSync('sha256', idempotencyKey, reference, 'machi-dx booking manage token', 32),
  );
}

/**
 * Encrypts the manage token (AES-256-GCM) with a key derived from the Idempotency-Key, which the
 * database stores only hashed. A retry that sends the same key can get the first answer back —
 * token included — while the table alone still reveals no token. `v1.<iv>.<tag>.<ciphertext>`.
 */
export function sealManageToken(token: string, idempotencyKey: string, reference: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealingKey(idempotencyKey, reference), iv);
  cipher.setAAD(Buffer.from(reference));
  const ciphertext = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return ['v1', iv, cipher.getAuthTag(), ciphertext]
    .map((part) => (typeof part === 'string' ? part : part.toString('base64url')))
    .join('.');
}

/** The token sealed by {@link sealManageToken}, or undefined when the key or data do not match. */
export function unsealManageToken(
  sealed: string,
  idempotencyKey: string,
  reference: string,
): string | undefined {
  const [version, iv, tag, ciphertext] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || ciphertext === undefined) return undefined;
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      sealingKey(idempotencyKey, reference),
      Buffer.from(iv, 'base64url'),
    );
    decipher.setAAD(Buffer.from(reference));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([
      decipher.update(Buffer.from(ciphertext, 'base64url')),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    return undefined;
  }
}
