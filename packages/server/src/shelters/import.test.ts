import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { seed } from '../seed/seed.ts';
import { signIn } from '../testing/auth.ts';
import { captureLogger } from '../testing/capture-logger.ts';
import { describeEachDb } from '../testing/databases.ts';
import {
  jsonOf,
  type ShelterFixture,
  shelterFixture,
  shelterRowCounts,
} from '../testing/shelters.ts';
import { createShelterModule } from './module.ts';
import { sampleSheltersCsvPath } from './sample.ts';

const HEADER =
  'NO,共通ID,都道府県名及び市町村名,施設・場所名,住所,指定緊急避難場所との住所同一,その他市町村長が必要と認める事項,受入対象者,緯度,経度,備考';

const idOf = (serial: number) => `E38203${String(10000 + serial).padStart(5, '0')}111`;

/**
 * A GSI 指定避難所 file (UTF-8 with BOM, CRLF) with 100 good shelters — one with a quoted newline
 * — and malformed rows between them. Returns the text and the lines of the malformed rows.
 */
function gsiFile() {
  const lines = [HEADER];
  const bad: Record<string, number> = {};
  let line = 1;
  const push = (text: string) => {
    lines.push(text);
    line += 1 + (text.match(/\n/g)?.length ?? 0);
  };
  for (let serial = 1; serial <= 100; serial += 1) {
    const remarks = serial === 50 ? '"1階は浸水のおそれ\n2階に避難"' : '';
    push(
      `${serial},${idOf(serial)},愛媛県宇和島市,テスト避難所${serial},愛媛県宇和島市テスト町${serial}番地,1,,,33.2${serial},132.5${serial},${remarks}`,
    );
    if (serial === 10) {
      bad.invalid_id = line + 1;
      push('x,E12345,愛媛県宇和島市,IDが短い避難所,住所,,,,33.2,132.5,');
    }
    if (serial === 20) {
      bad.missing_name = line + 1;
      push(`x,${idOf(900)},愛媛県宇和島市,,住所,,,,33.2,132.5,`);
    }
    if (serial === 30) {
      bad.duplicate_id = line + 1;
      push(`x,${idOf(30)},愛媛県宇和島市,重複した避難所,住所,,,,33.2,132.5,`);
    }
    if (serial === 60) {
      bad.column_count = line + 1;
      push(`x,${idOf(901)},愛媛県宇和島市`);
    }
    if (serial === 70) {
      bad.value_too_long = line + 1;
      push(`x,${idOf(902)},愛媛県宇和島市,${'長'.repeat(201)},住所,,,,33.2,132.5,`);
    }
  }
  return { text: `\uFEFF${lines.join('\r\n')}\r\n`, bad };
}

