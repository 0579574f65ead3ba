import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

const cwd = mkdtempSync(join(tmpdir(), 'machi-dx-config-'));
afterAll(() => rmSync(cwd, { recursive: true, force: true }));

function configError(env: Record<string, string>): string {
  try {
    loadConfig(env, cwd);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return `${(error as Error).name}: ${(error as Error).message}`;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('has safe defaults with an empty environment', () => {
    expect(loadConfig({}, cwd)).toEqual({
      port: 3000,
      host: '127.0.0.1',
      dataDir: join(cwd, '.data'),
      sampleData: false,
      logLevel: 'info',
      trustProxy: false,
      bodyLimitBytes: 1024 * 1024,
      video: { csp: 'room', roomPaths: ['/consultation/room/'], opensMinutesBefore: 15 },
    });
  });

  it('reads every variable', () => {
    const config = loadConfig(
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        DATABASE_URL: 'postgresql://app:secret@db.internal:5432/machi',
        DATA_DIR: 'state',
        PUBLIC_DIR: '.',
        SAMPLE_DATA: 'true',
        LOG_LEVEL: 'WARN',
        TRUST_PROXY: '1',
        BODY_LIMIT_BYTES: '2048',
      },
      cwd,
    );
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      databaseUrl: 'postgresql://app:secret@db.internal:5432/machi',
      dataDir: join(cwd, 'state'),
      publicDir: cwd,
      sampleData: true,
      logLevel: 'warn',
      trustProxy: true,
      bodyLimitBytes: 2048,
      video: expect.objectContaining({ csp: 'room' }),
    });
  });

  it('treats empty values as unset', () => {
    expect(loadConfig({ PORT: '', DATABASE_URL: ' ', SAMPLE_DATA: '' }, cwd)).toMatchObject({
      port: 3000,
      sampleData: false,
    });
    expect(loadConfig({ DATABASE_URL: '' }, cwd)).not.toHaveProperty('databaseUrl');
  });

  it('names the variable, the rule and the bad value', () => {
    expect(configError({ PORT: 'abc' })).toBe(
      'ConfigError: PORT must be an integer 0–65535 (got "abc")',
    );
    expect(configError({ PORT: '70000' })).toContain(
      'PORT must be an integer 0–65535 (got "70000")',
    );
    expect(configError({ PORT: '3000.5' })).toContain('(got "3000.5")');
    expect(configError({ SAMPLE_DATA: 'maybe' })).toContain(
      'SAMPLE_DATA must be 1, true, 0 or false',
    );
    expect(configError({ LOG_LEVEL: 'loud' })).toContain('LOG_LEVEL must be one of fatal, error');
    expect(configError({ HOST: 'http://example.org' })).toContain(
      'HOST must be a hostname or IP address',
    );
    expect(configError({ BODY_LIMIT_BYTES: '0' })).toContain('BODY_LIMIT_BYTES must be');
  });

  it('rejects a non-Postgres DATABASE_URL without echoing credentials', () => {
    const message = configError({ DATABASE_URL: 'mysql://root:hunter2@db/app' });
    expect(message).toContain('DATABASE_URL must start with postgres:// or postgresql://');
    expect(message).toContain('"mysql://…"');
    expect(message).not.toContain('hunter2');
    expect(configError({ DATABASE_URL: 'localhost:5432/db' })).toContain(
      'DATABASE_URL must start with',
    );
    expect(configError({ DATABASE_URL: 'postgres://user:p@ss word@/' })).not.toContain('p@ss');
  });

  it('requires PUBLIC_DIR to be an existing directory', () => {
    expect(configError({ PUBLIC_DIR: 'missing' })).toContain(
      `PUBLIC_DIR must be an existing directory (got "missing", resolved to ${join(cwd, 'missing')})`,
    );
    writeFileSync(join(cwd, 'file.txt'), 'x');
    expect(configError({ PUBLIC_DIR: 'file.txt' })).toContain(
      'PUBLIC_DIR must be an existing directory',
    );
  });
});
