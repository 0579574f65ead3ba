import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportKind } from '../core/kinds';
import type { Outbox } from '../core/outbox/outbox';
import type { OutboxStatus, SubmitResult } from '../core/outbox/types';
import type { FieldError } from '../core/validation/messages';
import type { ReportDataByKind } from '../core/validation/report';
import { useReportOutboxState } from './useOutbox';

/** Options of {@link useOutboxDraft}. */
export interface UseOutboxDraftOptions<K extends ReportKind> {
  outbox: Outbox;
  /** 全国共通避難所・避難場所ID of the reporting shelter. */
  shelterId: string;
  kind: K;
  /** Resume this draft (e.g. after a reload) instead of creating a new one. */
  draftId?: string | undefined;
  /** Starting values of a new draft (e.g. the last report's counts). */
  initialData?: Partial<ReportDataByKind[K]> | undefined;
  /** The id of the sent report this draft corrects. */
  supersedes?: string | undefined;
  /** Wait after the last change before writing it; default 250 ms (typing stays smooth). */
  autosaveDelayMs?: number | undefined;
}

/** A form's draft in the outbox. */
export interface OutboxDraft<K extends ReportKind> {
  /** The report id, created with the form; undefined for the moment it takes to write the draft. */
  id: string | undefined;
  data: Partial<ReportDataByKind[K]>;
  /** Changes the data and autosaves it. */
  setData(
    update:
      | Partial<ReportDataByKind[K]>
      | ((previous: Partial<ReportDataByKind[K]>) => Partial<ReportDataByKind[K]>),
  ): void;
  /** Where the report is now (draft → queued → sending → sent, or needs_attention). */
  status: OutboxStatus | undefined;
  /** Field errors of the last submit, as a 422 would give them. */
  errors: readonly FieldError[];
  /** Writes pending changes now. */
  flush(): Promise<void>;
  /** Saves, validates and queues the report; field errors land in `errors`. */
  submit(): Promise<SubmitResult>;
}

/**
 * Keeps a form's values in an outbox draft: the report id and creation time are fixed when the form
 * opens, every change is autosaved (debounced, and written at once on unmount), and submit queues
 * the report. A reload loses nothing typed more than `autosaveDelayMs` ago.
 */
export function useOutboxDraft<K extends ReportKind>(
  options: UseOutboxDraftOptions<K>,
): OutboxDraft<K> {
  const { outbox, shelterId, kind, draftId, supersedes, autosaveDelayMs = 250 } = options;
  const [id, setId] = useState<string | undefined>(draftId);
  const [data, setDataState] = useState<Partial<ReportDataByKind[K]>>(options.initialData ?? {});
  const [errors, setErrors] = useState<readonly FieldError[]>([]);
  const latest = useRef(data);
  const dirty = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const created = useRef<Promise<string> | undefined>(undefined);
  const state = useReportOutboxState(outbox, id);

  // One draft per form, also under StrictMode's double effects (refs survive the re-run).
  useEffect(() => {
    if (created.current) return;
    if (draftId) {
      created.current = Promise.resolve(draftId);
      return;
    }
    const initial = latest.current;
    created.current = outbox
      .createDraft({ shelterId, kind, data: initial, ...(supersedes ? { supersedes } : {}) })
      .then((entry) => {
        setId(entry.id);
        return entry.id;
      });
  }, [outbox, shelterId, kind, draftId, supersedes]);

  // A resumed draft shows what was saved once the outbox has read it.
  const resumed = state.entry?.report.data as Partial<ReportDataByKind[K]> | undefined;
  const loaded = useRef(false);
  useEffect(() => {
    if (!draftId || loaded.current || !resumed) return;
    loaded.current = true;
    latest.current = resumed;
    setDataState(resumed);
  }, [draftId, resumed]);

  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    if (!dirty.current || !created.current) return chain.current.then(() => undefined);
    dirty.current = false;
    const draft = await created.current;
    const next = chain.current.then(() => outbox.saveDraft(draft, latest.current));
    // A failed write shows in the outbox snapshot (storage.problem); the data stays in the form.
    chain.current = next.catch(() => {
      dirty.current = true;
    });
    await chain.current;
  }, [outbox]);

  const setData = useCallback<OutboxDraft<K>['setData']>(
    (update) => {
      const next = typeof update === 'function' ? update(latest.current) : update;
      latest.current = next;
      dirty.current = true;
      setDataState(next);
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), autosaveDelayMs);
    },
    [flush, autosaveDelayMs],
  );

  useEffect(() => () => void flush(), [flush]);

  const submit = useCallback(async () => {
    await flush();
    const draft = await created.current;
    if (!draft) return { ok: false as const, reason: 'unavailable' as const };
    const result = await outbox.submit(draft);
    setErrors(!result.ok && result.reason === 'invalid' ? result.errors : []);
    return result;
  }, [flush, outbox]);

  return { id, data, setData, status: state.status, errors, flush, submit };
}
