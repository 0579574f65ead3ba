import { listedPhotos } from './photo-schedule';
import type {
  OutboxEntry,
  OutboxPhoto,
  OutboxSnapshot,
  OutboxStatus,
  PhotoRecord,
  SentEntry,
} from './types';

/** The snapshot fields that are not derived from the stored reports. */
export type OutboxState = Omit<
  OutboxSnapshot,
  'entries' | 'sent' | 'counts' | 'unsent' | 'unsentPhotos' | 'ready'
>;

function photoOf(sha256: string, record: PhotoRecord | undefined): OutboxPhoto {
  if (!record) return { sha256, status: 'missing', attempts: 0 };
  const { reportId: _r, shelterId: _s, upload: _u, addedAt: _a, ...rest } = record;
  return rest;
}

/** Adds `photos` (in the order the report lists them) to entries whose report lists any. */
function withPhotos<T extends OutboxEntry | SentEntry>(
  item: T,
  records: Map<string, Map<string, PhotoRecord>>,
): T {
  const listed = listedPhotos(item.report);
  if (listed.length === 0) return item;
  const own = records.get(item.id);
  return { ...item, photos: listed.map((sha256) => photoOf(sha256, own?.get(sha256))) };
}

function byQueueThenTime(a: OutboxEntry, b: OutboxEntry): number {
  const sa = a.sequence ?? Number.POSITIVE_INFINITY;
  const sb = b.sequence ?? Number.POSITIVE_INFINITY;
  if (sa !== sb) return sa < sb ? -1 : 1;
  return b.updatedAt - a.updatedAt;
}

/** Builds an immutable snapshot from the stored reports and the loop's state. */
export function buildSnapshot(
  ready: boolean,
  entries: Iterable<OutboxEntry>,
  sent: Iterable<SentEntry>,
  photos: Iterable<PhotoRecord>,
  state: OutboxState,
): OutboxSnapshot {
  const records = new Map<string, Map<string, PhotoRecord>>();
  for (const photo of photos) {
    const own = records.get(photo.reportId) ?? new Map<string, PhotoRecord>();
    own.set(photo.sha256, photo);
    records.set(photo.reportId, own);
  }
  const list = [...entries].sort(byQueueThenTime).map((entry) => withPhotos(entry, records));
  const sentList = [...sent]
    .sort((a, b) => b.sentAt - a.sentAt)
    .map((entry) => withPhotos(entry, records));
  const counts: Record<OutboxStatus, number> = {
    draft: 0,
    queued: 0,
    sending: 0,
    sent: sentList.length,
    needs_attention: 0,
  };
  for (const entry of list) counts[entry.status] += 1;
  let unsentPhotos = 0;
  for (const item of [...list, ...sentList]) {
    if ((item as OutboxEntry).status === 'draft') continue;
    for (const photo of item.photos ?? []) if (photo.status !== 'delivered') unsentPhotos += 1;
  }
  return {
    ...state,
    ready,
    entries: list,
    sent: sentList,
    counts,
    unsent: counts.queued + counts.sending + counts.needs_attention,
    unsentPhotos,
  };
}

/** Where one report is: its outbox status, or `sent`; undefined when this device does not know it. */
export function reportStatus(snapshot: OutboxSnapshot, id: string): OutboxStatus | undefined {
  if (snapshot.sent.some((entry) => entry.id === id)) return 'sent';
  return snapshot.entries.find((entry) => entry.id === id)?.status;
}
