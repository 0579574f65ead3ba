/**
 * Every failure the panel can explain, in words a resident understands. Engines map their own
 * errors to these; the UI shows `video.error.<code>` from the catalogs.
 */
export const videoErrorCodes = [
  'connection-failed',
  'token-expired',
  'wrong-passcode',
  'removed',
  'session-ended',
  'session-full',
  'browser-unsupported',
  'assets-unreachable',
  'already-joined',
  'invalid-join',
  'microphone-denied',
  'microphone-denied-by-system',
  'microphone-in-use',
  'no-microphone',
  'microphone-failed',
  'camera-denied',
  'no-camera',
  'camera-in-use',
  'camera-failed',
  'too-many-videos',
  'share-denied',
  'media-failed',
  'unknown',
] as const;

/** One of {@link videoErrorCodes}. */
export type VideoErrorCode = (typeof videoErrorCodes)[number];

/** A failure with a code the UI can explain; `sdkCode` keeps the engine's own number for support. */
export class VideoError extends Error {
  /** What went wrong, engine-neutral. */
  readonly code: VideoErrorCode;
  /** The engine's own error code (e.g. Zoom's `errorCode`), for logs and support. */
  readonly sdkCode: number | undefined;

  constructor(code: VideoErrorCode, options: { sdkCode?: number; cause?: unknown } = {}) {
    super(code, { cause: options.cause });
    this.name = 'VideoError';
    this.code = code;
    this.sdkCode = options.sdkCode;
  }
}

/** The catalog key of an error's message, e.g. `video.error.no-camera`. */
export function videoErrorMessageKey(code: VideoErrorCode): string {
  return `video.error.${code}`;
}

/**
 * Whether a value is a VideoError — checked by shape, so one thrown by a second copy of this
 * package (the `.` and `./core` entries of a CommonJS build) still counts.
 */
export function isVideoError(value: unknown): value is VideoError {
  return value instanceof Error && value.name === 'VideoError' && 'code' in value;
}

/** The error as a VideoError: a VideoError as it is, anything else as `unknown` (kept as the cause). */
export function toVideoError(error: unknown): VideoError {
  return isVideoError(error) ? error : new VideoError('unknown', { cause: error });
}
