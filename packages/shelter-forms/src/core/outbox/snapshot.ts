import type { OutboxEntry, OutboxSnapshot, OutboxStatus, SentEntry } from './types';

/** The snapshot fields that are not derived from the stored reports. */
export type OutboxState = Omit<OutboxSnapshot, 'entries' | 'sent' | 'counts' | 'unsent' | 'ready'>;

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
  state: OutboxState,
): OutboxSnapshot {
  const list = [...entries].sort(byQueueThenTime);
  const sentList = [...sent].sort((a, b) => b.sentAt - a.sentAt);
  const counts: Record<OutboxStatus, number> = {
    draft: 0,
    queued: 0,
    sending: 0,
    sent: sentList.length,
    needs_attention: 0,
  };
  for (const entry of list) counts[entry.status] += 1;
  return {
    ...state,
    ready,
    entries: list,
    sent: sentList,
    counts,
    unsent: counts.queued + counts.sending + counts.needs_attention,
  };
}

/** Where one report is: its outbox status, or `sent`; undefined when this device does not know it. */
export function reportStatus(snapshot: OutboxSnapshot, id: string): OutboxStatus | undefined {
  if (snapshot.sent.some((entry) => entry.id === id)) return 'sent';
  return snapshot.entries.find((entry) => entry.id === id)?.status;
}
