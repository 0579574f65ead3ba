import { expect, it } from 'vitest';
import packageJson from '../package.json' with { type: 'json' };
import { createApp } from './app.ts';
import { seed } from './seed/seed.ts';
import { captureLogger } from './testing/capture-logger.ts';
import { describeEachDb } from './testing/databases.ts';
import { fakeDb } from './testing/fake-db.ts';

describeEachDb('API over a real database', (db, kind) => {
  const app = () => createApp({ db: db(), logger: captureLogger().logger });

  it(`GET /api/v1/health says the database is ${kind} and gives the package version`, async () => {
    const response = await app().request('/api/v1/health');
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^application\/json/);
    expect(response.headers.get('Cache-Control')).toBe('no-store');
    expect(await response.json()).toEqual({ status: 'ok', db: kind, version: packageJson.version });
  });

  it('GET /api/v1/city answers 404 city_not_configured before any city exists', async () => {
    const response = await app().request('/api/v1/city');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({
      code: 'city_not_configured',
      message: { ja: expect.any(String), en: 'The city has not been set up yet.' },
    });
  });

  it('GET /api/v1/city lists the sample city, main office first', async () => {
    await seed(db(), { sample: true });
    const response = await app().request('/api/v1/city');
    expect(response.status).toBe(200);
    const body = (await response.json()) as {
      name: Record<string, string>;
      sampleData: boolean;
      sites: { id: string; kind: string; name: Record<string, string>; address?: unknown }[];
    };
    expect(body.name.en).toBe('Uwajima City (sample data)');
    expect(body.sampleData).toBe(true);
    expect(body.sites).toHaveLength(5);
    expect(body.sites[0]).toEqual({
      id: 'main-office',
      kind: 'main',
      name: { ja: '本庁', en: 'Main Office', 'ja-easy': expect.any(String) },
      address: {
        postalCode: '000-0001',
        ja: expect.stringContaining('架空'),
        en: expect.any(String),
      },
    });
    expect(body.sites.slice(1).every((site) => site.kind === 'branch')).toBe(true);
  });

  it('omits address when a site has none', async () => {
    await db().query('insert into city (name) values ($1)', [
      { ja: '市', en: 'City', 'ja-easy': 'し' },
    ]);
    await db().query(`insert into sites (id, kind, name) values ('hq', 'main', $1)`, [
      { ja: '本庁', en: 'HQ', 'ja-easy': 'ほんちょう' },
    ]);
    const body = (await (await app().request('/api/v1/city')).json()) as {
      sampleData: boolean;
      sites: object[];
    };
    expect(body.sampleData).toBe(false);
    expect(body.sites).toEqual([
      { id: 'hq', kind: 'main', name: { ja: '本庁', en: 'HQ', 'ja-easy': 'ほんちょう' } },
    ]);
  });
});

it('GET /api/v1/health answers 503 in the error shape when the database fails', async () => {
  const { logger, text } = captureLogger();
  const db = fakeDb({ failWith: new Error('connect ECONNREFUSED 10.0.0.5:5432 password=hunter2') });
  const response = await createApp({ db, logger }).request('/api/v1/health');
  expect(response.status).toBe(503);
  const body = await response.text();
  expect(JSON.parse(body)).toEqual({
    code: 'service_unavailable',
    message: { ja: expect.any(String), en: expect.stringContaining('temporarily unavailable') },
  });
  expect(body).not.toMatch(/ECONNREFUSED|hunter2|10\.0\.0\.5/);
  expect(text()).toContain('ECONNREFUSED'); // the operator still sees why
});

it('GET /api/v1/openapi.json describes the API as OpenAPI 3.1 with the error schema', async () => {
  const app = createApp({ db: fakeDb(), logger: captureLogger().logger, version: '9.9.9' });
  const response = await app.request('/api/v1/openapi.json');
  expect(response.status).toBe(200);
  const document = (await response.json()) as {
    openapi: string;
    info: { title: string; version: string };
    paths: Record<
      string,
      Record<
        string,
        { responses: Record<string, { content?: Record<string, { schema: { $ref?: string } }> }> }
      >
    >;
    components: {
      schemas: Record<string, { properties?: Record<string, unknown>; required?: string[] }>;
    };
  };
  expect(document.openapi).toBe('3.1.0');
  expect(document.info).toMatchObject({ title: 'machi-dx API', version: '9.9.9' });
  expect(Object.keys(document.paths)).toEqual(
    expect.arrayContaining([
      '/api/v1/health',
      '/api/v1/city',
      '/api/v1/auth/login',
      '/api/v1/auth/logout',
      '/api/v1/auth/me',
    ]),
  );
  const login = document.paths['/api/v1/auth/login']?.post?.responses ?? {};
  expect(Object.keys(login)).toEqual(['200', '400', '401', '403', '415', '422', '429']);
  expect(document.paths['/api/v1/auth/me']?.get).toMatchObject({
    security: [{ sessionCookie: [] }],
  });
  expect(
    document.paths['/api/v1/health']?.get?.responses['503']?.content?.['application/json']?.schema,
  ).toEqual({
    $ref: '#/components/schemas/Error',
  });
  const error = document.components.schemas.Error;
  expect(Object.keys(error?.properties ?? {})).toEqual(['code', 'message', 'errors']);
  expect(error?.required).toEqual(['code', 'message']);
  expect(document.components.schemas).toHaveProperty('FieldError');
  expect(document.components.schemas).toHaveProperty('City');
  expect(document.components.schemas).toHaveProperty('Account');
  expect(
    (document.components as { securitySchemes?: Record<string, unknown> }).securitySchemes,
  ).toEqual({
    sessionCookie: {
      type: 'apiKey',
      in: 'cookie',
      name: 'machi_session',
      description: expect.any(String),
    },
    manageToken: { type: 'http', scheme: 'bearer', description: expect.any(String) },
  });
});
