import { isVideoError, VideoError } from './errors';

/** Maps a getUserMedia / getDisplayMedia rejection to a {@link VideoError}, by the DOMException's name. */
export function videoErrorFromMediaError(
  error: unknown,
  device: 'camera' | 'microphone' | 'screen',
): VideoError {
  if (isVideoError(error)) return error;
  // DOMException is not an Error subclass everywhere (older jsdom), so read the name structurally.
  const name = String((error as { name?: unknown } | null)?.name ?? '');
  const byDevice = {
    camera: ['camera-denied', 'no-camera', 'camera-in-use', 'camera-failed'],
    microphone: ['microphone-denied', 'no-microphone', 'microphone-in-use', 'microphone-failed'],
    screen: ['share-denied', 'share-denied', 'share-denied', 'share-denied'],
  } as const;
  const [denied, missing, inUse, failed] = byDevice[device];
  const code =
    name === 'NotAllowedError' || name === 'SecurityError'
      ? denied
      : name === 'NotFoundError' || name === 'OverconstrainedError'
        ? missing
        : name === 'NotReadableError' || name === 'AbortError'
          ? inUse
          : failed;
  return new VideoError(code, { cause: error });
}
