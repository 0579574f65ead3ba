import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError } from './config.ts';
import { openDb } from './db/open.ts';
import { startServer } from './start.ts';
import { captureLogger } from './testing/capture-logger.ts';
import { testPostgresUrl } from './testing/databases.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'machi-dx-start-'));
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const base = { port: 0, host: '127.0.0.1', dataDir, sampleData: true, logLevel: 'silent' as const };

describe('startServer on PGlite', () => {
  it('migrates, seeds, answers over real HTTP, and shuts down cleanly', async () => {
    const log = captureLogger();
    const server = await startServer({
      env: {},
      config: base,
      logger: log.logger,
      handleSignals: false,
    });
    try {
      expect(server.url).toBe(`http://127.0.0.1:${server.port}`);
      const health = await fetch(`${server.url}/api/v1/health`);
      expect(health.status).toBe(200);
      expect(health.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(await health.json()).toMatchObject({ status: 'ok', db: 'pglite' });
      const city = (await (await fetch(`${server.url}/api/v1/city`)).json()) as {
        sampleData: boolean;
      };
      expect(city.sampleData).toBe(true);
      const tooBig = await fetch(`${server.url}/api/v1/city`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ filler: 'x'.repeat(2 * 1024 * 1024) }),
      });
      expect(tooBig.status).toBe(413);
      expect(await tooBig.json()).toMatchObject({ code: 'payload_too_large' });
      expect(existsSync(join(dataDir, 'pglite.lock'))).toBe(true);
      // A second server on the same data directory would corrupt it: refused while this one runs.
      await expect(openDb({ dataDir })).rejects.toThrow(/in use by process \d+ \(this one\)/);
    } finally {
      await server.close();
    }
    await expect(fetch(`${server.url}/api/v1/health`)).rejects.toThrow();
    expect(existsSync(join(dataDir, 'pglite.lock'))).toBe(false);
    const messages = log.lines().map((line) => line.msg);
    expect(messages).toEqual(
      expect.arrayContaining([
        'database open',
        'migrations applied',
        'sample data',
        'server stopped',
      ]),
    );
    expect(
      messages.some((msg) =>
        String(msg).startsWith('machi-dx server listening on http://127.0.0.1:'),
      ),
    ).toBe(true);
  });

  it('keeps its data across restarts and applies no migration twice', async () => {
    const log = captureLogger();
    const server = await startServer({
      env: {},
      config: base,
      logger: log.logger,
      handleSignals: false,
    });
    try {
      const body = (await (await fetch(`${server.url}/api/v1/city`)).json()) as {
        sites: unknown[];
      };
      expect(body.sites).toHaveLength(5);
      const messages = log.lines().map((line) => line.msg);
      expect(messages).not.toContain('migrations applied');
      expect(log.lines().find((line) => line.msg === 'sample data')).toMatchObject({
        seeded: false,
        reason: 'not_empty',
      });
    } finally {
      await server.close();
    }
  });

  it('reports a configuration mistake as a ConfigError before opening anything', async () => {
    await expect(startServer({ env: { PORT: 'abc' }, handleSignals: false })).rejects.toThrow(
      ConfigError,
    );
  });

  it('reports a port already in use and releases the database', async () => {
    const first = await startServer({
      env: {},
      config: base,
      logger: captureLogger().logger,
      handleSignals: false,
    });
    try {
      const second = startServer({
        env: {},
        config: { ...base, port: first.port, dataDir: join(dataDir, 'other') },
        logger: captureLogger().logger,
        handleSignals: false,
      });
      await expect(second).rejects.toThrow(/EADDRINUSE/);
      expect(existsSync(join(dataDir, 'other', 'pglite.lock'))).toBe(false);
    } finally {
      await first.close();
    }
  });
});

const postgresUrl = testPostgresUrl();
// Defined only when DATABASE_URL is set (CI always sets it), so no test is ever reported as skipped.
if (postgresUrl) {
  describe('startServer on Postgres', () => {
    it('answers health with db "postgres" and shuts down cleanly', async () => {
      const server = await startServer({
        env: { DATABASE_URL: postgresUrl },
        config: { ...base, sampleData: false },
        logger: captureLogger().logger,
        handleSignals: false,
      });
      try {
        expect(await (await fetch(`${server.url}/api/v1/health`)).json()).toMatchObject({
          status: 'ok',
          db: 'postgres',
        });
      } finally {
        await server.close();
      }
      await expect(fetch(`${server.url}/api/v1/health`)).rejects.toThrow();
    });
  });
}
