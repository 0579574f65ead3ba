import { useSyncExternalStore } from 'react';
import type { Outbox } from '../core/outbox/outbox';
import { reportStatus } from '../core/outbox/snapshot';
import type { OutboxEntry, OutboxSnapshot, OutboxStatus, SentEntry } from '../core/outbox/types';

/**
 * The outbox's snapshot, re-rendering on every change: counts per status, entries, the sent log,
 * connectivity and storage. The app creates one {@link Outbox} and starts it once, outside React.
 */
export function useOutbox(outbox: Outbox): OutboxSnapshot {
  // The server snapshot is the not-yet-ready one: IndexedDB exists only in the browser.
  return useSyncExternalStore(outbox.subscribe, outbox.getSnapshot, outbox.getSnapshot);
}

/** Where one report is, for a per-report status line (送信待ち / 送信済み (受付時刻) / 要対応 …). */
export interface ReportOutboxState {
  status: OutboxStatus | undefined;
  /** The unsent entry (draft, queued, sending, needs attention). */
  entry: OutboxEntry | undefined;
  /** The sent-log record with the server's receipt. */
  sent: SentEntry | undefined;
}

/** The outbox state of one report; all undefined while the outbox does not know the id. */
export function useReportOutboxState(outbox: Outbox, id: string | undefined): ReportOutboxState {
  const snapshot = useOutbox(outbox);
  if (!id) return { status: undefined, entry: undefined, sent: undefined };
  return {
    status: reportStatus(snapshot, id),
    entry: snapshot.entries.find((entry) => entry.id === id),
    sent: snapshot.sent.find((entry) => entry.id === id),
  };
}
