import { type Catalogs, type Locale, type Translate, useLocale, useTranslator } from '@machi-dx/ui';
import { useCallback, useId, useMemo } from 'react';
import type { ReportKind } from '../core/kinds';
import type { FieldSpec } from '../core/validation/fields';
import type { FieldError } from '../core/validation/messages';
import {
  confirmableFields,
  type ReportDataByKind,
  reportFieldSpecs,
} from '../core/validation/report';
import { fieldErrorText } from './fieldErrors';
import { labelKey, readPath, specAt, withoutIndices, writePath } from './fieldPaths';

/** Options of {@link useReportFields}. */
export interface UseReportFieldsOptions<K extends ReportKind> {
  kind: K;
  /** The form's values (a draft's `data`). */
  data: Partial<ReportDataByKind[K]>;
  /** Replaces the values (the draft's `setData`, which autosaves). */
  setData: (
    update: (previous: Partial<ReportDataByKind[K]>) => Partial<ReportDataByKind[K]>,
  ) => void;
  /** Field errors with paths as the server gives them (`data.evacueeMale`). */
  errors: readonly FieldError[];
  /** Offer 未確認 (unconfirmed) toggles on the fields a report of this kind may mark. */
  allowUnconfirmed?: boolean | undefined;
  /** Prefix of every control id; generated when omitted. */
  idPrefix?: string | undefined;
  /** The form's messages (labels, hints, code names, errors). */
  catalogs: Catalogs;
}

/**
 * What every field of a report form asks: its id, label, hint, value, error, whether it is required
 * and whether it may be marked 未確認. One driver over `reportFieldSpecs`, so the five forms list
 * their fields instead of wiring each one by hand.
 */
export interface ReportFields {
  kind: ReportKind;
  /** The kind's field specs (limits and choices). */
  fields: Readonly<Record<string, FieldSpec>>;
  data: Readonly<Record<string, unknown>>;
  t: Translate;
  locale: Locale;
  /** The spec at a path (`careNeeds.infants`, `items.0.unit`). */
  spec(path: string): FieldSpec | undefined;
  /** The control id of a path, for labels and error-summary links. */
  id(path: string): string;
  value(path: string): unknown;
  set(path: string, value: unknown): void;
  /** The translated error at exactly this path (`deep`: at it or anywhere under it). */
  error(path: string, deep?: boolean): string | undefined;
  label(path: string): string;
  /** The hint under the label, when the catalog has one (`shelter.hint.<path>`). */
  hint(path: string): string | undefined;
  required(path: string): boolean;
  /** Whether a 未確認 toggle is offered for the path. */
  confirmable(path: string): boolean;
  isUnconfirmed(path: string): boolean;
  setUnconfirmed(path: string, unconfirmed: boolean): void;
}

/** The field driver of a report form. */
export function useReportFields<K extends ReportKind>(
  options: UseReportFieldsOptions<K>,
): ReportFields {
  const { kind, data, setData, errors, allowUnconfirmed, catalogs } = options;
  const t = useTranslator(catalogs);
  const { locale } = useLocale();
  const generated = useId().replace(/:/g, '');
  const prefix = options.idPrefix ?? `machi-report-${generated}`;
  const fields = reportFieldSpecs[kind];

  const errorMap = useMemo(() => {
    const map = new Map<string, FieldError>();
    for (const error of errors) {
      const path = error.path.replace(/^data\.?/, '');
      if (!map.has(path)) map.set(path, error);
    }
    return map;
  }, [errors]);

  const set = useCallback(
    (path: string, value: unknown) => setData((previous) => writePath(previous, path, value)),
    [setData],
  );

  const setUnconfirmed = useCallback(
    (path: string, unconfirmed: boolean) =>
      setData((previous) => {
        const listed = (
          (previous as { unconfirmedFields?: string[] }).unconfirmedFields ?? []
        ).filter((field) => field !== path);
        if (unconfirmed) listed.push(path);
        return writePath(previous, 'unconfirmedFields', listed.length ? listed : undefined);
      }),
    [setData],
  );

  return useMemo<ReportFields>(() => {
    const confirmable = new Set(allowUnconfirmed ? confirmableFields(kind) : []);
    const unconfirmed = new Set((data as { unconfirmedFields?: string[] }).unconfirmedFields ?? []);
    const text = (error: FieldError | undefined) =>
      error ? fieldErrorText(error, t, locale) : undefined;
    return {
      kind,
      fields,
      data: data as Record<string, unknown>,
      t,
      locale,
      spec: (path) => specAt(fields, path),
      id: (path) => `${prefix}-${path.replace(/\./g, '-')}`,
      value: (path) => readPath(data, path),
      set,
      error(path, deep) {
        if (!deep) return text(errorMap.get(path));
        for (const [at, error] of errorMap) {
          if (at === path || at.startsWith(`${path}.`)) return text(error);
        }
        return undefined;
      },
      label: (path) => t(labelKey(path)),
      hint(path) {
        const key = `shelter.hint.${withoutIndices(path)}`;
        return catalogs.ja[key] === undefined ? undefined : t(key);
      },
      required: (path) => specAt(fields, path)?.required === true,
      confirmable: (path) => confirmable.has(path),
      isUnconfirmed: (path) => unconfirmed.has(path),
      setUnconfirmed,
    };
  }, [
    kind,
    fields,
    data,
    t,
    locale,
    prefix,
    set,
    errorMap,
    allowUnconfirmed,
    setUnconfirmed,
    catalogs,
  ]);
}
