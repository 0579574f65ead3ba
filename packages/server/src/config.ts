import { statSync } from 'node:fs';
import { resolve } from 'node:path';
import { readVideoConfig, type VideoConfig } from './video/config.ts';

/** Log levels pino understands, plus `silent`. */
export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/** Server configuration, as read from the environment by {@link loadConfig}. */
export interface ServerConfig {
  /** TCP port to listen on (`PORT`, default 3000; 0 picks a free port). */
  port: number;
  /** Interface to bind (`HOST`, default `127.0.0.1`: set `0.0.0.0` in a container or behind a proxy on another host). */
  host: string;
  /** Postgres connection string (`DATABASE_URL`); when absent the embedded PGlite database is used. */
  databaseUrl?: string;
  /** Absolute directory for local state such as the PGlite database (`DATA_DIR`, default `.data/`). */
  dataDir: string;
  /** Absolute directory of the built SPA to serve (`PUBLIC_DIR`); API only when absent. */
  publicDir?: string;
  /** Load the sample city when the database is empty (`SAMPLE_DATA=1|true`). */
  sampleData: boolean;
  /** pino log level (`LOG_LEVEL`, default `info`). */
  logLevel: LogLevel;
  /** Trust `X-Forwarded-Proto` and `X-Request-Id` from a reverse proxy (`TRUST_PROXY=1|true`). */
  trustProxy: boolean;
  /** Largest accepted request body in bytes (`BODY_LIMIT_BYTES`, default 1 MiB). */
  bodyLimitBytes: number;
  /**
   * Video consultations: Zoom credentials (`ZOOM_VIDEO_SDK_KEY`, `ZOOM_VIDEO_SDK_SECRET`; the
   * simulated engine without), self-hosted SDK assets (`ZOOM_SDK_ASSETS`), the room pages' CSP
   * (`VIDEO_CSP`, `VIDEO_ROOM_PATHS`) and when rooms open (`VIDEO_ROOM_OPENS_MINUTES_BEFORE`).
   */
  video: VideoConfig;
}

/** A configuration value is missing or malformed; the message names the variable and the fix. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const LOG_LEVELS: readonly LogLevel[] = [
  'fatal',
  'error',
  'warn',
  'info',
  'debug',
  'trace',
  'silent',
];
const DEFAULT_BODY_LIMIT = 1024 * 1024;

type Env = Record<string, string | undefined>;

/** Reads and validates the server configuration; throws {@link ConfigError} on the first bad value. */
export function loadConfig(env: Env = process.env, cwd: string = process.cwd()): ServerConfig {
  const publicDir = readDirectory(env, 'PUBLIC_DIR', cwd);
  const databaseUrl = readDatabaseUrl(env);
  return {
    port: readInteger(env, 'PORT', 3000, 0, 65535, 'an integer 0–65535'),
    host: readHost(env),
    ...(databaseUrl ? { databaseUrl } : {}),
    dataDir: resolve(cwd, value(env, 'DATA_DIR') ?? '.data'),
    ...(publicDir ? { publicDir } : {}),
    sampleData: readBoolean(env, 'SAMPLE_DATA'),
    logLevel: readLogLevel(env),
    trustProxy: readBoolean(env, 'TRUST_PROXY'),
    bodyLimitBytes: readInteger(
      env,
      'BODY_LIMIT_BYTES',
      DEFAULT_BODY_LIMIT,
      1,
      100 * 1024 * 1024,
      'an integer number of bytes from 1 to 104857600',
    ),
    video: readVideoConfig(env, cwd, (message) => {
      throw new ConfigError(message);
    }),
  };
}

/** Empty strings count as unset, so `PORT= npm start` behaves like no PORT at all. */
function value(env: Env, name: string): string | undefined {
  const raw = env[name]?.trim();
  return raw ? raw : undefined;
}

function readInteger(
  env: Env,
  name: string,
  fallback: number,
  min: number,
  max: number,
  expected: string,
): number {
  const raw = value(env, name);
  if (raw === undefined) return fallback;
  const parsed = /^\d+$/.test(raw) ? Number(raw) : Number.NaN;
  if (!Number.isSafeInteger(parsed) || parsed < min || parsed > max) {
    throw new ConfigError(`${name} must be ${expected} (got ${JSON.stringify(raw)})`);
  }
  return parsed;
}

function readBoolean(env: Env, name: string): boolean {
  const raw = value(env, name)?.toLowerCase();
  if (raw === undefined || raw === '0' || raw === 'false' || raw === 'no') return false;
  if (raw === '1' || raw === 'true' || raw === 'yes') return true;
  throw new ConfigError(`${name} must be 1, true, 0 or false (got ${JSON.stringify(env[name])})`);
}

function readHost(env: Env): string {
  const raw = value(env, 'HOST');
  if (raw === undefined) return '127.0.0.1';
  // A hostname, an IPv4 address or a bare IPv6 address; anything with a scheme, port or path is a mistake.
  if (!/^[A-Za-z0-9.:-]+$/.test(raw) || /^[a-z]+:\/\//i.test(raw)) {
    throw new ConfigError(
      `HOST must be a hostname or IP address such as 127.0.0.1 or 0.0.0.0 (got ${JSON.stringify(raw)})`,
    );
  }
  return raw;
}

function readLogLevel(env: Env): LogLevel {
  const raw = value(env, 'LOG_LEVEL')?.toLowerCase() ?? 'info';
  if (!(LOG_LEVELS as readonly string[]).includes(raw)) {
    throw new ConfigError(
      `LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')} (got ${JSON.stringify(env.LOG_LEVEL)})`,
    );
  }
  return raw as LogLevel;
}

/** Validates DATABASE_URL without ever echoing it: it usually carries a password. */
function readDatabaseUrl(env: Env): string | undefined {
  const raw = value(env, 'DATABASE_URL');
  if (raw === undefined) return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(raw)?.[1]?.toLowerCase();
  if (scheme !== 'postgres' && scheme !== 'postgresql') {
    throw new ConfigError(
      `DATABASE_URL must start with postgres:// or postgresql:// (got ${scheme ? `"${scheme}://…"` : 'no scheme'}); unset it to use the embedded PGlite database`,
    );
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(
      'DATABASE_URL is not a valid URL (e.g. postgres://user:password@host:5432/db)',
    );
  }
  if (!url.hostname && !url.searchParams.has('host')) {
    throw new ConfigError('DATABASE_URL must name a host (e.g. postgres://user@127.0.0.1:5432/db)');
  }
  return raw;
}

function readDirectory(env: Env, name: string, cwd: string): string | undefined {
  const raw = value(env, name);
  if (raw === undefined) return undefined;
  const path = resolve(cwd, raw);
  let isDirectory = false;
  try {
    isDirectory = statSync(path).isDirectory();
  } catch {
    // reported below with the resolved path, which is what the operator needs to see
  }
  if (!isDirectory) {
    throw new ConfigError(
      `${name} must be an existing directory (got ${JSON.stringify(raw)}, resolved to ${path})`,
    );
  }
  return path;
}
