import { OpenAPIHono } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { methodNotAllowed } from 'hono/method-not-allowed';
import packageJson from '../package.json' with { type: 'json' };
import { authModule } from './auth/routes.ts';
import { SESSION_COOKIE } from './auth/sessions.ts';
import { bookingModule, isBookingModule } from './booking/module.ts';
import type { Db } from './db/types.ts';
import { apiError } from './errors.ts';
import { clientAddress } from './http/client-ip.ts';
import { csrfProtection } from './http/csrf.ts';
import type { AppEnv } from './http/env.ts';
import { handleError, handleNotFound, sendError, validationHook } from './http/error-handling.ts';
import { requestLog } from './http/request-log.ts';
import { securityHeaders } from './http/security-headers.ts';
import { serveSpa } from './http/static.ts';
import { createLogger, type Logger } from './logger.ts';
import { registerCityRoute } from './routes/city.ts';
import { registerHealthRoute } from './routes/health.ts';
import { ErrorSchema } from './routes/schemas.ts';
import { isShelterModule, shelterModule } from './shelters/module.ts';
import { isVideoModule, videoModule } from './video/module.ts';

/** The `/api/v1` router a feature module adds its routes to (paths relative to `/api/v1`). */
export type ApiRouter = OpenAPIHono<AppEnv>;

/** What a feature module receives when it registers its routes. */
export interface ApiModuleContext {
  db: Db;
  logger: Logger;
  /**
   * Sets the largest accepted request body for one path under `/api/v1` (e.g.
   * `/hq/shelters/import`), instead of the app's `bodyLimitBytes`; larger bodies get 413. A
   * `{name}` segment (as in the route's OpenAPI path) matches any one segment, so
   * `/shelters/{nationalShelterId}/reports/{reportId}/photos/{sha256}` covers every photo upload.
   */
  setBodyLimit(path: string, bytes: number): void;
}

/** A feature's routes (booking, shelters, …): registered under `/api/v1` before the app serves. */
export type ApiModule = (api: ApiRouter, context: ApiModuleContext) => void;

/** Options for {@link createApp}. */
export interface AppOptions {
  /** The database every route uses. */
  db: Db;
  /** Directory of the built SPA to serve; API only when absent. */
  publicDir?: string;
  /** Version reported by `/api/v1/health` and the OpenAPI document (default: this package's). */
  version?: string;
  /** pino logger (default: a new one at `info`). */
  logger?: Logger;
  /**
   * Trust `X-Forwarded-Proto`, `X-Forwarded-For`, `X-Forwarded-Host` and `X-Request-Id` from a
   * reverse proxy (default false).
   */
  trustProxy?: boolean;
  /** Largest accepted request body in bytes (default 1 MiB); larger ones get 413. */
  bodyLimitBytes?: number;
  /**
   * Feature modules whose routes are added under `/api/v1`, after the built-in {@link authModule}
   * and {@link bookingModule}. A module made by `createBookingModule({ … })` replaces the default
   * booking module, one made by `createShelterModule({ … })` the default shelter module, and one
   * made by `createVideoModule({ … })` the default (simulated) video module.
   */
  modules?: readonly ApiModule[];
}

/** The app {@link createApp} returns: an OpenAPIHono with the {@link AppEnv} variables. */
export type App = OpenAPIHono<AppEnv>;

const OPENAPI_PATH = '/api/v1/openapi.json';

