import { Button, Notice, useLocale } from '@machi-dx/ui';
import { useRef } from 'react';
import type { Outbox } from '../../core/outbox/outbox';
import { formatDateTime } from '../../hooks/format';
import { useOutbox } from '../../hooks/useOutbox';
import { useShelterFormsTranslator } from '../../hooks/useShelterFormsTranslator';

/** Why the last write failed, in the reader's words, with a way to try again. */
export function StorageProblemNotice({
  problem,
  onRetry,
}: {
  problem: 'quota_exceeded' | 'unavailable';
  onRetry: () => void;
}) {
  const t = useShelterFormsTranslator();
  return (
    <Notice tone="error" announce title={t('shelter.form.notSaved')} data-problem={problem}>
      <p>{t(`shelter.outbox.storage.${problem}`)}</p>
      <Button variant="secondary" onClick={onRetry}>
        {t('shelter.form.saveAgain')}
      </Button>
    </Notice>
  );
}

/**
 * "この端末に保存しました（10:42）" after each autosave, said politely. The text changes at most once
 * a minute, so a screen reader is not interrupted on every keystroke; a failed write says so at once.
 */
export function AutosaveStatus({
  outbox,
  draftId,
  onRetry,
}: {
  outbox: Outbox;
  draftId: string | undefined;
  onRetry: () => void;
}) {
  const t = useShelterFormsTranslator();
  const { locale } = useLocale();
  const snapshot = useOutbox(outbox);
  const entry = snapshot.entries.find((candidate) => candidate.id === draftId);
  // The draft's creation is not news; only saves after a change are reported.
  const created = useRef<number | undefined>(undefined);
  if (entry && created.current === undefined) created.current = entry.updatedAt;
  const saved = entry && entry.updatedAt !== created.current ? entry.updatedAt : undefined;
  const problem = snapshot.storage.problem;
  return (
    <div
      className="machi-report-autosave"
      data-state={problem ? 'failed' : saved ? 'saved' : 'idle'}
    >
      <p role="status" className="machi-report-autosave__status">
        {saved !== undefined && !problem
          ? t('shelter.form.savedOnDevice', { time: formatDateTime(saved, locale, true) })
          : ''}
      </p>
      {problem && <StorageProblemNotice problem={problem} onRetry={onRetry} />}
    </div>
  );
}
