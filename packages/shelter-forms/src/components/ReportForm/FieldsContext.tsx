import { type ComponentType, createContext, useContext } from 'react';
import type { ReportFields } from '../../hooks/useReportFields';

/** A form's own renderer for one field (the supply lines with their quick-add buttons, the photos). */
export type FieldRenderer = ComponentType<{ path: string }>;

/** What the fields of one report form share: the driver, custom renderers and the clock. */
export interface FieldsContextValue {
  fields: ReportFields;
  renderers: Readonly<Record<string, FieldRenderer>>;
  /** "Now" for the date-time fields' 今の時刻 button. */
  now: () => Date;
  /** The id of the report being written, once its draft exists. */
  reportId: string | undefined;
}

/** Set by the report form around its fields. */
export const FieldsContext = /* @__PURE__ */ createContext<FieldsContextValue | null>(null);

/** The surrounding report form's fields; only used inside one. */
export function useFieldsContext(): FieldsContextValue {
  const context = useContext(FieldsContext);
  if (!context) throw new Error('Report fields must be rendered inside a report form');
  return context;
}
