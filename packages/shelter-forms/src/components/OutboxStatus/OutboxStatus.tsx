import { Button, Notice, useLocale } from '@machi-dx/ui';
import { forwardRef, type HTMLAttributes, useId, useMemo, useState } from 'react';
import type { Outbox } from '../../core/outbox/outbox';
import type { OutboxEntry } from '../../core/outbox/types';
import { formatDateTime } from '../../hooks/format';
import { useOutbox } from '../../hooks/useOutbox';
import { useOutboxTranslator } from '../../hooks/useShelterFormsTranslator';
import { type EntryActions, OutboxEntryItem, SentEntryItem } from './OutboxEntryItem';
import { type ExportHandler, OutboxTransfer } from './OutboxTransfer';
import { photosToSend } from './PhotoProgress';
import './outbox-status.css';

/** Props of {@link OutboxStatus}: the outbox, what the app does on open/correct, and a section's props. */
export interface OutboxStatusProps extends Omit<HTMLAttributes<HTMLElement>, 'children'> {
  /** The shelter's outbox, created and started once by the app. */
  outbox: Outbox;
  /** List only this shelter's reports. */
  shelterId?: string | undefined;
  /** Offers 続きを入力 on drafts: open the draft's form with `draftId={entry.id}`. */
  onOpenDraft?: ((entry: OutboxEntry) => void) | undefined;
  /**
   * A correction was started (a new draft that supersedes a sent or queued report, or replaces a
   * refused one): open its form with `draftId={draft.id}`.
   */
  onCorrection?: ((draft: OutboxEntry) => void) | undefined;
  /** Saves an export; default: downloads `shelter-reports-<time>.json`. */
  onExport?: ExportHandler | undefined;
  /** How many delivered reports to list, newest first. Default 5. */
  sentLimit?: number | undefined;
  /** The heading level in the page outline. Default 2. */
  headingLevel?: 2 | 3 | undefined;
}

/**
 * Every report on this device and where it is: 下書き / この端末に保存済み・送信待ち / 送信中 /
 * 送信済み（受付時刻）/ 要対応 (with the reason, and retry, correct or delete), a count of what HQ does
 * not have yet, "今すぐ送信", and export/import of unsent reports as a file.
 */
export const OutboxStatus = /* @__PURE__ */ forwardRef<HTMLElement, OutboxStatusProps>(
  function OutboxStatus(
    {
      outbox,
      shelterId,
      onOpenDraft,
      onCorrection,
      onExport,
      sentLimit = 5,
      headingLevel = 2,
      className,
      ...props
    },
    ref,
  ) {
    const t = useOutboxTranslator();
    const { locale } = useLocale();
    const snapshot = useOutbox(outbox);
    const headingId = useId();
    const [message, setMessage] = useState('');
    const mine = <T extends { shelterId: string }>(list: readonly T[]) =>
      shelterId ? list.filter((entry) => entry.shelterId === shelterId) : list;
    const entries = mine(snapshot.entries);
    const submitted = entries.filter((entry) => entry.status !== 'draft');
    const allSent = mine(snapshot.sent);
    // Reports whose photos have not all arrived stay listed however old: they are not done.
    const sent = allSent.filter(
      (entry, index) =>
        index < sentLimit || entry.photos?.some((photo) => photo.status !== 'delivered'),
    );
    const unsent = submitted.length;
    const unsentPhotos = [...submitted, ...allSent].reduce(
      (sum, entry) =>
        sum + (entry.photos ?? []).filter((photo) => photo.status !== 'delivered').length,
      0,
    );
    const toSend =
      unsent + [...submitted, ...allSent].reduce((sum, e) => sum + photosToSend(e.photos), 0);
    const Heading = `h${headingLevel}` as const;
    const SubHeading = headingLevel === 2 ? 'h3' : 'h4';

    const actions = useMemo<EntryActions>(
      () => ({
        retry: (id) => void outbox.retry(id).then(() => setMessage(t('shelter.outbox.retried'))),
        retryPhotos: (id) =>
          void outbox.retryPhotos(id).then(() => setMessage(t('shelter.outbox.retried'))),
        discard: (id) =>
          void outbox.discard(id).then(() => setMessage(t('shelter.outbox.discarded'))),
        correct: (id) =>
          void outbox
            .correct(id)
            .then((draft) => onCorrection?.(draft))
            .catch(() => undefined),
        open: onOpenDraft,
      }),
      [outbox, onOpenDraft, onCorrection, t],
    );

    return (
      <section
        ref={ref}
        aria-labelledby={headingId}
        className={className ? `machi-outbox ${className}` : 'machi-outbox'}
        data-connectivity={snapshot.connectivity}
        data-unsent={unsent}
        data-unsent-photos={unsentPhotos}
        {...props}
      >
        <div className="machi-outbox__header">
          <Heading id={headingId} className="machi-outbox__title">
            {t('shelter.outbox.title')}
          </Heading>
          <span className="machi-outbox__badge" data-count={unsent}>
            {unsent > 0
              ? t('shelter.outbox.unsent', { count: unsent })
              : t('shelter.outbox.allSent')}
          </span>
          {unsentPhotos > 0 && (
            <span className="machi-outbox__badge" data-count={unsentPhotos}>
              {t('shelter.outbox.photos.unsent', { count: unsentPhotos })}
            </span>
          )}
        </div>
        <p className="machi-outbox__connectivity" data-connectivity={snapshot.connectivity}>
          {t(`shelter.outbox.connectivity.${snapshot.connectivity}`)}
        </p>
        {toSend > 0 && snapshot.nextAttemptAt !== undefined && !snapshot.syncing && (
          <p className="machi-outbox__meta">
            {t('shelter.outbox.nextAttempt', {
              time: formatDateTime(snapshot.nextAttemptAt, locale, true),
            })}
          </p>
        )}
        {snapshot.paused === 'unauthorized' && (
          <Notice tone="warning" headingLevel={headingLevel === 2 ? 3 : 4}>
            {t('shelter.outbox.paused.unauthorized')}
          </Notice>
        )}
        {toSend > 0 && (
          <div className="machi-outbox__actions">
            <Button loading={snapshot.syncing} onClick={() => void outbox.sendNow()}>
              {snapshot.syncing ? t('shelter.outbox.sendingNow') : t('shelter.outbox.sendNow')}
            </Button>
          </div>
        )}
        {entries.length === 0 && sent.length === 0 && snapshot.ready && (
          <p className="machi-outbox__meta">{t('shelter.outbox.empty')}</p>
        )}
        {entries.length > 0 && (
          <ul className="machi-outbox__list">
            {entries.map((entry) => (
              <OutboxEntryItem
                key={entry.id}
                entry={entry}
                actions={actions}
                t={t}
                locale={locale}
              />
            ))}
          </ul>
        )}
        {sent.length > 0 && (
          <>
            <SubHeading className="machi-outbox__subtitle">
              {t('shelter.outbox.sentTitle')}
            </SubHeading>
            <ul className="machi-outbox__list">
              {sent.map((entry) => (
                <SentEntryItem
                  key={entry.id}
                  entry={entry}
                  onCorrect={actions.correct}
                  onRetryPhotos={actions.retryPhotos}
                  t={t}
                  locale={locale}
                />
              ))}
            </ul>
          </>
        )}
        <p role="status" className="machi-outbox__message">
          {message}
        </p>
        <OutboxTransfer
          outbox={outbox}
          unsent={unsent}
          onExport={onExport}
          t={t}
          headingLevel={headingLevel === 2 ? 3 : 4}
        />
      </section>
    );
  },
);
