import { exampleReportData, uuidv7 } from '@machi-dx/shelter-forms/core';
import { formatTokyoIso } from '@machi-dx/ui/core';
import { expect, it } from 'vitest';
import { SqlState, sqlErrorInfo } from '../db/sql-errors.ts';
import { describeEachDb } from '../testing/databases.ts';
import {
  jsonOf,
  postReport,
  reportBody,
  SHELTER_A,
  SHELTER_B,
  type ShelterFixture,
  shelterFixture,
  shelterRowCounts,
} from '../testing/shelters.ts';
import { exportColumns } from './export.ts';

const minutesAgo = (minutes: number) => formatTokyoIso(new Date(Date.now() - minutes * 60_000));

describeEachDb('HQ board', (db) => {
  let f: ShelterFixture;
  const get = async (path: string, headers: Record<string, string> = f.hq) => {
    const response = await f.app.request(path, { headers });
    expect(response.status).toBe(200);
    return jsonOf(response);
  };
  const patch = (id: string, body: unknown, headers: Record<string, string> = f.hq) =>
    f.app.request(`/api/v1/supply-requests/${id}`, {
      method: 'PATCH',
      headers: { ...headers, 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });

  /** A open with a status report 10 minutes ago; B opened 5 hours ago and silent since. */
  async function scenario() {
    f = await shelterFixture(db());
    const send = async (shelter: string, headers: Record<string, string>, body: unknown) =>
      expect((await postReport(f.app, shelter, body, headers)).status).toBe(201);
    await send(SHELTER_A, f.shelterA, reportBody('opening', { createdAt: minutesAgo(120) }));
    await send(
      SHELTER_A,
      f.shelterA,
      reportBody('status', {
        createdAt: minutesAgo(10),
        data: { ...exampleReportData.status, careNeeds: { infants: 5, disabled: 2 } },
      }),
    );
    const supply = reportBody('supply_request', { createdAt: minutesAgo(9) });
    await send(SHELTER_A, f.shelterA, supply);
    await send(
      SHELTER_B,
      f.shelterB,
      reportBody('opening', {
        createdAt: minutesAgo(300),
        data: {
          ...exampleReportData.opening,
          evacueeTotal: 7,
          unconfirmedFields: ['evacueeTotal'],
        },
      }),
    );
    return { supplyId: supply.id as string };
  }

  it('GET /shelters: HQ sees every shelter with its latest status; a shelter sees only its own', async () => {
    await scenario();
    const all = await get('/api/v1/shelters');
    expect(all.staleAfterMinutes).toBe(180);
    expect(all.shelters.map((s: { nationalShelterId: string }) => s.nationalShelterId)).toEqual([
      SHELTER_A,
      SHELTER_B,
    ]);
    expect(all.shelters[0]).toMatchObject({
      nationalShelterId: SHELTER_A,
      designation: 'shelter',
      shelterType: 'general',
      localGovernmentCode: '382035',
      status: {
        openingStatus: 'open',
        evacueeTotal: 120,
        evacueeTotalUnconfirmed: false,
        careNeeds: { infants: 5, disabled: 2 },
        careNeedsTotal: 7,
        occupancyStatus: 'available',
        lifelines: { water: 'unavailable' },
        openSupplyRequests: 1,
        reportCount: 3,
        minutesSinceLastReport: 9,
        stale: false,
      },
    });
    expect(all.shelters[1].status).toMatchObject({
      openingStatus: 'open',
      evacueeTotal: 7,
      evacueeTotalUnconfirmed: true,
      stale: true,
      minutesSinceLastReport: 300,
    });
    const own = await get('/api/v1/shelters', f.shelterB);
    expect(own.shelters.map((s: { nationalShelterId: string }) => s.nationalShelterId)).toEqual([
      SHELTER_B,
    ]);
    expect((await f.app.request('/api/v1/shelters', { headers: f.staff })).status).toBe(403);
  });

  it('GET /hq/overview: totals, open supply requests and stale shelters with a configurable threshold', async () => {
    await scenario();
    const overview = await get('/api/v1/hq/overview');
    expect(overview).toMatchObject({
      staleAfterMinutes: 180,
      shelters: { total: 2, open: 2, byOpeningStatus: { open: 2, closed: 0, not_reported: 0 } },
      evacuees: { total: 127, unconfirmedShelters: 1 },
      careNeeds: { total: 7, byCategory: { infants: 5, disabled: 2, elderlyNeedingCare: 0 } },
      supplyRequests: { open: 1, byStatus: { requested: 1, procuring: 0, in_transit: 0 } },
      staleShelters: [{ nationalShelterId: SHELTER_B, minutesSinceLastReport: 300 }],
    });
    const strict = await get('/api/v1/hq/overview?staleAfterMinutes=5');
    expect(
      strict.staleShelters.map((s: { nationalShelterId: string }) => s.nationalShelterId),
    ).toEqual([SHELTER_B, SHELTER_A]);
    const lenient = await get('/api/v1/hq/overview?staleAfterMinutes=600');
    expect(lenient.staleShelters).toEqual([]);
    expect(
      (await f.app.request('/api/v1/hq/overview?staleAfterMinutes=0', { headers: f.hq })).status,
    ).toBe(422);

    // Closing empties the shelter: no evacuees, no care needs, not stale.
    expect(
      (
        await postReport(
          f.app,
          SHELTER_B,
          reportBody('closing', { createdAt: minutesAgo(1) }),
          f.shelterB,
        )
      ).status,
    ).toBe(201);
    const after = await get('/api/v1/hq/overview');
    expect(after).toMatchObject({
      shelters: { open: 1, byOpeningStatus: { open: 1, closed: 1 } },
      evacuees: { total: 120, unconfirmedShelters: 0 },
      staleShelters: [],
    });
  });

  it('PATCH /supply-requests/{id}: forward only (steps may be skipped), the same status is a no-op, backwards is 409', async () => {
    const { supplyId } = await scenario();
    const moved = await patch(supplyId, { status: 'procuring' });
    expect(moved.status).toBe(200);
    expect(await jsonOf(moved)).toMatchObject({
      supplyRequest: {
        id: supplyId,
        shelterId: SHELTER_A,
        status: 'procuring',
        items: exampleReportData.supply_request.items,
      },
    });
    const events = (await shelterRowCounts(db())).events;
    const same = await patch(supplyId, { status: 'procuring' });
    expect(same.status).toBe(200);
    expect((await shelterRowCounts(db())).events).toBe(events);

    const back = await patch(supplyId, { status: 'requested' });
    expect(back.status).toBe(409);
    expect(await jsonOf(back)).toMatchObject({
      code: 'invalid_status_transition',
      status: 'procuring',
      allowed: ['in_transit', 'arrived'],
    });
    expect((await patch(supplyId, { status: 'arrived' })).status).toBe(200);
    expect((await patch(supplyId, { status: 'in_transit' })).status).toBe(409);

    const invalid = await patch(supplyId, { status: 'lost' });
    expect(invalid.status).toBe(422);
    expect((await patch(supplyId, { status: 'arrived', note: 1 })).status).toBe(422);
    expect((await patch('not-a-uuid', { status: 'arrived' })).status).toBe(422);
    expect((await patch(uuidv7(), { status: 'arrived' })).status).toBe(404);
    expect((await patch(supplyId, { status: 'arrived' }, f.shelterA)).status).toBe(403);

    const [row] = await db().query<{ status: string }>(
      'select status from supply_requests where id = $1',
      [supplyId],
    );
    expect(row?.status).toBe('arrived');
    const overview = await get('/api/v1/hq/overview');
    expect(overview.supplyRequests.open).toBe(0);
    const reports = await get(
      `/api/v1/shelters/${SHELTER_A}/reports?kind=supply_request`,
      f.shelterA,
    );
    expect(reports.reports[0].supplyRequest).toMatchObject({ status: 'arrived' });
  });

  it('the database itself refuses to move a supply request backwards', async () => {
    const { supplyId } = await scenario();
    await db().query(`update supply_requests set status = 'in_transit' where id = $1`, [supplyId]);
    for (const status of ['requested', 'procuring', 'in_transit']) {
      const error = await db()
        .query(`update supply_requests set status = $2 where id = $1 and status <> $2`, [
          supplyId,
          status,
        ])
        .then(
          (rows) => rows,
          (caught: unknown) => caught,
        );
      if (status === 'in_transit') continue; // same status: nothing to refuse
      expect(sqlErrorInfo(error)).toEqual({
        code: SqlState.checkViolation,
        constraint: 'supply_requests_forward_only',
      });
    }
    await db().query(`update supply_requests set status = 'arrived' where id = $1`, [supplyId]);
  });

  it('GET /supply-requests: the open queue, most urgent first, with the shelter name', async () => {
    const { supplyId } = await scenario();
    const urgent = reportBody('supply_request', {
      data: { ...exampleReportData.supply_request, neededBy: '2026-12-01T12:30:00+09:00' },
    });
    expect((await postReport(f.app, SHELTER_B, urgent, f.shelterB)).status).toBe(201);
    const queue = await get('/api/v1/supply-requests');
    expect(queue.supplyRequests.map((r: { id: string }) => r.id)).toEqual([urgent.id, supplyId]);
    expect(queue.supplyRequests[0]).toMatchObject({
      shelterId: SHELTER_B,
      shelterName: expect.any(String),
      status: 'requested',
    });
    await patch(supplyId, { status: 'arrived' });
    expect((await get('/api/v1/supply-requests')).supplyRequests).toHaveLength(1);
    expect((await get('/api/v1/supply-requests?status=all')).supplyRequests).toHaveLength(2);
    expect(
      (await get('/api/v1/supply-requests?status=arrived')).supplyRequests.map(
        (r: { id: string }) => r.id,
      ),
    ).toEqual([supplyId]);
  });

  it('GET /hq/export.csv: BOM, CRLF, EEI column names (or Japanese labels), one row per shelter, formulas defused', async () => {
    await scenario();
    await postReport(
      f.app,
      SHELTER_A,
      reportBody('status', {
        createdAt: minutesAgo(2),
        data: { ...exampleReportData.status, remarks: '=HYPERLINK("http://evil.example","x")' },
      }),
      f.shelterA,
    );
    const response = await f.app.request('/api/v1/hq/export.csv', { headers: f.hq });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(
      /^attachment; filename="shelters-\d{8}-\d{4}\.csv"$/,
    );
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes); // the decoder consumes the BOM
    const lines = text.split('\r\n');
    expect(lines.at(-1)).toBe('');
    const header = lines[0]?.split(',') ?? [];
    expect(header.slice(0, 6)).toEqual([
      'nationalShelterId',
      'localGovernmentCode',
      'name',
      'nameKana',
      'designation',
      'shelterType',
    ]);
    expect(header).toEqual(
      expect.arrayContaining([
        'maxCapacity',
        'latitude',
        'longitude',
        'openingStatus',
        'openedAt',
        'closedAt',
        'reportSequence',
        'asOf',
        'evacueeTotal',
        'evacueeMale',
        'evacueeFemale',
        'evacueeHouseholds',
        'selfEvacuatedPersons',
        'selfEvacuatedHouseholds',
        'populationDay',
        'populationNight',
        'evacueesOutsideShelterAtHome',
        'evacueesOutsideShelterInCars',
        'occupancyStatus',
        'careNeeds.elderlyNeedingCare',
        'careNeeds.infants',
        'staffSupportNeeded',
        'drinkingWater.status',
        'drinkingWater.litres',
        'toiletCountUsable',
        'toiletCountTotal',
        'lifelines.power',
        'lifelines.water',
        'lifelines.gas',
        'lifelines.telecom',
        'suppliesNeeded',
        'infectionControlShortage',
        'livingConditions.space',
        'petCount',
        'remarks',
        'unconfirmedFields',
        'lastReportAt',
      ]),
    );
    expect(header).toHaveLength(exportColumns.length);
    expect(lines).toHaveLength(4);
    const row = Object.fromEntries(
      header.map((name, index) => [name, parseCsvLine(lines[1] ?? '')[index]]),
    );
    expect(row).toMatchObject({
      nationalShelterId: SHELTER_A,
      openingStatus: 'open',
      evacueeTotal: '120',
      'lifelines.water': 'unavailable',
      staffSupportNeeded: 'public_health_nurse;interpreter',
      suppliesNeeded: 'blankets×50 sheet',
      remarks: `'=HYPERLINK("http://evil.example","x")`,
      openedAt: '2026-12-01T09:30:00+09:00',
    });
    const ja = await f.app.request('/api/v1/hq/export.csv?header=ja', { headers: f.hq });
    expect((await ja.text()).split('\r\n')[0]).toMatch(
      /^\uFEFF?全国共通避難所・避難場所ID,地方公共団体コード,施設名,/,
    );
  });

  it('GET /hq/export.json: the same names, groups nested, location as GeoJSON', async () => {
    await scenario();
    const body = await get('/api/v1/hq/export.json');
    expect(body.columns).toHaveLength(exportColumns.length);
    expect(body.columns[0]).toEqual({
      name: 'nationalShelterId',
      ja: '全国共通避難所・避難場所ID',
    });
    expect(body.shelters).toHaveLength(2);
    expect(body.shelters[0]).toMatchObject({
      nationalShelterId: SHELTER_A,
      openingStatus: 'open',
      evacueeTotal: 120,
      careNeeds: { infants: 5, disabled: 2 },
      lifelines: { water: 'unavailable', power: 'available' },
      suppliesNeeded: [{ item: 'blankets', quantity: 50, unit: 'sheet' }],
      openSupplyRequests: 1,
    });
    expect(body.shelters[0]).not.toHaveProperty(['careNeeds.infants']);
  });
});

/** Splits one CSV line (quotes doubled inside quoted cells). */
function parseCsvLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index += 1) {
    const char = line[index];
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        cell += '"';
        index += 1;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}
