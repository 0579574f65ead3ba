import { createFakeShelterServer } from '../testing/fake-server';
import { exampleReportData } from '../validation/fixtures';
import { createReport } from '../validation/report';
import { memorySendLock } from './lock';
import { Outbox } from './outbox';
import { manualClock, SHELTER, uniqueDatabaseName } from './test-support';
import { canonicalJson, OUTBOX_EXPORT_FORMAT, readExportFile, sameReport } from './transfer';

const outboxes: Outbox[] = [];
afterEach(() => {
  for (const outbox of outboxes.splice(0)) outbox.stop();
});

function device(online: boolean, server = createFakeShelterServer()) {
  const outbox = new Outbox({
    transport: server.transport({ online: () => online }),
    databaseName: uniqueDatabaseName(),
    lock: memorySendLock(),
    channel: null,
    storage: null,
    signals: [],
    clock: manualClock().clock,
  });
  outboxes.push(outbox);
  return outbox;
}

describe('export and import of unsent reports', () => {
  it('carries unsent reports by hand to a device with a network, once each', async () => {
    const server = createFakeShelterServer();
    const shelter = device(false);
    await shelter.start();
    const ids: string[] = [];
    for (const kind of ['opening', 'status', 'supply_request'] as const) {
      const draft = await shelter.createDraft({
        shelterId: SHELTER,
        kind,
        data: exampleReportData[kind],
      });
      await shelter.submit(draft.id);
      ids.push(draft.id);
    }
    await shelter.createDraft({ shelterId: SHELTER, kind: 'damage' });
    await shelter.whenIdle();

    const file = await shelter.exportUnsent();
    expect(file).toMatchObject({
      format: OUTBOX_EXPORT_FORMAT,
      version: 1,
      exportedAt: '2026-12-01T12:00:00+09:00',
    });
    expect(file.reports.map((item) => item.report.id)).toEqual(ids);
    expect((await shelter.exportUnsent({ includeDrafts: true })).reports).toHaveLength(4);

    const office = device(true, server);
    const text = JSON.stringify(file);
    expect(await office.importReports(text)).toEqual({
      imported: ids,
      duplicates: [],
      conflicts: [],
      rejected: [],
    });
    expect(await office.importReports(text)).toMatchObject({ imported: [], duplicates: ids });
    await office.start();
    await office.whenIdle();
    expect(await office.importReports(file)).toMatchObject({ imported: [], duplicates: ids });
    expect(server.order).toEqual(ids);
  });

  it('never imports other content under a known id, and says what it rejected and why', async () => {
    const office = device(true);
    const report = createReport('closing', exampleReportData.closing);
    await office.enqueue(SHELTER, report);
    const changed = { ...report, data: { ...report.data, remarks: '別の内容' } };
    const bad = { ...createReport('closing', exampleReportData.closing), data: {} };
    const file = {
      format: OUTBOX_EXPORT_FORMAT,
      version: 1,
      exportedAt: '2026-12-01T12:00:00+09:00',
      reports: [
        { shelterId: SHELTER, report: changed, status: 'queued' },
        {
          shelterId: 'nowhere',
          report: createReport('closing', exampleReportData.closing),
          status: 'queued',
        },
        { shelterId: SHELTER, report: bad, status: 'queued' },
      ],
    };
    const result = await office.importReports(file);
    expect(result.conflicts).toEqual([report.id]);
    expect(result.imported).toEqual([]);
    expect(
      result.rejected.map(({ index, errors }) => [index, errors.map((error) => error.path)]),
    ).toEqual([
      [1, ['shelterId']],
      [2, ['report.data.closedAt']],
    ]);
    expect((await office.importReports('not json')).rejected[0]?.errors[0]?.code).toBe(
      'invalid_file',
    );
    expect(readExportFile({ format: 'other' }).rejected).toHaveLength(1);
  });
});

describe('canonical JSON', () => {
  it('compares reports whatever the key order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { f: 1, e: 0 }], c: 3 } })).toBe(
      '{"a":{"c":3,"d":[2,{"e":0,"f":1}]},"b":1}',
    );
    expect(sameReport({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true);
    expect(sameReport({ a: 1 }, { a: 1, b: undefined })).toBe(true);
    expect(sameReport({ a: [1, 2] }, { a: [2, 1] })).toBe(false);
  });
});
