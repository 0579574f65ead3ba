// The photo side of the fetch transport, loaded by `import()` when the first photo is sent.
import { photoUploadPath } from '../photos';
import { interpretResponse } from './transport';
import type { PhotoReceipt, PhotoSendResult } from './types';

export { photoUploadPath };

/**
 * Maps the answer to a photo upload: 201/200 with the photo's receipt = delivered; 404 means the
 * report has not arrived yet (retried, like 401, 408, 429 and 5xx); other 4xx need a person.
 */
export function interpretPhotoResponse(
  status: number,
  body: Record<string, unknown> | undefined,
  request: { reportId: string; sha256: string },
  retryAfterMs?: number,
): PhotoSendResult {
  if (status === 200 || status === 201) {
    const photo = body?.photo as PhotoReceipt | undefined;
    return photo?.reportId === request.reportId &&
      photo.sha256 === request.sha256 &&
      typeof photo.receivedAt === 'string'
      ? {
          ok: true,
          receipt: { reportId: photo.reportId, sha256: photo.sha256, receivedAt: photo.receivedAt },
          duplicate: status === 200,
        }
      : { ok: false, retryable: true, reason: 'bad_response' };
  }
  if (status === 404) return { ok: false, retryable: true, reason: 'report_not_received' };
  return interpretResponse(status, body, request.reportId, retryAfterMs) as PhotoSendResult;
}
