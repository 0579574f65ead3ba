import type { ReportDefinition } from './definition';
import { count, datetime, type FieldSpec, text } from './fields';

/** `data` of a closing report (閉鎖報告). */
export interface ClosingReportData {
  /** 閉鎖日時. */
  closedAt: string;
  /** Evacuees still present at closing. */
  remainingEvacuees?: number;
  /** Where they went (another shelter, home …); required when some remained. */
  evacueesMovedTo?: string;
  remarks?: string;
}

const fields = {
  closedAt: datetime(true),
  remainingEvacuees: count(),
  evacueesMovedTo: text(500),
  remarks: text(2000),
} as const satisfies { [K in keyof Required<ClosingReportData>]: FieldSpec };

/** Validation of closing reports. */
export const closingDefinition: ReportDefinition = {
  fields,
  rules(context) {
    if ((context.number('remainingEvacuees') ?? 0) > 0 && !context.has('evacueesMovedTo')) {
      context.report('evacueesMovedTo', 'required');
    }
  },
};
