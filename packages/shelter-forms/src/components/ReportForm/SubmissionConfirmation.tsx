import { Button, useLocale } from '@machi-dx/ui';
import { useEffect, useRef } from 'react';
import type { Outbox } from '../../core/outbox/outbox';
import { formatDateTime } from '../../hooks/format';
import { useReportOutboxState } from '../../hooks/useOutbox';
import { useShelterFormsTranslator } from '../../hooks/useShelterFormsTranslator';

/** Props of the confirmation a report form becomes once the report is queued. */
export interface SubmissionConfirmationProps {
  outbox: Outbox;
  /** The report id. */
  reportId: string;
  headingLevel: 2 | 3 | 4;
  /** Starts a correction (a new report that supersedes this one). */
  onCorrect: () => void;
  /** Starts another report. */
  onNewReport: () => void;
}

/**
 * What happened to the report, in plain words, kept up to date: "この端末に保存しました。電波が戻ると
 * 自動で送ります" while it waits, "送信しました（受付 10:42）" once HQ has it, and the reason and what
 * to do when HQ refused it. The heading takes focus when it appears; later changes are announced
 * politely (the block is a status region).
 */
export function SubmissionConfirmation({
  outbox,
  reportId,
  headingLevel,
  onCorrect,
  onNewReport,
}: SubmissionConfirmationProps) {
  const t = useShelterFormsTranslator();
  const { locale } = useLocale();
  const { status, entry, sent } = useReportOutboxState(outbox, reportId);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  const Heading = `h${headingLevel}` as const;
  const state = status ?? 'queued';
  const title =
    state === 'sent' && sent
      ? t('shelter.form.done.sent', { time: formatDateTime(sent.receipt.receivedAt, locale, true) })
      : t(`shelter.form.done.${state === 'draft' ? 'queued' : state}`);
  // HQ's own words for a refusal, when it gave some; OutboxStatus explains each reason at length.
  const refusal = state === 'needs_attention' ? entry?.attention?.message : undefined;
  const body = t(`shelter.form.done.${state === 'draft' ? 'queued' : state}Body`);

  return (
    <div className="machi-report-confirmation" data-status={state}>
      <div role="status" className="machi-report-confirmation__panel">
        <Heading ref={headingRef} tabIndex={-1} className="machi-report-confirmation__title">
          {title}
        </Heading>
        {refusal && (
          <p className="machi-report-confirmation__body">
            {locale === 'en' ? refusal.en : refusal.ja}
          </p>
        )}
        <p className="machi-report-confirmation__body">{body}</p>
      </div>
      <p className="machi-report-confirmation__reference">
        {t('shelter.form.done.reference')} <code>{reportId}</code>
      </p>
      <div className="machi-report-actions">
        {state === 'needs_attention' && (
          <Button onClick={() => void outbox.retry(reportId)}>{t('shelter.outbox.retry')}</Button>
        )}
        <Button variant="secondary" onClick={onCorrect}>
          {t('shelter.form.correct')}
        </Button>
        <Button variant="tertiary" onClick={onNewReport}>
          {t('shelter.form.newReport')}
        </Button>
      </div>
    </div>
  );
}
