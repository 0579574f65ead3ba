import { createHash } from 'node:crypto';
import { exampleReportData, uuidv7 } from '@machi-dx/shelter-forms/core';
import { expect, it } from 'vitest';
import type { Db } from '../db/types.ts';
import { describeEachDb } from '../testing/databases.ts';
import {
  jsonOf,
  postReport,
  reportBody,
  SHELTER_A,
  SHELTER_B,
  type ShelterFixture,
  shelterFixture,
} from '../testing/shelters.ts';
import type { ShelterModuleOptions } from './runtime.ts';

const JPEG_START = [0xff, 0xd8, 0xff, 0xe0];
const PNG_START = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** Bytes that begin like a file of the type, with some content to tell photos apart. */
function photoBytes(seed: number, start = JPEG_START, length = 2048): Uint8Array {
  const bytes = new Uint8Array(length);
  bytes.set(start);
  for (let index = start.length; index < length; index += 1) bytes[index] = (index * seed) % 251;
  return bytes;
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

function reference(bytes: Uint8Array, contentType = 'image/jpeg') {
  return {
    sha256: sha256(bytes),
    contentType,
    width: 1600,
    height: 1200,
    byteLength: bytes.length,
  };
}

/** A damage report listing these photos. */
function damageReport(photos: ReturnType<typeof reference>[]) {
  return reportBody('damage', { data: { ...exampleReportData.damage, photos } });
}

async function photoCounts(db: Db) {
  const [row] = await db.query<{ photos: number; events: number }>(
    `select (select count(*) from shelter_report_photos) as photos,
            (select count(*) from hq_events where type = 'photo_received') as events`,
  );
  return { photos: Number(row?.photos), events: Number(row?.events) };
}

describeEachDb('shelter report photos', (db) => {
  let f: ShelterFixture;
  const setup = async (options: ShelterModuleOptions = {}) => {
    f = await shelterFixture(db(), options);
    return f;
  };
  const url = (shelterId: string, reportId: string, hash: string) =>
    `/api/v1/shelters/${shelterId}/reports/${reportId}/photos/${hash}`;
  const put = (
    path: string,
    bytes: Uint8Array | string,
    headers: Record<string, string>,
    type: string | null = 'image/jpeg',
  ) =>
    Promise.resolve(
      f.app.request(path, {
        method: 'PUT',
        headers: { ...(type ? { 'Content-Type': type } : {}), ...headers },
        body: bytes as RequestInit['body'],
      }),
    );
  const listReports = async (headers: Record<string, string>) =>
    (await jsonOf(await f.app.request(`/api/v1/shelters/${SHELTER_A}/reports`, { headers })))
      .reports;

  it('201 the first time, 200 with the same answer again; the report list and overview say which arrived; HQ can view it', async () => {
    await setup();
    const first = photoBytes(3);
    const second = photoBytes(5);
    const report = damageReport([reference(first), reference(second)]);
    const reportId = report.id as string;
    expect((await postReport(f.app, SHELTER_A, report, f.shelterA)).status).toBe(201);

    const path = url(SHELTER_A, reportId, sha256(first));
    const created = await put(path, first, f.shelterA);
    expect(created.status).toBe(201);
    const answer = await jsonOf(created);
    expect(answer).toEqual({
      photo: {
        reportId,
        sha256: sha256(first),
        contentType: 'image/jpeg',
        byteLength: first.length,
        receivedAt: expect.stringMatching(/\+09:00$/),
      },
    });
    const again = await put(path, first, f.shelterA);
    expect(again.status).toBe(200);
    expect(await jsonOf(again)).toEqual(answer);
    expect(await photoCounts(db())).toEqual({ photos: 1, events: 1 });

    // The shelter and HQ see which photos arrived, and where to view them.
    for (const headers of [f.shelterA, f.hq]) {
      const [listed] = await listReports(headers);
      expect(listed.photos).toEqual([
        expect.objectContaining({ sha256: sha256(first), received: true, url: path }),
        { ...reference(second), received: false },
      ]);
    }
    const overview = await jsonOf(await f.app.request('/api/v1/hq/overview', { headers: f.hq }));
    expect(overview.photos).toEqual({ listed: 2, received: 1, missing: 1 });

    const view = await f.app.request(path, { headers: f.hq });
    expect(view.status).toBe(200);
    expect(view.headers.get('content-type')).toBe('image/jpeg');
    expect(view.headers.get('x-content-type-options')).toBe('nosniff');
    expect(view.headers.get('cache-control')).toMatch(/^private, /);
    expect(view.headers.get('etag')).toBe(`"${sha256(first)}"`);
    expect(new Uint8Array(await view.arrayBuffer())).toEqual(first);
    const cached = await f.app.request(path, {
      headers: { ...f.hq, 'If-None-Match': `"${sha256(first)}"` },
    });
    expect(cached.status).toBe(304);
    expect((await f.app.request(path, { headers: f.shelterA })).status).toBe(200);
    const missing = await f.app.request(url(SHELTER_A, reportId, sha256(second)), {
      headers: f.hq,
    });
    expect(missing.status).toBe(404);
    expect(await jsonOf(missing)).toMatchObject({ code: 'photo_not_found' });
  });

  it('stores concurrent uploads of one photo once: one 201, the rest 200', async () => {
    await setup();
    const bytes = photoBytes(7);
    const report = damageReport([reference(bytes)]);
    await postReport(f.app, SHELTER_A, report, f.shelterA);
    const path = url(SHELTER_A, report.id as string, sha256(bytes));
    const statuses = await Promise.all(
      Array.from({ length: 6 }, async () => (await put(path, bytes, f.shelterA)).status),
    );
    expect(statuses.sort()).toEqual([200, 200, 200, 200, 200, 201]);
    expect(await photoCounts(db())).toEqual({ photos: 1, events: 1 });
  });

  it('only the shelter’s own account uploads: 401 without a session, 403 for HQ, staff and other shelters; other shelters cannot view', async () => {
    await setup();
    const bytes = photoBytes(11);
    const report = damageReport([reference(bytes)]);
    await postReport(f.app, SHELTER_A, report, f.shelterA);
    const path = url(SHELTER_A, report.id as string, sha256(bytes));
    expect((await put(path, bytes, {})).status).toBe(401);
    for (const headers of [f.hq, f.staff, f.shelterB]) {
      const response = await put(path, bytes, headers);
      expect(response.status).toBe(403);
      expect(await jsonOf(response)).toMatchObject({ code: 'forbidden' });
    }
    // Shelter B's path with shelter A's report: still not B's to write.
    const reportB = damageReport([reference(bytes)]);
    await postReport(f.app, SHELTER_B, reportB, f.shelterB);
    expect(
      (await put(url(SHELTER_A, reportB.id as string, sha256(bytes)), bytes, f.shelterA)).status,
    ).toBe(403);
    expect(await photoCounts(db())).toEqual({ photos: 0, events: 0 });

    expect((await put(path, bytes, f.shelterA)).status).toBe(201);
    expect((await f.app.request(path)).status).toBe(401);
    expect((await f.app.request(path, { headers: f.shelterB })).status).toBe(403);
    expect((await f.app.request(path, { headers: f.staff })).status).toBe(403);
  });

  it('refuses every bad upload with nothing written: 404 before the report, 422 for hash, type and listing, 413 when too large', async () => {
    await setup({ photoMaxBytes: 4096 });
    const bytes = photoBytes(13);
    const png = photoBytes(17, PNG_START);
    const unlisted = photoBytes(19);
    const report = damageReport([reference(bytes), reference(png, 'image/png')]);
    const reportId = report.id as string;
    const path = url(SHELTER_A, reportId, sha256(bytes));

    const early = await put(path, bytes, f.shelterA);
    expect(early.status).toBe(404);
    expect(await jsonOf(early)).toMatchObject({ code: 'report_not_found' });
    await postReport(f.app, SHELTER_A, report, f.shelterA);

    const refusals: [string, Promise<Response>, number, string?][] = [
      [
        'hash differs from the path',
        put(path, photoBytes(23), f.shelterA),
        422,
        'photo_hash_mismatch',
      ],
      ['text/plain', put(path, bytes, f.shelterA, 'text/plain'), 422, 'unsupported_photo_type'],
      ['image/gif', put(path, bytes, f.shelterA, 'image/gif'), 422, 'unsupported_photo_type'],
      ['no Content-Type', put(path, bytes, f.shelterA, null), 422, 'unsupported_photo_type'],
      [
        'empty body',
        put(url(SHELTER_A, reportId, sha256(new Uint8Array())), new Uint8Array(), f.shelterA),
        422,
        'required',
      ],
      // A PNG sent as JPEG: the bytes are not what the type says.
      [
        'bytes of another type',
        put(url(SHELTER_A, reportId, sha256(png)), png, f.shelterA, 'image/jpeg'),
        422,
        'photo_type_mismatch',
      ],
      [
        'not listed in the report',
        put(url(SHELTER_A, reportId, sha256(unlisted)), unlisted, f.shelterA),
        422,
        'photo_not_in_report',
      ],
      [
        'a report of another kind',
        put(url(SHELTER_A, uuidv7(), sha256(bytes)), bytes, f.shelterA),
        404,
        'report_not_found',
      ],
      [
        'upper-case hash',
        put(url(SHELTER_A, reportId, sha256(bytes).toUpperCase()), bytes, f.shelterA),
        422,
      ],
      ['short hash', put(url(SHELTER_A, reportId, 'abc'), bytes, f.shelterA), 422],
      ['report id not a UUID', put(url(SHELTER_A, 'nope', sha256(bytes)), bytes, f.shelterA), 422],
      [
        'too large',
        put(path, photoBytes(29, JPEG_START, 5000), f.shelterA),
        413,
        'payload_too_large',
      ],
    ];
    for (const [what, response, status, code] of refusals) {
      const answer = await response;
      expect(answer.status, what).toBe(status);
      const body = await jsonOf(answer);
      expect(body.message, what).toEqual({ ja: expect.any(String), en: expect.any(String) });
      if (code)
        expect(
          [body.code, ...(body.errors ?? []).map((e: { code: string }) => e.code)],
          what,
        ).toContain(code);
    }
    // A status report lists no photos at all.
    const status = reportBody('status');
    await postReport(f.app, SHELTER_A, status, f.shelterA);
    const none = await put(url(SHELTER_A, status.id as string, sha256(bytes)), bytes, f.shelterA);
    expect(none.status).toBe(422);
    expect(await photoCounts(db())).toEqual({ photos: 0, events: 0 });

    // And the right one still goes in.
    expect(
      (await put(url(SHELTER_A, reportId, sha256(png)), png, f.shelterA, 'image/png')).status,
    ).toBe(201);
  });

  it('accepts photos above the app-wide 1 MiB body limit up to photoMaxBytes; other routes keep 1 MiB', async () => {
    await setup();
    const big = photoBytes(31, JPEG_START, 2 * 1024 * 1024);
    const tooBig = photoBytes(37, JPEG_START, 5 * 1024 * 1024 + 1);
    const report = damageReport([reference(big), reference(tooBig)]);
    const reportId = report.id as string;
    expect((await postReport(f.app, SHELTER_A, report, f.shelterA)).status).toBe(201);

    const stored = await put(url(SHELTER_A, reportId, sha256(big)), big, f.shelterA);
    expect(stored.status).toBe(201);
    expect((await jsonOf(stored)).photo.byteLength).toBe(big.length);
    const refused = await put(url(SHELTER_A, reportId, sha256(tooBig)), tooBig, f.shelterA);
    expect(refused.status).toBe(413);
    expect(await jsonOf(refused)).toMatchObject({ code: 'payload_too_large' });

    // A 2 MiB JSON body to the reports route is still refused by the app-wide limit.
    const padded = reportBody('status', {
      data: { ...exampleReportData.status, remarks: 'x'.repeat(2 * 1024 * 1024) },
    });
    const json = await postReport(f.app, SHELTER_A, padded, f.shelterA);
    expect(json.status).toBe(413);
    expect(await jsonOf(json)).toMatchObject({ code: 'payload_too_large' });
    expect(await photoCounts(db())).toEqual({ photos: 1, events: 1 });
  });

  it('limits uploads per account and minute like other writes (429 with Retry-After)', async () => {
    await setup({ photoUploadLimitPerMinute: 2 });
    const photos = [photoBytes(31), photoBytes(37), photoBytes(41)];
    const report = damageReport(photos.map((bytes) => reference(bytes)));
    await postReport(f.app, SHELTER_A, report, f.shelterA);
    const statuses: number[] = [];
    let retryAfter: string | null = null;
    for (const bytes of photos) {
      const response = await put(
        url(SHELTER_A, report.id as string, sha256(bytes)),
        bytes,
        f.shelterA,
      );
      statuses.push(response.status);
      if (response.status === 429) retryAfter = response.headers.get('retry-after');
    }
    expect(statuses).toEqual([201, 201, 429]);
    expect(Number(retryAfter)).toBeGreaterThan(0);
    expect(await photoCounts(db())).toEqual({ photos: 2, events: 2 });
  });

  it('describes both routes in the OpenAPI document', async () => {
    await setup();
    const document = await jsonOf(await f.app.request('/api/v1/openapi.json'));
    const operations =
      document.paths['/api/v1/shelters/{nationalShelterId}/reports/{reportId}/photos/{sha256}'];
    expect(Object.keys(operations).sort()).toEqual(['get', 'put']);
    expect(Object.keys(operations.put.requestBody.content).sort()).toEqual([
      'image/jpeg',
      'image/png',
      'image/webp',
    ]);
    expect(Object.keys(operations.put.responses)).toEqual(
      expect.arrayContaining(['200', '201', '401', '403', '404', '413', '422', '429']),
    );
    expect(document.components.schemas.StoredShelterReport.properties.photos).toBeDefined();
  });
});
