import { useCallback, useEffect, useRef, useState } from 'react';
import type { ReportKind } from '../core/kinds';
import { OutboxStorageError } from '../core/outbox/database';
import type { Outbox } from '../core/outbox/outbox';
import type { OutboxStatus, SubmitResult } from '../core/outbox/types';
import type { FieldError } from '../core/validation/messages';
import type { ReportDataByKind } from '../core/validation/report';
import { useReportOutboxState } from './useOutbox';

function storageProblem(error: unknown): 'quota_exceeded' | 'unavailable' {
  return error instanceof OutboxStorageError ? error.problem : 'unavailable';
}

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

  const identity = useRef({ shelterId, kind, supersedes });
  // The draft is written when the form opens; if that write fails (a full disk), the next save or
  // submit tries again, with what has been typed since.
  const ensureDraft = useCallback((): Promise<string> => {
    if (!created.current) {
      const { shelterId: shelter, kind: reportKind, supersedes: corrects } = identity.current;
      created.current = outbox
        .createDraft({
          shelterId: shelter,
          kind: reportKind,
          data: latest.current,
          ...(corrects ? { supersedes: corrects } : {}),
        })
        .then((entry) => {
          setId(entry.id);
          return entry.id;
        })
        .catch((error: unknown) => {
          created.current = undefined;
          throw error;
        });
    }
    return created.current;
  }, [outbox]);

  // One draft per form, also under StrictMode's double effects (refs survive the re-run).
  useEffect(() => {
    if (created.current) return;
    if (draftId) {
      created.current = Promise.resolve(draftId);
      return;
    }
    // A failure shows in the outbox snapshot (storage.problem); the form stays usable.
    ensureDraft().catch(() => undefined);
  }, [draftId, ensureDraft]);

  // A resumed draft shows what was saved once the outbox has read it.
  const resumed = state.entry?.report.data as Partial<ReportDataByKind[K]> | undefined;
  const loaded = useRef(false);
  useEffect(() => {
    if (!draftId || loaded.current || !resumed) return;
    loaded.current = true;
    latest.current = resumed;
    setDataState(resumed);
  }, [draftId, resumed]);

  const failure = useRef<unknown>(undefined);
  const flush = useCallback(async () => {
    clearTimeout(timer.current);
    if (!dirty.current) return chain.current.then(() => undefined);
    dirty.current = false;
    const next = chain.current.then(async () => {
      const draft = await ensureDraft();
      await outbox.saveDraft(draft, latest.current);
      failure.current = undefined;
    });
    // A failed write shows in the outbox snapshot (storage.problem); the data stays in the form.
    chain.current = next.catch((error: unknown) => {
      failure.current = error;
      dirty.current = true;
    });
    await chain.current;
  }, [outbox, ensureDraft]);

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

  const submit = useCallback(async (): Promise<SubmitResult> => {
    await flush();
    // What is on screen did not reach the device: queueing the older saved copy would send the wrong report.
    if (dirty.current) return { ok: false, reason: storageProblem(failure.current) };
    let draft: string;
    try {
      draft = await ensureDraft();
    } catch (error) {
      return { ok: false, reason: storageProblem(error) };
    }
    const result = await outbox.submit(draft);
    setErrors(!result.ok && result.reason === 'invalid' ? result.errors : []);
    return result;
  }, [flush, outbox, ensureDraft]);

  return { id, data, setData, status: state.status, errors, flush, submit };
}
