import type { Durability, OutboxDatabase, PhotoChanges } from './database';
import { loadPhotoQueue, nextPhotoUpload } from './photo-schedule';
import type { PhotoPassContext } from './photo-sync';
import type {
  ConnectivityProbe,
  OutboxEntry,
  RetryReason,
  SendResult,
  SentEntry,
  Transport,
} from './types';

/** What one send pass needs from its outbox. */
export interface SendPassContext extends PhotoPassContext {
  /** Ignore the backoff (a resume signal other than the timer). */
  forced: boolean;
  db: OutboxDatabase;
  transport: Transport;
  probe: ConnectivityProbe | undefined;
  signal: AbortSignal;
  now: () => number;
  retryAt: () => number | undefined;
  /** The outbox stopped, or sending is paused until the user signs in. */
  stopped: () => boolean;
  write: (
    ids: readonly string[],
    change: Parameters<OutboxDatabase['change']>[1],
    durability: Durability,
  ) => Promise<{ put: OutboxEntry[]; remove: string[] }>;
  delivered: (record: SentEntry, photos: PhotoChanges) => void;
  reachable: (online: boolean) => void;
  failed: (reason: RetryReason, retryAfterMs?: number) => void;
  /** Nothing is left to send. */
  empty: () => void;
  /** Not yet: try again at `at`. */
  wait: (at: number) => void;
}

/**
 * Sends queued reports one at a time, in queue order, until the queue is empty or an attempt fails
 * in a retryable way (then later reports wait, so a shelter's reports reach HQ in order). Then the
 * photos of delivered reports, one at a time: reports first, they are small and what HQ counts.
 * Always re-reads the queue heads from IndexedDB: another tab may have queued or delivered
 * meanwhile. Runs inside the send lock.
 */
export async function runSendPass(context: SendPassContext): Promise<void> {
  let probed = false;
  for (;;) {
    if (context.stopped()) return;
    const head = await context.db.nextQueued();
    const photo =
      head || !context.transport.sendPhoto ? undefined : await nextPhotoUpload(context.db);
    if (!head && !photo) return context.empty();
    const retryAt = context.retryAt();
    if (!context.forced && retryAt !== undefined && context.now() < retryAt)
      return context.wait(retryAt);
    if (context.probe && !probed) {
      probed = true;
      const online = await context.probe({ signal: context.signal }).catch(() => false);
      context.reachable(online);
      if (!online) return context.failed('offline');
      if (context.stopped()) return;
    }
    if (!head) {
      // The uploader is loaded only now: a page whose reports have no photos never needs it.
      const { uploadNextPhoto } = await loadPhotoQueue();
      if (photo && (await uploadNextPhoto(context, photo)) === 'stop') return;
      continue;
    }

    // Persisted so other tabs show it; a page that dies here leaves it `sending`, still in the
    // queue index, and the next pass sends it again (the server answers 200 with the same receipt).
    const { put } = await context.write(
      [head.id],
      ([current]) =>
        current?.sequence === undefined
          ? {}
          : { put: [{ ...current, status: 'sending', updatedAt: context.now() }] },
      'default',
    );
    const sending = put[0];
    if (!sending) continue;

    let result: SendResult;
    try {
      result = await context.transport.send(
        { shelterId: sending.shelterId, report: sending.report },
        { signal: context.signal },
      );
    } catch {
      result = { ok: false, retryable: true, reason: 'network' };
    }
    if (context.signal.aborted) return;

    if (result.ok) {
      const { record, ...photos } = await context.db.deliver(
        sending.id,
        result.receipt,
        context.now(),
      );
      if (record) context.delivered(record, photos);
      continue;
    }
    if (result.retryable) {
      const { reason, retryAfterMs } = result;
      await context.write(
        [sending.id],
        ([current]) =>
          current?.sequence === undefined
            ? {}
            : {
                put: [
                  {
                    ...current,
                    status: 'queued',
                    attempts: current.attempts + 1,
                    lastError: reason,
                    updatedAt: context.now(),
                  },
                ],
              },
        'default',
      );
      return context.failed(reason, retryAfterMs);
    }
    // Refused for good: out of the queue, kept on the device for a person to look at. Later
    // reports go on; waiting behind a report that can never be accepted would block the shelter.
    const { retryable: _retryable, ok: _ok, ...details } = result;
    await context.write(
      [sending.id],
      ([current]) => {
        if (!current) return {};
        const { sequence: _sequence, lastError: _lastError, ...rest } = current;
        const attention = { ...details, at: context.now() };
        return {
          put: [{ ...rest, status: 'needs_attention', attention, updatedAt: context.now() }],
        };
      },
      'strict',
    );
    context.reachable(true);
  }
}
