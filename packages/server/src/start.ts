import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { type ApiModule, type App, createApp } from './app.ts';
import { loadConfig, type ServerConfig } from './config.ts';
import { migrate } from './db/migrate.ts';
import { openDb } from './db/open.ts';
import type { Db } from './db/types.ts';
import { createLogger, type Logger } from './logger.ts';
import { seed } from './seed/seed.ts';
import { createVideoModule, isVideoModule } from './video/module.ts';

/** Options for {@link startServer}; everything not given comes from the environment. */
export interface StartOptions {
  /** Overrides on top of {@link loadConfig}`(env)`. */
  config?: Partial<ServerConfig>;
  /** Environment to read configuration from (default `process.env`). */
  env?: Record<string, string | undefined>;
  /** Logger (default: pino at the configured level). */
  logger?: Logger;
  /** Feature modules whose routes are added under `/api/v1` (see `AppOptions.modules`). */
  modules?: readonly ApiModule[];
  /** Close gracefully on SIGINT/SIGTERM (default true; tests turn it off and call `close`). */
  handleSignals?: boolean;
}

/** A running server. */
export interface RunningServer {
  /** The URL it answers on, e.g. `http://127.0.0.1:3000`. */
  url: string;
  /** The actual port (useful with port 0). */
  port: number;
  app: App;
  db: Db;
  config: ServerConfig;
  /** Stops accepting connections, lets requests in flight finish (10 s at most), then closes the db. */
  close(): Promise<void>;
}

const SHUTDOWN_GRACE_MS = 10_000;

/** Loads config, opens the db, migrates, seeds sample data when asked, and listens. */
export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const config: ServerConfig = { ...loadConfig(options.env ?? process.env), ...options.config };
  const logger = options.logger ?? createLogger(config.logLevel);

  const db = await openDb({
    ...(config.databaseUrl ? { databaseUrl: config.databaseUrl } : { dataDir: config.dataDir }),
  });
  let server: ReturnType<typeof serve>;
  let port: number;
  try {
    logger.info(
      { db: db.kind, ...(db.kind === 'pglite' ? { dataDir: config.dataDir } : {}) },
      'database open',
    );
    const { applied } = await migrate(db);
    if (applied.length) logger.info({ applied }, 'migrations applied');
    if (config.sampleData) {
      const result = await seed(db, { sample: true });
      logger.info({ seeded: result.seeded, reason: result.reason }, 'sample data');
    }
    // The video module from the environment (Zoom credentials, assets, CSP), unless given one.
    const given = options.modules ?? [];
    const video = given.find(isVideoModule) ?? createVideoModule(config.video);
    logger.info({ engine: video.engine }, `video engine: ${video.engine}`);
    const app = createApp({
      db,
      logger,
      trustProxy: config.trustProxy,
      bodyLimitBytes: config.bodyLimitBytes,
      ...(config.publicDir ? { publicDir: config.publicDir } : {}),
      modules: given.includes(video) ? given : [video, ...given],
    });
    ({ server, port } = await listen(app, config));
    const url = `http://${urlHost(config.host)}:${port}`;
    logger.info(
      { url, publicDir: config.publicDir ?? null },
      `machi-dx server listening on ${url}`,
    );

    let closing: Promise<void> | undefined;
    const onSignal = (signal: NodeJS.Signals) => {
      if (closing) {
        logger.warn({ signal }, 'second signal: exiting now');
        process.exit(1);
      }
      logger.info({ signal }, 'shutting down');
      void running.close().then(
        () => {
          process.exitCode = 0;
        },
        (error: unknown) => {
          logger.error({ err: error }, 'shutdown failed');
          process.exitCode = 1;
        },
      );
    };
    const running: RunningServer = {
      url,
      port,
      app,
      db,
      config,
      close() {
        closing ??= (async () => {
          process.off('SIGINT', onSignal);
          process.off('SIGTERM', onSignal);
          await closeServer(server);
          await db.close();
          logger.info('server stopped');
        })();
        return closing;
      },
    };
    if (options.handleSignals ?? true) {
      process.on('SIGINT', onSignal);
      process.on('SIGTERM', onSignal);
    }
    return running;
  } catch (error) {
    await db.close().catch(() => {});
    throw error;
  }
}

function listen(
  app: App,
  config: ServerConfig,
): Promise<{ server: ReturnType<typeof serve>; port: number }> {
  return new Promise((resolve, reject) => {
    const server = serve(
      { fetch: app.fetch, port: config.port, hostname: config.host },
      (info: AddressInfo) => resolve({ server, port: info.port }),
    );
    server.once('error', reject); // EADDRINUSE, EACCES: reported instead of crashing the process
  });
}

/** Stops accepting, waits for requests in flight, then cuts long-lived ones (SSE) after the grace period. */
function closeServer(server: ReturnType<typeof serve>): Promise<void> {
  return new Promise((resolve, reject) => {
    const http = server as import('node:http').Server;
    const timer = setTimeout(() => http.closeAllConnections?.(), SHUTDOWN_GRACE_MS);
    timer.unref();
    http.close((error) => {
      clearTimeout(timer);
      if (error && (error as NodeJS.ErrnoException).code !== 'ERR_SERVER_NOT_RUNNING')
        reject(error);
      else resolve();
    });
    http.closeIdleConnections?.();
  });
}

/** IPv6 addresses need brackets in URLs; 0.0.0.0 and :: are not addresses a browser can open. */
function urlHost(host: string): string {
  if (host === '0.0.0.0' || host === '::') return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}
