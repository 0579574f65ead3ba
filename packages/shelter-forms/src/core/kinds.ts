/**
 * The five reports a shelter sends to the disaster response HQ (開設・状況・物資要請・被害・閉鎖),
 * spelled as on the wire (`POST /api/v1/shelters/{id}/reports` → `kind`).
 */
export const reportKinds = ['opening', 'status', 'supply_request', 'damage', 'closing'] as const;

/** One of {@link reportKinds}. */
export type ReportKind = (typeof reportKinds)[number];

/** Whether a value is a known ReportKind. */
export function isReportKind(value: unknown): value is ReportKind {
  return typeof value === 'string' && (reportKinds as readonly string[]).includes(value);
}
