/** Options of {@link createUuidV7}: inject the clock and the randomness to make ids reproducible in tests. */
export interface UuidV7Options {
  /** Milliseconds since the epoch; defaults to `Date.now`. */
  now?: () => number;
  /** Fills a byte array with random values; defaults to `crypto.getRandomValues`. */
  randomBytes?: (bytes: Uint8Array<ArrayBuffer>) => unknown;
}

const MAX_COUNTER = 0xfff;

/**
 * Creates a UUIDv7 generator (RFC 9562): 48-bit Unix milliseconds, version 7, a 12-bit counter,
 * variant 10, 62 random bits. Ids from one generator sort strictly in creation order, even within
 * one millisecond or when the wall clock steps back (method 1 of RFC 9562 §6.2): the server and the
 * outbox can then order a shelter's reports by id as well as by time.
 */
export function createUuidV7(options: UuidV7Options = {}): () => string {
  const now = options.now ?? Date.now;
  const randomBytes =
    options.randomBytes ??
    ((bytes: Uint8Array<ArrayBuffer>) => globalThis.crypto.getRandomValues(bytes));
  let lastMs = -1;
  let counter = 0;

  return () => {
    const bytes = new Uint8Array(16);
    randomBytes(bytes);
    let ms = Math.max(0, Math.floor(now()));
    if (ms > lastMs) {
      // Seed the counter with 11 random bits so ids are not guessable, with room left to count up.
      counter = ((bytes[6]! & 0x07) << 8) | bytes[7]!;
    } else {
      ms = lastMs;
      counter += 1;
      if (counter > MAX_COUNTER) {
        // Out of counter space in this millisecond: borrow the next one rather than lose the order.
        ms += 1;
        counter = 0;
      }
    }
    lastMs = ms;
    // 48-bit timestamp, big-endian; Math.floor division because bit operators are 32-bit.
    let rest = ms;
    for (let index = 5; index >= 0; index -= 1) {
      bytes[index] = rest % 256;
      rest = Math.floor(rest / 256);
    }
    bytes[6] = 0x70 | (counter >> 8);
    bytes[7] = counter & 0xff;
    bytes[8] = 0x80 | (bytes[8]! & 0x3f);
    let hex = '';
    for (const byte of bytes) hex += byte.toString(16).padStart(2, '0');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  };
}

let shared: (() => string) | undefined;

/** A new UUIDv7 from one shared generator, so ids created in one page sort in creation order. */
export function uuidv7(): string {
  shared ??= createUuidV7();
  return shared();
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

/**
 * Whether `value` is a UUID (versions 1–8, RFC variant) in canonical lowercase form. Uppercase is
 * refused so that one report can never be known under two spellings of its id.
 */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_PATTERN.test(value);
}

/** The creation time of a UUIDv7 in milliseconds since the epoch; undefined for other ids. */
export function uuidv7Time(id: string): number | undefined {
  if (!isUuid(id) || id[14] !== '7') return undefined;
  return Number.parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}
