import type { OutboxDatabase, PhotoChanges } from './database';
import { PhotoDatabase } from './photo-database';
import { photoKey } from './photo-schedule';
import type { PhotoRecord, PhotoSendResult, RetryReason, Transport } from './types';

/** What uploading one photo needs from the send pass. */
export interface PhotoPassContext {
  db: OutboxDatabase;
  transport: Transport;
  signal: AbortSignal;
  now: () => number;
  photosChanged: (changes: PhotoChanges) => void;
  /** A photo was delivered: the link works, reset the backoff. */
  photoDelivered: () => void;
  reachable: (online: boolean) => void;
  failed: (reason: RetryReason, retryAfterMs?: number) => void;
}

/**
 * Uploads the photo at the head of the upload queue (photos join it when their report is
 * delivered). Answers `none` when there is nothing to upload (or no photo transport), `next`
 * after a delivery or a refusal, `stop` after a retryable failure (the pass backs off).
 */
export async function uploadNextPhoto(
  context: PhotoPassContext,
  head: PhotoRecord,
): Promise<'next' | 'stop'> {
  const key = photoKey(head);
  const photos = new PhotoDatabase(context.db);
  const write = async (
    change: (current: PhotoRecord) => PhotoRecord | undefined,
    durability: 'strict' | 'default',
  ) =>
    context.photosChanged(
      await photos.change(
        key,
        (current) => (current?.upload === undefined ? undefined : change(current)),
        durability,
      ),
    );
  const refuse = (attention: NonNullable<PhotoRecord['attention']>) =>
    write(({ upload: _upload, lastError: _lastError, ...rest }) => {
      return { ...rest, status: 'needs_attention', attention };
    }, 'strict');

  const bytes = await photos.bytes(head.reportId, head.sha256);
  if (!bytes) {
    // Cannot happen short of a damaged database: record and bytes are written together.
    await refuse({ reason: 'not_found', at: context.now() });
    return 'next';
  }
  await write((current) => ({ ...current, status: 'uploading' }), 'default');

  let result: PhotoSendResult;
  try {
    result = (await context.transport.sendPhoto?.(
      {
        shelterId: head.shelterId,
        reportId: head.reportId,
        sha256: head.sha256,
        contentType: head.contentType,
        bytes,
      },
      { signal: context.signal },
    )) ?? { ok: false, retryable: true, reason: 'network' };
  } catch {
    result = { ok: false, retryable: true, reason: 'network' };
  }
  if (context.signal.aborted) return 'stop';

  if (result.ok) {
    const { receipt } = result;
    await write(
      ({ upload: _upload, lastError: _lastError, attention: _attention, ...rest }) => ({
        ...rest,
        status: 'delivered',
        receipt,
      }),
      'strict',
    );
    context.photoDelivered();
    return 'next';
  }
  if (result.retryable) {
    const { reason, retryAfterMs } = result;
    await write(
      (current) => ({
        ...current,
        status: 'waiting',
        attempts: current.attempts + 1,
        lastError: reason,
      }),
      'default',
    );
    context.failed(reason, retryAfterMs);
    return 'stop';
  }
  const { retryable: _retryable, ok: _ok, ...details } = result;
  await refuse({ ...details, at: context.now() });
  context.reachable(true);
  return 'next';
}
