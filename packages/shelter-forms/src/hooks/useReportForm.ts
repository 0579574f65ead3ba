import { useCallback, useMemo, useState } from 'react';
import type { ReportKind } from '../core/kinds';
import type { Outbox } from '../core/outbox/outbox';
import type { FieldError } from '../core/validation/messages';
import { type ReportDataByKind, validateReportData } from '../core/validation/report';
import { type OutboxDraft, useOutboxDraft } from './useOutboxDraft';

/** Where a report form is: entering answers, checking them, or queued/sent (the confirmation). */
export type ReportFormPhase = 'edit' | 'check' | 'done';

/** Options of {@link useReportForm}. */
export interface UseReportFormOptions<K extends ReportKind> {
  outbox: Outbox;
  /** 全国共通避難所・避難場所ID of the reporting shelter. */
  shelterId: string;
  kind: K;
  /** Resume this draft (after a reload, or a correction made elsewhere). */
  draftId?: string | undefined;
  /** The id of the report a new draft corrects. */
  supersedes?: string | undefined;
  /** Starting values of a new draft. */
  initialData?: Partial<ReportDataByKind[K]> | undefined;
  /** Show the answers for checking before queueing (GOV.UK check answers); default true. */
  checkAnswers?: boolean | undefined;
  /** The top-level fields in the order the form shows them, to list errors in that order. */
  order?: readonly string[] | undefined;
  /** Adjusts values after every change (e.g. a default unit when an item is chosen). */
  adjust?:
    | ((
        next: Partial<ReportDataByKind[K]>,
        previous: Partial<ReportDataByKind[K]>,
      ) => Partial<ReportDataByKind[K]>)
    | undefined;
  autosaveDelayMs?: number | undefined;
}

/** A report form's state and actions, over an outbox draft. */
export interface ReportFormState<K extends ReportKind> {
  draft: OutboxDraft<K>;
  phase: ReportFormPhase;
  /** Errors of the last attempt to continue or send, in the order of the form. */
  errors: readonly FieldError[];
  /** Counts failed attempts: the error summary takes focus again on each. */
  attempt: number;
  /** The last write to this device failed: the disk is full, or storage could not be opened. */
  storageProblem: 'quota_exceeded' | 'unavailable' | undefined;
  /** Sending is in progress (the button shows a spinner and ignores presses). */
  pending: boolean;
  /** Checks the answers; then the check step, or queues at once without one. */
  proceed(): Promise<void>;
  /** Queues the report: written to this device first, sent when the network allows. */
  send(): Promise<void>;
  /** Back from the check step to the answers. */
  edit(): void;
}

function byFormOrder(order: readonly string[] | undefined) {
  const rank = (error: FieldError) => {
    const head = error.path.replace(/^data\.?/, '').split('.')[0] ?? '';
    const at = order?.indexOf(head) ?? -1;
    return at < 0 ? Number.MAX_SAFE_INTEGER : at;
  };
  return (a: FieldError, b: FieldError) => rank(a) - rank(b);
}

/**
 * The life of a report form, GOV.UK style: answers are checked only when the person continues,
 * then shown for checking, then queued in the outbox (saved on this device before any sending).
 * A failed write keeps every answer on screen and says why.
 */
export function useReportForm<K extends ReportKind>(
  options: UseReportFormOptions<K>,
): ReportFormState<K> {
  const { kind, checkAnswers = true, order, adjust } = options;
  const draft = useOutboxDraft(options);
  const [phase, setPhase] = useState<'edit' | 'check'>('edit');
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [storageProblem, setStorageProblem] = useState<ReportFormState<K>['storageProblem']>();
  const [pending, setPending] = useState(false);

  const setData = draft.setData;
  const adjustedDraft = useMemo<OutboxDraft<K>>(
    () =>
      adjust
        ? {
            ...draft,
            setData: (update) =>
              setData((previous) => {
                const next = typeof update === 'function' ? update(previous) : update;
                return adjust(next, previous);
              }),
          }
        : draft,
    [draft, setData, adjust],
  );

  const fail = useCallback(
    (found: readonly FieldError[]) => {
      setErrors([...found].sort(byFormOrder(order)));
      setAttempt((count) => count + 1);
    },
    [order],
  );

  const send = useCallback(async () => {
    setPending(true);
    try {
      const result = await draft.submit();
      if (result.ok) {
        setErrors([]);
        setStorageProblem(undefined);
      } else if (result.reason === 'invalid') {
        setPhase('edit');
        fail(result.errors);
      } else {
        setStorageProblem(result.reason);
      }
    } finally {
      setPending(false);
    }
  }, [draft, fail]);

  const proceed = useCallback(async () => {
    const found = validateReportData(kind, draft.data);
    if (found.length) return fail(found);
    setErrors([]);
    if (checkAnswers) setPhase('check');
    else await send();
  }, [kind, draft.data, checkAnswers, fail, send]);

  // Queued, sending, sent or refused: the form has become its confirmation.
  const done = draft.status !== undefined && draft.status !== 'draft';
  return {
    draft: adjustedDraft,
    phase: done ? 'done' : phase,
    errors,
    attempt,
    storageProblem,
    pending,
    proceed,
    send,
    edit: () => setPhase('edit'),
  };
}