describeEachDb('shelter master data import', (db) => {
  let f: ShelterFixture;
  const upload = (body: string | FormData, contentType?: string, query = '', headers = f.hq) =>
    f.app.request(`/api/v1/hq/shelters/import${query}`, {
      method: 'POST',
      headers: { ...headers, ...(contentType ? { 'Content-Type': contentType } : {}) },
      body,
    });

  it('imports a GSI file of 100 shelters, lists each malformed row with its line number, and imports the rest', async () => {
    f = await shelterFixture(db());
    const { text, bad } = gsiFile();
    const response = await upload(text, 'text/csv');
    expect(response.status).toBe(200);
    const result = await jsonOf(response);
    expect(result).toMatchObject({
      dryRun: false,
      format: 'gsi_shelters',
      encoding: 'utf-8',
      imported: 100,
      created: 100,
      updated: 0,
    });
    expect(result.rowErrors.map((e: { line: number; code: string }) => [e.code, e.line])).toEqual([
      ['invalid_id', bad.invalid_id],
      ['missing_name', bad.missing_name],
      ['duplicate_id', bad.duplicate_id],
      ['column_count', bad.column_count],
      ['value_too_long', bad.value_too_long],
    ]);
    expect(result.rowErrors[0].message).toEqual({ ja: expect.any(String), en: expect.any(String) });
    // Two fixture shelters + 100 imported.
    expect((await shelterRowCounts(db())).shelters).toBe(102);
    const [shelter] = await db().query<Record<string, unknown>>(
      'select name, address, latitude, longitude, kind, shelter_type, remarks, sample from shelters where id = $1',
      [idOf(50)],
    );
    expect(shelter).toEqual({
      name: 'テスト避難所50',
      address: '愛媛県宇和島市テスト町50番地',
      latitude: 33.25,
      longitude: 132.55,
      kind: 'shelter',
      shelter_type: 'general',
      remarks: '1階は浸水のおそれ\n2階に避難',
      sample: false,
    });

    // The same file again updates rather than duplicates, and the board hears of it.
    const again = await jsonOf(await upload(text, 'application/vnd.ms-excel'));
    expect(again).toMatchObject({ imported: 100, created: 0, updated: 100 });
    expect((await shelterRowCounts(db())).shelters).toBe(102);
    const events = await db().query<{ type: string; data: unknown }>(
      'select type, data from hq_events order by id',
    );
    expect(events).toEqual([
      { type: 'shelters_imported', data: { imported: 100, created: 100, updated: 0 } },
      { type: 'shelters_imported', data: { imported: 100, created: 0, updated: 100 } },
    ]);
  });

  it('accepts the file as multipart/form-data, and a dry run writes nothing', async () => {
    f = await shelterFixture(db());
    const { text } = gsiFile();
    const before = await shelterRowCounts(db());
    const dry = await upload(text, 'text/csv', '?dryRun=true');
    expect(await jsonOf(dry)).toMatchObject({
      dryRun: true,
      imported: 100,
      created: 100,
      updated: 0,
    });
    expect(await shelterRowCounts(db())).toEqual(before);

    const form = new FormData();
    form.append('file', new Blob([text], { type: 'text/csv' }), 'shelters.csv');
    const response = await upload(form);
    expect(response.status).toBe(200);
    expect(await jsonOf(response)).toMatchObject({ imported: 100, created: 100 });
  });

  it('refuses what cannot be imported with a 4xx and writes nothing', async () => {
    f = await shelterFixture(db(), { importBodyLimitBytes: 50_000 });
    const before = await shelterRowCounts(db());
    const cases: [string, () => Response | Promise<Response>, number, string][] = [
      ['empty', () => upload('', 'text/csv'), 422, 'validation_failed'],
      ['JSON', () => upload('{}', 'application/json'), 415, 'unsupported_media_type'],
      ['an image', () => upload('GIF89a', 'image/gif'), 415, 'unsupported_media_type'],
      ['not a shelter file', () => upload('a,b,c\n1,2,3\n', 'text/csv'), 422, 'unknown_format'],
      [
        'only malformed rows',
        () => upload(`${HEADER}\nx,E1,市,名,住所,,,,,,\n`, 'text/csv'),
        422,
        'nothing_to_import',
      ],
      [
        'over the import limit',
        () => upload(`${HEADER}\n${'x'.repeat(60_000)}`, 'text/csv'),
        413,
        'payload_too_large',
      ],
      [
        'a shelter account',
        () => upload(gsiFile().text, 'text/csv', '', f.shelterA),
        403,
        'forbidden',
      ],
    ];
    for (const [name, send, status, code] of cases) {
      const response = await send();
      expect([name, response.status, (await jsonOf(response)).code]).toEqual([name, status, code]);
      expect([name, await shelterRowCounts(db())]).toEqual([name, before]);
    }
    const nothing = await upload(`${HEADER}\nx,E1,市,名,住所,,,,,,\n`, 'text/csv');
    expect(await jsonOf(nothing)).toMatchObject({ rowErrors: [{ line: 2, code: 'invalid_id' }] });
  });

  it('the import route alone takes bodies over the app-wide limit', async () => {
    f = await shelterFixture(db());
    const big = `${HEADER}\r\n1,${idOf(1)},愛媛県宇和島市,大きな備考の避難所,住所,,,,33.2,132.5,${'備'.repeat(600_000)}\r\n2,${idOf(2)},愛媛県宇和島市,普通の避難所,住所,,,,33.2,132.5,\r\n`;
    expect(new TextEncoder().encode(big).byteLength).toBeGreaterThan(1024 * 1024);
    const response = await upload(big, 'text/csv');
    expect(response.status).toBe(200);
    expect(await jsonOf(response)).toMatchObject({
      imported: 1,
      rowErrors: [{ line: 2, code: 'value_too_long' }],
    });
    const report = await f.app.request('/api/v1/shelters/E3820390001111/reports', {
      method: 'POST',
      headers: { ...f.shelterA, 'Content-Type': 'application/json' },
      body: JSON.stringify({ padding: 'x'.repeat(1024 * 1024) }),
    });
    expect(report.status).toBe(413);
  });

  it('sample data: the 20 shelters of the shelter-forms fixture (the sample shelter account’s among them) and a few sample reports', async () => {
    const fixture = new URL(
      '../../../shelter-forms/src/core/fixtures/sample-shelters.csv',
      import.meta.url,
    );
    expect(readFileSync(sampleSheltersCsvPath())).toEqual(readFileSync(fixture));

    expect(await seed(db(), { sample: true })).toMatchObject({ seeded: true });
    const shelters = await db().query<{ id: string; sample: boolean }>(
      'select id, sample from shelters',
    );
    expect(shelters).toHaveLength(20);
    expect(shelters.every((shelter) => shelter.sample)).toBe(true);
    expect(shelters.map((shelter) => shelter.id)).toContain('E3820390001111');
    const reports = await db().query<{ sample: boolean; entered_by: string }>(
      'select sample, entered_by from shelter_reports',
    );
    expect(reports.length).toBeGreaterThanOrEqual(10);
    expect(reports.every((report) => report.sample && report.entered_by === 'sample')).toBe(true);

    const app = createApp({
      db: db(),
      logger: captureLogger().logger,
      modules: [createShelterModule()],
    });
    const hq = await signIn(app, 'sample-hq', 'sample-hq-passphrase');
    const overview = await jsonOf(await app.request('/api/v1/hq/overview', { headers: hq }));
    expect(overview).toMatchObject({
      shelters: { total: 20, open: 4, byOpeningStatus: { closed: 1, not_reported: 15 } },
      supplyRequests: { open: 2, byStatus: { requested: 1, procuring: 1 } },
    });
    expect(
      overview.staleShelters.map((s: { nationalShelterId: string }) => s.nationalShelterId),
    ).toEqual(['E3820390005111']);
    expect(overview.evacuees.unconfirmedShelters).toBe(1);
    const shelter = await signIn(app, 'sample-shelter', 'sample-shelter-passphrase');
    const own = await jsonOf(await app.request('/api/v1/shelters', { headers: shelter }));
    expect(own.shelters).toEqual([
      expect.objectContaining({
        nationalShelterId: 'E3820390001111',
        name: '北浦小学校（サンプル）',
        sample: true,
      }),
    ]);
  });
});
