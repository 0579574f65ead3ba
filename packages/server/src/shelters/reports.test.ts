import { uuidv7 } from '@machi-dx/shelter-forms/core';
import { formatTokyoIso } from '@machi-dx/ui/core';
import { expect, it } from 'vitest';
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

const RECEIPT = {
  receipt: {
    id: expect.stringMatching(/^[0-9a-f-]{36}$/),
    receivedAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d{3})?\+09:00$/),
  },
};

describeEachDb('shelter reports', (db) => {
  let f: ShelterFixture;
  const setup = async () => {
    f = await shelterFixture(db());
    return f;
  };

  it('201 with a receipt the first time, 200 with the same receipt for the identical body, 409 id_conflict for other content', async () => {
    await setup();
    const body = reportBody('status');
    const first = await postReport(f.app, SHELTER_A, body, f.shelterA);
    expect(first.status).toBe(201);
    const receipt = await jsonOf(first);
    expect(receipt).toEqual(RECEIPT);
    expect(receipt.receipt.id).toBe(body.id);

    // Keys in another order and other whitespace: still the same body.
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    const again = await postReport(
      f.app,
      SHELTER_A,
      JSON.stringify(reordered, null, 2),
      f.shelterA,
    );
    expect(again.status).toBe(200);
    expect(await jsonOf(again)).toEqual(receipt);

    const before = await shelterRowCounts(db());
    const changed = { ...body, data: { ...(body.data as object), evacueeTotal: 121 } };
    const conflict = await postReport(f.app, SHELTER_A, changed, f.shelterA);
    expect(conflict.status).toBe(409);
    expect(await jsonOf(conflict)).toMatchObject({
      code: 'id_conflict',
      message: { ja: expect.any(String), en: expect.any(String) },
    });
    expect(await shelterRowCounts(db())).toEqual(before);
    expect(before.reports).toBe(1);
  });

  it('stores concurrent deliveries of one report once: one 201, the rest 200 with the same receipt', async () => {
    await setup();
    const body = reportBody('supply_request');
    const responses = await Promise.all(
      Array.from({ length: 8 }, () => postReport(f.app, SHELTER_A, body, f.shelterA)),
    );
    const statuses = responses.map((response) => response.status).sort();
    expect(statuses).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    const receipts = new Set(
      await Promise.all(responses.map(async (r) => JSON.stringify(await jsonOf(r)))),
    );
    expect(receipts.size).toBe(1);
    expect(await shelterRowCounts(db())).toMatchObject({
      reports: 1,
      supply_requests: 1,
      events: 1,
    });
  });

  it('401 without a session; 403 for staff, for another shelter (write and read) and across the CSRF check', async () => {
    await setup();
    const body = reportBody('opening');
    const before = await shelterRowCounts(db());
    expect((await postReport(f.app, SHELTER_A, body)).status).toBe(401);
    expect((await postReport(f.app, SHELTER_A, body, f.staff)).status).toBe(403);
    const other = await postReport(f.app, SHELTER_A, body, f.shelterB);
    expect(other.status).toBe(403);
    expect(await jsonOf(other)).toMatchObject({ code: 'forbidden' });
    // The session cookie without a same-origin Origin: refused before any handler.
    const csrf = await postReport(f.app, SHELTER_A, body, { Cookie: f.shelterA.Cookie });
    expect(csrf.status).toBe(403);
    expect(await jsonOf(csrf)).toMatchObject({ code: 'csrf_rejected' });
    expect(await shelterRowCounts(db())).toEqual(before);

    expect((await postReport(f.app, SHELTER_A, body, f.shelterA)).status).toBe(201);
    const read = (headers: Record<string, string>, id = SHELTER_A) =>
      f.app.request(`/api/v1/shelters/${id}/reports`, { headers });
    expect((await read({})).status).toBe(401);
    expect((await read(f.staff)).status).toBe(403);
    expect((await read(f.shelterB)).status).toBe(403);
    expect((await read(f.shelterA)).status).toBe(200);
    expect((await read(f.hq)).status).toBe(200);
  });

  it('HQ-only routes answer 403 to shelter accounts and 401 without a session', async () => {
    await setup();
    const routes: [string, string, unknown?][] = [
      ['GET', '/api/v1/hq/overview'],
      ['GET', '/api/v1/hq/export.csv'],
      ['GET', '/api/v1/hq/export.json'],
      ['GET', '/api/v1/hq/events'],
      ['GET', '/api/v1/supply-requests'],
      ['PATCH', `/api/v1/supply-requests/${uuidv7()}`, { status: 'procuring' }],
      ['POST', '/api/v1/hq/shelters/import', 'NO,共通ID\n'],
    ];
    for (const [method, path, body] of routes) {
      const init = (headers: Record<string, string>) => ({
        method,
        headers: {
          ...headers,
          ...(body === undefined
            ? {}
            : { 'Content-Type': typeof body === 'string' ? 'text/csv' : 'application/json' }),
        },
        ...(body === undefined
          ? {}
          : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
      });
      expect([path, (await f.app.request(path, init(f.shelterA))).status]).toEqual([path, 403]);
      expect([path, (await f.app.request(path, init(f.staff))).status]).toEqual([path, 403]);
      expect([path, (await f.app.request(path, init({}))).status]).toEqual([path, 401]);
    }
  });

  it('HQ may enter a report for any shelter (e.g. phoned in); it is recorded as entered by HQ', async () => {
    await setup();
    const body = reportBody('status');
    expect((await postReport(f.app, SHELTER_B, body, f.hq)).status).toBe(201);
    const list = await f.app.request(`/api/v1/shelters/${SHELTER_B}/reports`, {
      headers: f.shelterB,
    });
    expect(await jsonOf(list)).toMatchObject({
      reports: [{ id: body.id, kind: 'status', enteredBy: 'hq', sample: false, formVersion: 1 }],
    });
  });

  it('every kind of bad input is a 4xx that writes nothing', async () => {
    await setup();
    const stored = reportBody('status');
    expect((await postReport(f.app, SHELTER_B, stored, f.shelterB)).status).toBe(201);
    const ok = () => reportBody('status');
    const cases: [string, () => Promise<Response>, number, string, string?][] = [
      [
        'malformed JSON',
        () => postReport(f.app, SHELTER_A, '{"id": ', f.shelterA),
        400,
        'invalid_json',
      ],
      [
        'not JSON',
        () =>
          Promise.resolve(
            f.app.request(`/api/v1/shelters/${SHELTER_A}/reports`, {
              method: 'POST',
              headers: { ...f.shelterA, 'Content-Type': 'text/plain' },
              body: 'hello',
            }),
          ),
        415,
        'unsupported_media_type',
      ],
      [
        'an array',
        () => postReport(f.app, SHELTER_A, [ok()], f.shelterA),
        422,
        'validation_failed',
      ],
      [
        'no id',
        () => postReport(f.app, SHELTER_A, { ...ok(), id: undefined }, f.shelterA),
        422,
        'validation_failed',
        'id',
      ],
      [
        'upper-case id',
        () => postReport(f.app, SHELTER_A, { ...ok(), id: uuidv7().toUpperCase() }, f.shelterA),
        422,
        'validation_failed',
        'id',
      ],
      [
        'unknown kind',
        () => postReport(f.app, SHELTER_A, { ...ok(), kind: 'weather' }, f.shelterA),
        422,
        'validation_failed',
        'kind',
      ],
      [
        'newer form version',
        () => postReport(f.app, SHELTER_A, { ...ok(), formVersion: 99 }, f.shelterA),
        422,
        'validation_failed',
        'formVersion',
      ],
      [
        'no createdAt offset',
        () =>
          postReport(f.app, SHELTER_A, { ...ok(), createdAt: '2026-12-01T10:00:00' }, f.shelterA),
        422,
        'validation_failed',
        'createdAt',
      ],
      [
        'negative count',
        () =>
          postReport(
            f.app,
            SHELTER_A,
            { ...ok(), data: { ...(ok().data as object), evacueeTotal: -1 } },
            f.shelterA,
          ),
        422,
        'validation_failed',
        'data.evacueeTotal',
      ],
      [
        'men + women > total',
        () =>
          postReport(
            f.app,
            SHELTER_A,
            { ...ok(), data: { ...(ok().data as object), evacueeMale: 100, evacueeFemale: 100 } },
            f.shelterA,
          ),
        422,
        'validation_failed',
        'data.evacueeFemale',
      ],
      [
        'unknown field',
        () => postReport(f.app, SHELTER_A, { ...ok(), extra: 1 }, f.shelterA),
        422,
        'validation_failed',
        'extra',
      ],
      [
        'supersedes itself',
        () => {
          const body = ok();
          return postReport(f.app, SHELTER_A, { ...body, supersedes: body.id }, f.shelterA);
        },
        422,
        'validation_failed',
        'supersedes',
      ],
      [
        'corrects another shelter’s report',
        () => postReport(f.app, SHELTER_A, { ...ok(), supersedes: stored.id }, f.shelterA),
        422,
        'validation_failed',
        'supersedes',
      ],
      [
        'corrects a report of another kind',
        () =>
          postReport(
            f.app,
            SHELTER_B,
            { ...reportBody('opening'), supersedes: stored.id },
            f.shelterB,
          ),
        422,
        'validation_failed',
        'supersedes',
      ],
      [
        'malformed shelter id (HQ)',
        () => postReport(f.app, 'E123', ok(), f.hq),
        422,
        'validation_failed',
        'nationalShelterId',
      ],
      [
        'unknown shelter (HQ)',
        () => postReport(f.app, 'E3820399999111', ok(), f.hq),
        404,
        'shelter_not_found',
      ],
      [
        'same id, other shelter (HQ)',
        () => postReport(f.app, SHELTER_A, stored, f.hq),
        409,
        'id_conflict',
      ],
      [
        'too large',
        () =>
          postReport(
            f.app,
            SHELTER_A,
            { ...ok(), data: { ...(ok().data as object), remarks: 'x'.repeat(1_100_000) } },
            f.shelterA,
          ),
        413,
        'payload_too_large',
      ],
    ];
    const before = await shelterRowCounts(db());
    for (const [name, send, status, code, path] of cases) {
      const response = await send();
      const body = (await jsonOf(response)) as { code: string; errors?: { path: string }[] };
      expect([name, response.status, body.code]).toEqual([name, status, code]);
      if (path)
        expect([name, body.errors?.map((error) => error.path)]).toEqual([
          name,
          expect.arrayContaining([path]),
        ]);
      expect([name, await shelterRowCounts(db())]).toEqual([name, before]);
    }
  });

  it('a correction supersedes its report: the list shows both, linked, and a corrected supply request leaves the open queue', async () => {
    await setup();
    const original = reportBody('supply_request');
    const correction = reportBody('supply_request', { supersedes: original.id });
    expect((await postReport(f.app, SHELTER_A, original, f.shelterA)).status).toBe(201);
    expect((await postReport(f.app, SHELTER_A, correction, f.shelterA)).status).toBe(201);
    const list = await jsonOf(
      await f.app.request(`/api/v1/shelters/${SHELTER_A}/reports?kind=supply_request`, {
        headers: f.shelterA,
      }),
    );
    expect(list.reports).toHaveLength(2);
    const byId = Object.fromEntries(
      list.reports.map((report: { id: string }) => [report.id, report]),
    );
    expect(byId[original.id as string]).toMatchObject({
      supersededBy: correction.id,
      supplyRequest: { status: 'requested' },
    });
    expect(byId[correction.id as string]).toMatchObject({ supersedes: original.id });
    const queue = await jsonOf(await f.app.request('/api/v1/supply-requests', { headers: f.hq }));
    expect(queue.supplyRequests.map((request: { id: string }) => request.id)).toEqual([
      correction.id,
    ]);
  });

  it('a correction that arrives before its original (carried by hand) is kept, and the original arrives already superseded', async () => {
    await setup();
    const original = reportBody('supply_request');
    const correction = reportBody('supply_request', { supersedes: original.id });
    expect((await postReport(f.app, SHELTER_A, correction, f.shelterA)).status).toBe(201);
    expect((await postReport(f.app, SHELTER_A, original, f.shelterA)).status).toBe(201);
    const [row] = await db().query<{ superseded_by: string }>(
      'select superseded_by from supply_requests where id = $1',
      [original.id],
    );
    expect(row?.superseded_by).toBe(correction.id);
  });

  it('accepts a report identical to one stored under the old rules even if it would be refused now (the repeat is checked first)', async () => {
    await setup();
    const body = reportBody('status');
    expect((await postReport(f.app, SHELTER_A, body, f.shelterA)).status).toBe(201);
    // Simulate a stricter server: the stored hash matches, so validation is not consulted again.
    await db().query(`update shelter_reports set data = '{}'::jsonb where id = $1`, [body.id]);
    expect((await postReport(f.app, SHELTER_A, body, f.shelterA)).status).toBe(200);
  });

  it('GET /shelters/{id}/reports: newest first, filtered by kind, 404 for an unknown shelter', async () => {
    await setup();
    // In the past: a createdAt later than receipt counts as the receipt time (a clock running ahead).
    const hoursAgo = (hours: number) => formatTokyoIso(new Date(Date.now() - hours * 3_600_000));
    const early = reportBody('opening', { createdAt: hoursAgo(3) });
    const late = reportBody('status', { createdAt: hoursAgo(1) });
    await postReport(f.app, SHELTER_A, late, f.shelterA);
    await postReport(f.app, SHELTER_A, early, f.shelterA);
    const all = await jsonOf(
      await f.app.request(`/api/v1/shelters/${SHELTER_A}/reports`, { headers: f.hq }),
    );
    expect(all.reports.map((report: { id: string }) => report.id)).toEqual([late.id, early.id]);
    expect(all.reports[1]).toMatchObject({ createdAt: early.createdAt, data: early.data });
    const openings = await jsonOf(
      await f.app.request(`/api/v1/shelters/${SHELTER_A}/reports?kind=opening`, { headers: f.hq }),
    );
    expect(openings.reports).toHaveLength(1);
    const missing = await f.app.request('/api/v1/shelters/E3820399999111/reports', {
      headers: f.hq,
    });
    expect(missing.status).toBe(404);
  });
});
