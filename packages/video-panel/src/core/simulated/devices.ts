import { groupDevices } from '../devices';
import { VideoError } from '../errors';
import { videoErrorFromMediaError } from '../media-errors';
import type { DeviceLists } from '../types';

/** A scripted device failure: what getUserMedia would have said. */
export type SimulatedDeviceError = 'denied' | 'missing' | 'in-use';

const errorNames = {
  denied: 'NotAllowedError',
  missing: 'NotFoundError',
  'in-use': 'NotReadableError',
};

/** Captures a camera or microphone through getUserMedia, or fails as scripted (as a browser would). */
export async function captureDevice(
  media: MediaDevices | null,
  kind: 'camera' | 'microphone',
  deviceId?: string,
  scripted?: SimulatedDeviceError,
): Promise<MediaStream> {
  if (scripted) {
    throw videoErrorFromMediaError(new DOMException(kind, errorNames[scripted]), kind);
  }
  if (typeof media?.getUserMedia !== 'function') throw new VideoError('browser-unsupported');
  const constraint = deviceId ? { deviceId: { exact: deviceId } } : true;
  try {
    return await media.getUserMedia(
      kind === 'camera' ? { video: constraint } : { audio: constraint },
    );
  } catch (error) {
    throw videoErrorFromMediaError(error, kind);
  }
}

/**
 * The browser's devices (`media`), or one simulated camera and microphone when `media` is `null`
 * (synthetic mode); a scripted `missing` device is left out.
 */
export async function listDevices(
  media: MediaDevices | null,
  errors: { camera?: SimulatedDeviceError; microphone?: SimulatedDeviceError } = {},
): Promise<DeviceLists> {
  const devices: Pick<MediaDeviceInfo, 'kind' | 'deviceId' | 'label'>[] = media
    ? ((await media.enumerateDevices?.()) ?? [])
    : [
        { kind: 'videoinput', deviceId: 'simulated-camera', label: 'Simulated camera' },
        { kind: 'audioinput', deviceId: 'simulated-microphone', label: 'Simulated microphone' },
      ];
  const lists = groupDevices(devices);
  return {
    ...lists,
    cameras: errors.camera === 'missing' ? [] : lists.cameras,
    microphones: errors.microphone === 'missing' ? [] : lists.microphones,
  };
}
