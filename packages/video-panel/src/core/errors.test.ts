import { videoPanelCatalogs } from '../intl';
import {
  isVideoError,
  toVideoError,
  VideoError,
  videoErrorCodes,
  videoErrorMessageKey,
} from './errors';
import { videoErrorFromMediaError } from './media-errors';
import { videoErrorFromZoom } from './zoom/errors';

describe('video errors', () => {
  it('has a message for every code in every locale', () => {
    for (const code of videoErrorCodes) {
      for (const locale of ['ja', 'en', 'ja-easy'] as const) {
        expect(
          videoPanelCatalogs[locale]?.[videoErrorMessageKey(code)],
          `${locale} ${code}`,
        ).toBeTruthy();
      }
    }
  });

  it.each([
    [200, undefined, 'connection-failed'],
    [3004, undefined, 'wrong-passcode'],
    [3009, undefined, 'removed'],
    [4004, undefined, 'session-ended'],
    [4005, undefined, 'session-full'],
    [5000, undefined, 'browser-unsupported'],
    [5001, undefined, 'assets-unreachable'],
    [5012, undefined, 'already-joined'],
    [5013, undefined, 'invalid-join'],
    [6010, 1, 'microphone-denied'],
    [6010, 2, 'microphone-denied-by-system'],
    [6010, 3, 'microphone-in-use'],
    [6010, 4, 'no-microphone'],
    [6010, 5, 'microphone-failed'],
    [6100, undefined, 'camera-denied'],
    [6101, undefined, 'no-camera'],
    [6103, undefined, 'camera-in-use'],
    [6105, undefined, 'camera-failed'],
    [6111, undefined, 'too-many-videos'],
    [6200, undefined, 'share-denied'],
    [6201, undefined, 'share-denied'],
    [9999, undefined, 'unknown'],
  ])('maps Zoom error %i (sub-reason %s) to %s', (errorCode, subCode, code) => {
    const error = videoErrorFromZoom({ type: 'UNDOCUMENTED', reason: 'x', errorCode, subCode });
    expect(error).toBeInstanceOf(VideoError);
    expect(error).toMatchObject({ code, sdkCode: errorCode });
  });

  it.each([
    ['NotAllowedError', 'camera', 'camera-denied'],
    ['NotFoundError', 'camera', 'no-camera'],
    ['NotReadableError', 'camera', 'camera-in-use'],
    ['TypeError', 'camera', 'camera-failed'],
    ['NotAllowedError', 'microphone', 'microphone-denied'],
    ['NotFoundError', 'microphone', 'no-microphone'],
    ['NotReadableError', 'microphone', 'microphone-in-use'],
    ['NotAllowedError', 'screen', 'share-denied'],
  ] as const)('maps a %s from the %s to %s', (name, device, code) => {
    expect(videoErrorFromMediaError(new DOMException('x', name), device).code).toBe(code);
    expect(videoErrorFromZoom(new DOMException('x', name), device).code).toBe(code);
  });

  it('keeps a VideoError as it is', () => {
    const error = new VideoError('session-full', { sdkCode: 4005 });
    expect(videoErrorFromZoom(error)).toBe(error);
    expect(isVideoError(error)).toBe(true);
    expect(isVideoError(new Error('x'))).toBe(false);
    expect(toVideoError(error)).toBe(error);
    expect(toVideoError(new TypeError('x'))).toMatchObject({ code: 'unknown' });
  });
});
