import { createHmac } from 'node:crypto';
import { inspect } from 'node:util';

/** What a redacted secret looks like wherever the credentials are printed or serialised. */
const REDACTED = '[redacted]';

/**
 * The Zoom Video SDK key and secret of one deployment. The key is public (every token carries it
 * as `app_key`); the secret lives in a private field, so it can sign but never be read back: it
 * stays out of `JSON.stringify`, pino log lines, `util.inspect`, error messages and the
 * `ServerConfig` a caller may print.
 */
export class ZoomVideoSdkCredentials {
  /** The SDK key (`app_key` in every token). */
  readonly key: string;
  readonly #secret: string;

  /**
   * @param key the SDK key (`ZOOM_VIDEO_SDK_KEY`)
   * @param secret the SDK secret (`ZOOM_VIDEO_SDK_SECRET`); checked, never echoed in an error
   */
  constructor(key: string, secret: string) {
    const keyProblem = credentialProblem(key);
    if (keyProblem) throw new TypeError(`The Zoom Video SDK key ${keyProblem}`);
    const secretProblem = credentialProblem(secret);
    if (secretProblem) throw new TypeError(`The Zoom Video SDK secret ${secretProblem}`);
    if (key === secret) throw new TypeError('The Zoom Video SDK key and secret must differ');
    this.key = key;
    this.#secret = secret;
  }

  /** HMAC-SHA256 of `data` with the secret (token signatures, session names). */
  hmac(data: string): Buffer {
    return createHmac('sha256', this.#secret).update(data, 'utf8').digest();
  }

  /** The serialised form: the key, never the secret. */
  toJSON(): { key: string; secret: string } {
    return { key: this.key, secret: REDACTED };
  }

  /** The printed form (`console.log`, `util.inspect`): the key, never the secret. */
  [inspect.custom](): string {
    return `ZoomVideoSdkCredentials { key: ${JSON.stringify(this.key)}, secret: ${REDACTED} }`;
  }

  /** String conversion (template literals, `String(x)`): the key only. */
  toString(): string {
    return `ZoomVideoSdkCredentials(${this.key})`;
  }
}

/**
 * Why a key or secret is unusable, or undefined. Describes the value by its shape only, never by
 * its content: a secret pasted into the wrong variable must not end up in a log.
 */
export function credentialProblem(value: string): string | undefined {
  if (value.length === 0) return 'is empty';
  // Zoom issues both as printable ASCII without spaces; a space or newline is a copy-paste slip.
  if (!/^[\x21-\x7e]+$/.test(value)) return 'may hold printable ASCII only, without spaces';
  if (value.length < 16) return `is too short (${value.length} characters; Zoom's have 20 or more)`;
  if (value.length > 256) return `is too long (${value.length} characters)`;
  return undefined;
}
