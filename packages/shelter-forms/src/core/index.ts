// The framework-free entry: no React, no DOM. Servers and other back ends import only this.

/** The five reports a shelter sends to the disaster response HQ (開設・状況・物資要請・被害・閉鎖). */
export const reportKinds = ['opening', 'status', 'supplyRequest', 'damage', 'closing'] as const;

/** One of {@link reportKinds}. */
export type ReportKind = (typeof reportKinds)[number];

/** Whether a value is a known ReportKind. */
export function isReportKind(value: unknown): value is ReportKind {
  return typeof value === 'string' && (reportKinds as readonly string[]).includes(value);
}