/** A path with `{param}` segments as an anchored pattern: each `{…}` matches one non-empty segment. */
function pathPattern(path: string): RegExp {
  const parts = path.split(/\{[^}/]+\}/).map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^${parts.join('[^/]+')}$`);
}

/**
 * Builds the HTTP app: `/api/v1` routes with their OpenAPI document (sign-in and the booking API
 * included), the error shape on every error, security headers on every response, request logging,
 * CSRF protection for cookie sessions, and the SPA when `publicDir` is set.
 * It opens nothing and listens on nothing; {@link startServer} does that.
 */
export function createApp(options: AppOptions): App {
  const { db, publicDir } = options;
  const logger = options.logger ?? createLogger();
  const version = options.version ?? packageJson.version;
  const trustProxy = options.trustProxy ?? false;

  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.onError(handleError);
  app.notFound(handleNotFound);

  // Order matters: headers and logging wrap everything, including errors and static files.
  app.use('*', securityHeaders({ trustProxy }));
  app.use('*', requestLog({ logger, trustProxy }));
  app.use('*', async (c, next) => {
    c.set('db', db);
    c.set('trustProxy', trustProxy);
    await next();
  });
  app.use('*', clientAddress({ trustProxy }));
  app.use(
    '*',
    methodNotAllowed({
      app,
      onMethodNotAllowed: (c, methods) =>
        sendError(c, apiError('method_not_allowed', { headers: { Allow: methods.join(', ') } })),
    }),
  );
  app.use('/api/*', async (c, next) => {
    await next();
    if (!c.res.headers.has('Cache-Control')) c.res.headers.set('Cache-Control', 'no-store');
  });
  app.use('/api/*', compress());
  const limitBody = (maxSize: number) =>
    bodyLimit({
      maxSize,
      onError: () => {
        throw apiError('payload_too_large');
      },
    });
  const defaultBodyLimit = limitBody(options.bodyLimitBytes ?? 1024 * 1024);
  // Per-path limits set by modules while registering (e.g. a CSV upload, photos), before any
  // request: exact paths by lookup, paths with `{param}` segments by pattern.
  const bodyLimits = new Map<string, ReturnType<typeof limitBody>>();
  const patternLimits: { pattern: RegExp; limit: ReturnType<typeof limitBody> }[] = [];
  const bodyLimitOf = (path: string) =>
    bodyLimits.get(path) ??
    patternLimits.find(({ pattern }) => pattern.test(path))?.limit ??
    defaultBodyLimit;
  app.use('/api/*', (c, next) => bodyLimitOf(c.req.path)(c, next));
  app.use('/api/*', csrfProtection({ cookieName: SESSION_COOKIE, trustProxy }));

  const api = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  registerHealthRoute(api, version);
  registerCityRoute(api);
  const given = (options.modules ?? []).filter((m) => m !== authModule);
  // A configured booking module (another clock, rate limit) takes the default one's place.
  const modules = [
    authModule,
    ...(given.some(isBookingModule) ? [] : [bookingModule]),
    // Likewise a configured shelter module (stale threshold, clock).
    ...(given.some(isShelterModule) ? [] : [shelterModule]),
    // Likewise a configured video module (Zoom credentials, window); the default is simulated.
    ...(given.some(isVideoModule) ? [] : [videoModule]),
    ...given,
  ];
  const context: ApiModuleContext = {
    db,
    logger,
    setBodyLimit: (path, bytes) => {
      const full = `/api/v1${path}`;
      if (!full.includes('{')) bodyLimits.set(full, limitBody(bytes));
      else patternLimits.push({ pattern: pathPattern(full), limit: limitBody(bytes) });
    },
  };
  for (const register of modules) register(api, context);
  app.route('/api/v1', api);

  app.openAPIRegistry.register('Error', ErrorSchema);
  let document: unknown;
  app.get(OPENAPI_PATH, (c) => {
    document ??= app.getOpenAPI31Document({
      openapi: '3.1.0',
      info: {
        title: 'machi-dx API',
        version,
        description:
          'HTTP API of machi-dx (online consultation, shelter reports). Every error has the `Error` shape.',
        license: { name: 'MIT', url: 'https://opensource.org/license/mit' },
      },
    });
    return c.json(document);
  });

  // Before the SPA: self-hosted Zoom SDK assets and the room pages' CSP.
  const video = modules.find(isVideoModule);
  for (const middleware of video?.pageMiddleware ?? []) app.use('*', middleware);
  if (publicDir) app.use('*', serveSpa(publicDir));
  return app;
}
