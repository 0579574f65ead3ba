import type { MiddlewareHandler } from 'hono';
import type { ApiModule } from '../app.ts';
import type { AppEnv } from '../http/env.ts';
import { videoPageMiddleware } from './pages.ts';
import { registerTokenRoute } from './routes.ts';
import { type VideoModuleOptions, videoRuntime } from './runtime.ts';

/** Marks the video module, so a configured one given to `createApp` replaces the default. */
export const VIDEO_MODULE = Symbol.for('machi-dx.video-module');

/**
 * An {@link ApiModule} with the video token route, carrying the {@link VIDEO_MODULE} mark and the
 * app-level middleware (self-hosted SDK assets, the room pages' CSP) that `createApp` adds before
 * the SPA.
 */
export type VideoModule = ApiModule & {
  readonly [VIDEO_MODULE]: true;
  /** Middleware for non-API paths: `/zoom-sdk/lib/` and the room pages' CSP (may be empty). */
  readonly pageMiddleware: readonly MiddlewareHandler<AppEnv>[];
  /** Which engine the token route answers with. */
  readonly engine: 'zoom' | 'simulated';
};

/**
 * The video token service (`POST /video/token`) with its options: Zoom credentials (simulated
 * engine without), the room window, token lifetime, rate limits, self-hosted SDK assets and the
 * CSP mode. `createApp` registers {@link videoModule} (simulated, defaults) unless a configured one
 * is given; `startServer` configures one from the environment. Throws on invalid options.
 */
export function createVideoModule(options: VideoModuleOptions = {}): VideoModule {
  const runtime = videoRuntime(options);
  const register: ApiModule = (api) => registerTokenRoute(api, runtime);
  return Object.assign(register, {
    [VIDEO_MODULE]: true as const,
    pageMiddleware: Object.freeze(videoPageMiddleware(runtime)),
    engine: runtime.zoom ? ('zoom' as const) : ('simulated' as const),
  });
}

/** Whether a module is (a configured) video module. */
export function isVideoModule(module: ApiModule): module is VideoModule {
  return (module as Partial<VideoModule>)[VIDEO_MODULE] === true;
}

/** The video module with the defaults: simulated engine (no credentials), real clock. */
export const videoModule: VideoModule = createVideoModule();
