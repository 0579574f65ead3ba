import { isVideoError, VideoError, type VideoErrorCode } from '../errors';
import { videoErrorFromMediaError } from '../media-errors';

// Zoom's `errorCode` → our code. `type` may be a string outside the declared union, so codes decide.
const zoomCodes: Record<number, VideoErrorCode> = {
  200: 'connection-failed',
  3004: 'wrong-passcode',
  3009: 'removed',
  4004: 'session-ended',
  4005: 'session-full',
  5000: 'browser-unsupported',
  5001: 'assets-unreachable',
  5012: 'already-joined',
  5013: 'invalid-join',
  6100: 'camera-denied',
  6101: 'no-camera',
  6103: 'camera-in-use',
  6111: 'too-many-videos',
  6200: 'share-denied',
  6201: 'share-denied',
};

// 6010 (audio capture failed) carries a sub-reason: 1 and 7 the user said no, 2 the system, 3 in use, 4 none.
const microphoneSubCodes: Record<number, VideoErrorCode> = {
  1: 'microphone-denied',
  2: 'microphone-denied-by-system',
  3: 'microphone-in-use',
  4: 'no-microphone',
  7: 'microphone-denied',
};

/**
 * Maps a Zoom Video SDK failure (`{ type, reason, errorCode, subCode? }`) or a DOMException from a
 * capture to a {@link VideoError}. `device` says which capture a DOMException came from.
 */
export function videoErrorFromZoom(
  failure: unknown,
  device: 'camera' | 'microphone' | 'screen' = 'camera',
): VideoError {
  if (isVideoError(failure)) return failure;
  const record = (typeof failure === 'object' && failure !== null ? failure : {}) as {
    errorCode?: unknown;
    subCode?: unknown;
  };
  const errorCode = typeof record.errorCode === 'number' ? record.errorCode : undefined;
  if (errorCode === undefined) return videoErrorFromMediaError(failure, device);
  let code: VideoErrorCode = zoomCodes[errorCode] ?? 'unknown';
  if (errorCode === 6010) {
    code = microphoneSubCodes[Number(record.subCode)] ?? 'microphone-failed';
  } else if (code === 'unknown' && errorCode >= 6000 && errorCode < 6200) {
    code = errorCode < 6100 ? 'microphone-failed' : 'camera-failed';
  }
  return new VideoError(code, { sdkCode: errorCode, cause: failure });
}
