import {
  Button,
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogTitle,
  type Locale,
  type Translate,
} from '@machi-dx/ui';
import { useState } from 'react';
import type { OutboxEntry, SentEntry } from '../../core/outbox/types';
import { formatDateTime } from '../../hooks/format';
import { PhotoProgress } from './PhotoProgress';

/** "状況報告 第2報（訂正）" — what a person calls a report. */
export function reportName(report: OutboxEntry['report'], t: Translate): string {
  const sequence = (report.data as { reportSequence?: unknown }).reportSequence;
  return [
    t(`shelter.reportKind.${report.kind}`),
    typeof sequence === 'number' ? ` ${t('shelter.outbox.sequence', { n: sequence })}` : '',
    report.supersedes ? t('shelter.form.about', { name: t('shelter.outbox.correction') }) : '',
  ].join('');
}

/** What a row can ask the outbox to do. */
export interface EntryActions {
  retry(id: string): void;
  /** Puts a delivered report's refused photos back in the queue. */
  retryPhotos(id: string): void;
  discard(id: string): void;
  correct(id: string): void;
  /** Present when the app can reopen a draft's form. */
  open?: ((entry: OutboxEntry) => void) | undefined;
}

/**
 * One unsent report: its name, when it was written, where it is (下書き / この端末に保存済み・
 * 送信待ち / 送信中 / 要対応 with the reason) and what can be done with it. Deleting asks first:
 * nothing else on this screen can lose a report.
 */
export function OutboxEntryItem({
  entry,
  actions,
  t,
  locale,
}: {
  entry: OutboxEntry;
  actions: EntryActions;
  t: Translate;
  locale: Locale;
}) {
  const [confirming, setConfirming] = useState(false);
  const name = reportName(entry.report, t);
  const time =
    entry.status === 'draft'
      ? t('shelter.outbox.savedAt', { time: formatDateTime(entry.updatedAt, locale) })
      : t('shelter.outbox.createdAt', { time: formatDateTime(entry.report.createdAt, locale) });
  const refused = entry.status === 'needs_attention';
  const server = entry.attention?.message;
  return (
    <li className="machi-outbox__entry" data-status={entry.status}>
      <div className="machi-outbox__entry-head">
        <span className="machi-outbox__name">{name}</span>
        <span className="machi-outbox__status" data-status={entry.status}>
          {t(`shelter.outbox.status.${entry.status}`)}
        </span>
      </div>
      <div className="machi-outbox__meta">{time}</div>
      {entry.status !== 'draft' && <PhotoProgress photos={entry.photos} t={t} />}
      {entry.lastError && entry.status !== 'draft' && (
        <p className="machi-outbox__reason">{t(`shelter.outbox.retryReason.${entry.lastError}`)}</p>
      )}
      {refused && entry.attention && (
        <p className="machi-outbox__reason">
          {t(`shelter.outbox.attentionReason.${entry.attention.reason}`)}
          {server && ` ${locale === 'en' ? server.en : server.ja}`}
        </p>
      )}
      {(refused || entry.status === 'draft') && (
        <div className="machi-outbox__actions">
          {refused && (
            <>
              <Button size="sm" onClick={() => actions.retry(entry.id)}>
                {t('shelter.outbox.retry')}
              </Button>
              <Button size="sm" variant="secondary" onClick={() => actions.correct(entry.id)}>
                {t('shelter.outbox.correct')}
              </Button>
            </>
          )}
          {entry.status === 'draft' && actions.open && (
            <Button size="sm" variant="secondary" onClick={() => actions.open?.(entry)}>
              {t('shelter.outbox.continue')}
            </Button>
          )}
          <Button size="sm" variant="tertiary" onClick={() => setConfirming(true)}>
            {t('shelter.outbox.discard')}
          </Button>
        </div>
      )}
      <Dialog open={confirming} onOpenChange={setConfirming}>
        <DialogContent>
          <DialogTitle>{t('shelter.outbox.discardTitle')}</DialogTitle>
          <DialogDescription>{t('shelter.outbox.discardBody', { report: name })}</DialogDescription>
          <div className="machi-outbox__actions">
            <Button
              variant="danger"
              onClick={() => {
                setConfirming(false);
                actions.discard(entry.id);
              }}
            >
              {t('shelter.outbox.discardConfirm')}
            </Button>
            <DialogClose>{t('shelter.outbox.keep')}</DialogClose>
          </div>
        </DialogContent>
      </Dialog>
    </li>
  );
}

/** One delivered report, with the time HQ received it, its photos and a way to correct it. */
export function SentEntryItem({
  entry,
  onCorrect,
  onRetryPhotos,
  t,
  locale,
}: {
  entry: SentEntry;
  onCorrect: (id: string) => void;
  onRetryPhotos: (id: string) => void;
  t: Translate;
  locale: Locale;
}) {
  return (
    <li className="machi-outbox__entry" data-status="sent">
      <div className="machi-outbox__entry-head">
        <span className="machi-outbox__name">{reportName(entry.report, t)}</span>
        <span className="machi-outbox__status" data-status="sent">
          {t('shelter.outbox.sentAt', { time: formatDateTime(entry.receipt.receivedAt, locale) })}
        </span>
      </div>
      <PhotoProgress photos={entry.photos} onRetry={() => onRetryPhotos(entry.id)} t={t} />
      <div className="machi-outbox__actions">
        <Button size="sm" variant="secondary" onClick={() => onCorrect(entry.id)}>
          {t('shelter.outbox.correct')}
        </Button>
      </div>
    </li>
  );
}
