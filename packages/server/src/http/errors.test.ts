import { createRoute, z } from '@hono/zod-openapi';
import { describe, expect, it } from 'vitest';
import { type ApiModule, createApp } from '../app.ts';
import { ApiError } from '../errors.ts';
import { captureLogger } from '../testing/capture-logger.ts';
import { fakeDb } from '../testing/fake-db.ts';

/** A module with the kinds of routes later features add: validated JSON, a thrown ApiError, a bug. */
const testRoutes: ApiModule = (api) => {
  api.openapi(
    createRoute({
      method: 'post',
      path: '/test/echo',
      request: {
        body: {
          required: true,
          content: {
            'application/json': {
              schema: z.strictObject({
                resident: z.strictObject({ name: z.string().min(1), nameKana: z.string().min(1) }),
                count: z.number().int().max(3).optional(),
              }),
            },
          },
        },
      },
      responses: { 200: { description: 'echo' } },
    }),
    (c) => c.json(c.req.valid('json'), 200),
  );
  api.get('/test/conflict', () => {
    throw new ApiError(
      409,
      'slot_unavailable',
      { ja: '埋まりました。', en: 'Taken.' },
      {
        details: { alternatives: ['2026-12-01T10:30:00+09:00'], code: 'overwritten?' },
      },
    );
  });
  api.get('/test/bug', async (c) => {
    await c.get('db').query('select 1');
    const error = new Error(
      'relation "bookings" violates constraint; SELECT * FROM residents WHERE phone = $1',
    );
    Object.assign(error, { parameters: ['090-1234-5678'], detail: 'Key (phone)=(090-1234-5678)' });
    throw error;
  });
};

function setup(bodyLimitBytes?: number) {
  const log = captureLogger();
  const app = createApp({
    db: fakeDb(),
    logger: log.logger,
    modules: [testRoutes],
    ...(bodyLimitBytes ? { bodyLimitBytes } : {}),
  });
  return { app, log };
}

async function expectErrorShape(response: Response, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
  expect(response.headers.get('Content-Security-Policy')).toContain("default-src 'self'");
  expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  const body = (await response.json()) as Record<string, unknown>;
  expect(body).toMatchObject({ code, message: { ja: expect.any(String), en: expect.any(String) } });
  return body;
}

const json = (body: unknown, headers: Record<string, string> = {}) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', ...headers },
  body: typeof body === 'string' ? body : JSON.stringify(body),
});

describe('error responses', () => {
  it('404 not_found for an unknown /api path, whatever the method', async () => {
    const { app } = setup();
    await expectErrorShape(await app.request('/api/v1/nothing-here'), 404, 'not_found');
    await expectErrorShape(await app.request('/api/v2/health'), 404, 'not_found');
    await expectErrorShape(
      await app.request('/api/v1/nothing', { method: 'DELETE' }),
      404,
      'not_found',
    );
  });

  it('405 method_not_allowed with Allow for a known path', async () => {
    const { app } = setup();
    const response = await app.request('/api/v1/health', { method: 'POST' });
    await expectErrorShape(response, 405, 'method_not_allowed');
    expect(response.headers.get('Allow')).toBe('GET, HEAD');
  });

  it('400 invalid_json for a malformed body', async () => {
    const { app } = setup();
    const body = await expectErrorShape(
      await app.request('/api/v1/test/echo', json('{"resident": ')),
      400,
      'invalid_json',
    );
    expect(body.message).toEqual({
      ja: expect.stringContaining('JSON'),
      en: 'The request body is not valid JSON.',
    });
  });

  it('415 unsupported_media_type for a body that is not JSON', async () => {
    const { app } = setup();
    const response = await app.request('/api/v1/test/echo', {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: 'hello',
    });
    await expectErrorShape(response, 415, 'unsupported_media_type');
  });

  it('422 validation_failed with one bilingual entry per field', async () => {
    const { app } = setup();
    const response = await app.request(
      '/api/v1/test/echo',
      json({ resident: { name: '' }, count: 9, extra: 1 }),
    );
    const body = await expectErrorShape(response, 422, 'validation_failed');
    expect(body.errors).toEqual([
      {
        path: 'resident.name',
        code: 'too_small',
        message: { ja: '入力してください。', en: 'Enter a value.' },
      },
      {
        path: 'resident.nameKana',
        code: 'required',
        message: { ja: '必須の項目です。', en: 'This field is required.' },
      },
      {
        path: 'count',
        code: 'too_big',
        message: { ja: '3以下の値を指定してください。', en: 'Must be 3 or less.' },
      },
      {
        path: 'extra',
        code: 'unrecognized_key',
        message: expect.objectContaining({ en: 'This field is not allowed.' }),
      },
    ]);
  });

  it('passes a valid body through', async () => {
    const { app } = setup();
    const response = await app.request(
      '/api/v1/test/echo',
      json({ resident: { name: '宇和島 花子', nameKana: 'ウワジマ ハナコ' } }),
    );
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      resident: { name: '宇和島 花子', nameKana: 'ウワジマ ハナコ' },
    });
  });

  it('413 payload_too_large over the body limit, with or without Content-Length', async () => {
    const { app } = setup(1024);
    const big = JSON.stringify({ resident: { name: 'x'.repeat(2000), nameKana: 'ア' } });
    await expectErrorShape(
      await app.request('/api/v1/test/echo', json(big)),
      413,
      'payload_too_large',
    );
    const stream = new ReadableStream({
      start(controller) {
        controller.enqueue(new TextEncoder().encode(big));
        controller.close();
      },
    });
    const chunked = await app.request(
      new Request('http://localhost/api/v1/test/echo', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit),
    );
    await expectErrorShape(chunked, 413, 'payload_too_large');
  });

  it('a thrown ApiError answers with its status, code and details (details cannot override code)', async () => {
    const { app } = setup();
    const body = await expectErrorShape(
      await app.request('/api/v1/test/conflict'),
      409,
      'slot_unavailable',
    );
    expect(body).toEqual({
      code: 'slot_unavailable',
      message: { ja: '埋まりました。', en: 'Taken.' },
      alternatives: ['2026-12-01T10:30:00+09:00'],
    });
  });

  it('500 internal_error for anything else: no message, stack, SQL or data in the body; all of it in the log', async () => {
    const { app, log } = setup();
    const response = await app.request('/api/v1/test/bug');
    const text = await response.clone().text();
    await expectErrorShape(response, 500, 'internal_error');
    expect(JSON.parse(text)).toEqual({
      code: 'internal_error',
      message: {
        ja: expect.any(String),
        en: 'Something went wrong on the server. Please try again later.',
      },
    });
    expect(text).not.toMatch(/relation|SELECT|residents|090-1234|stack|at /i);

    const entry = log.lines().find((line) => line.msg === 'unhandled error');
    expect(entry?.reqId).toBe(response.headers.get('X-Request-Id'));
    expect(JSON.stringify(entry?.err)).toContain('violates constraint');
    // Query parameters and row details carry personal data; they stay out of the log too.
    expect(log.text()).not.toContain('090-1234-5678');
  });
});
