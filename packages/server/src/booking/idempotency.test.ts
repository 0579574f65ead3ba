import type { CreatedBooking } from '@machi-dx/booking/core';
import { describe, expect, it } from 'vitest';
import {
  bookingApp,
  bookingBody,
  countRows,
  postBooking,
  seedBookingSample,
} from '../testing/booking.ts';
import { describeEachDb } from '../testing/databases.ts';
import {
  canonicalJson,
  hashIdempotencyKey,
  readIdempotencyKey,
  requestHash,
  sealManageToken,
  unsealManageToken,
} from './idempotency.ts';

const KEY = '0f5c2b8e-3d0a-4c55-9a53-3f1b7d1c0e42';

describe('idempotency helpers', () => {
  it('hashes bodies regardless of key order, but not of values', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: 1, y: 2 }], c: 3 } })).toBe(
      '{"a":{"c":3,"d":[2,{"y":2,"z":1}]},"b":1}',
    );
    expect(requestHash({ a: 1, b: 2 })).toBe(requestHash({ b: 2, a: 1 }));
    expect(requestHash({ a: 1 })).not.toBe(requestHash({ a: 2 }));
  });

  it('seals a token that only the same key and reference open', () => {
    const sealed = sealManageToken('secret-token', KEY, 'ABC-DEFG-HJ');
    expect(sealed).not.toContain('secret-token');
    expect(unsealManageToken(sealed, KEY, 'ABC-DEFG-HJ')).toBe('secret-token');
    expect(unsealManageToken(sealed, `${KEY}x`, 'ABC-DEFG-HJ')).toBeUndefined();
    expect(unsealManageToken(sealed, KEY, 'ABC-DEFG-HK')).toBeUndefined();
    expect(unsealManageToken('v1.x.y.z', KEY, 'ABC-DEFG-HJ')).toBeUndefined();
  });

  it('accepts 16–255 visible ASCII characters, quoted or not', () => {
    expect(readIdempotencyKey(undefined)).toBeUndefined();
    expect(readIdempotencyKey(KEY)).toBe(KEY);
    expect(readIdempotencyKey(`"${KEY}"`)).toBe(KEY);
    for (const bad of ['short', 'x'.repeat(256), 'with space in the key value']) {
      expect(() => readIdempotencyKey(bad)).toThrow(/422 validation_failed/);
    }
    expect(hashIdempotencyKey(KEY)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describeEachDb('Idempotency-Key on POST /booking/bookings', (db) => {
  it('a retry with the same key and body returns the first answer, token included', async () => {
    await seedBookingSample(db());
    const app = bookingApp(db());
    const first = await postBooking(app, bookingBody(), { 'Idempotency-Key': KEY });
    expect(first.status).toBe(201);
    expect(first.headers.get('Idempotent-Replayed')).toBeNull();
    const created = (await first.json()) as CreatedBooking;
    // Same body, keys in another order.
    const { consent, resident, start, locationId, serviceId } = bookingBody();
    const retry = await postBooking(
      app,
      { consent, resident, start, locationId, serviceId },
      { 'Idempotency-Key': KEY },
    );
    expect(retry.status).toBe(201);
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    expect(await retry.json()).toEqual(created);
    expect(await countRows(db(), 'bookings')).toBe(1);
    const [row] = await db().query<Record<string, string>>(
      'select idempotency_key_hash, manage_token_sealed from bookings',
    );
    expect(JSON.stringify(row)).not.toContain(KEY);
    expect(JSON.stringify(row)).not.toContain(created.manageToken);
  });

  it('the same key with another body is 422 idempotency_key_reused and writes nothing', async () => {
    await seedBookingSample(db());
    const app = bookingApp(db());
    expect((await postBooking(app, bookingBody(), { 'Idempotency-Key': KEY })).status).toBe(201);
    const reused = await postBooking(app, bookingBody({ start: '2026-12-01T11:00:00+09:00' }), {
      'Idempotency-Key': KEY,
    });
    expect(reused.status).toBe(422);
    expect(await reused.json()).toMatchObject({
      code: 'idempotency_key_reused',
      message: { ja: expect.any(String), en: expect.any(String) },
    });
    expect(await countRows(db(), 'bookings')).toBe(1);
  });

  it('concurrent retries with one key make one booking and all get it', async () => {
    await seedBookingSample(db());
    const app = bookingApp(db());
    const responses = await Promise.all(
      Array.from({ length: 10 }, () => postBooking(app, bookingBody(), { 'Idempotency-Key': KEY })),
    );
    expect(responses.map((response) => response.status)).toEqual(Array(10).fill(201));
    const bodies = (await Promise.all(responses.map((r) => r.json()))) as CreatedBooking[];
    expect(
      new Set(bodies.map((body) => `${body.booking.reference} ${body.manageToken}`)).size,
    ).toBe(1);
    expect(await countRows(db(), 'bookings')).toBe(1);
  });

  it('a refused request stores nothing, so its retry is decided afresh; a bad key is 422', async () => {
    await seedBookingSample(db());
    const app = bookingApp(db());
    await postBooking(app, bookingBody());
    const conflict = await postBooking(app, bookingBody(), { 'Idempotency-Key': KEY });
    expect(conflict.status).toBe(409);
    expect((await postBooking(app, bookingBody(), { 'Idempotency-Key': KEY })).status).toBe(409);
    const short = await postBooking(app, bookingBody({ start: '2026-12-01T11:00:00+09:00' }), {
      'Idempotency-Key': 'abc',
    });
    expect(short.status).toBe(422);
    expect(await short.json()).toMatchObject({
      errors: [{ path: 'Idempotency-Key', code: 'invalid_format' }],
    });
    expect(await countRows(db(), 'bookings')).toBe(1);
  });
});
