import { isReportKind, reportKinds } from './kinds';

describe('reportKinds', () => {
  it('spells the kinds exactly as the HTTP API does', () => {
    expect(reportKinds).toEqual(['opening', 'status', 'supply_request', 'damage', 'closing']);
  });

  it('recognises only those spellings', () => {
    for (const kind of reportKinds) expect(isReportKind(kind)).toBe(true);
    for (const other of ['supplyRequest', 'Opening', '', null, 1, undefined]) {
      expect(isReportKind(other)).toBe(false);
    }
  });
});
