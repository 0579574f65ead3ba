import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/env.ts';
import { type CspAdditions, contentSecurityPolicy } from '../http/security-headers.ts';
import { serveSdkAssets } from './assets.ts';
import type { VideoRuntime } from './runtime.ts';

/** Zoom's hosts the SDK talks to: the API and media servers (`*.zoom.us`, over HTTPS and WebSocket). */
export const ZOOM_CONNECT_SOURCES: readonly string[] = Object.freeze([
  'https://zoom.us',
  'https://*.zoom.us',
  'wss://*.zoom.us',
]);

/** Zoom's global asset CDN, needed only when the assets are not served by this server. */
export const ZOOM_ASSET_CDN = 'https://source.zoom.us';

/**
 * What the Zoom SDK needs on top of the default policy: `'wasm-unsafe-eval'` to compile its
 * WebAssembly (narrower than `'unsafe-eval'`: it allows no JavaScript eval); `blob:` scripts and
 * workers, because the SDK fetches its worker code and starts it from `blob:` URLs (which inherit
 * the page's policy, then `importScripts` more `blob:` code); `blob:` media for its fallback video
 * elements; Zoom's servers for `connect-src`; and Zoom's CDN only when the assets come from it.
 */
export function videoCspAdditions(options: { selfHostedAssets: boolean }): CspAdditions {
  const cdn = options.selfHostedAssets ? [] : [ZOOM_ASSET_CDN];
  return {
    'script-src': ["'wasm-unsafe-eval'", 'blob:', ...cdn],
    'worker-src': ["'self'", 'blob:'],
    'media-src': ["'self'", 'blob:'],
    'connect-src': [...ZOOM_CONNECT_SOURCES, ...cdn],
  };
}

/**
 * The app-level middleware of the video module, added before the SPA is served: the SDK's
 * assets at `/zoom-sdk/lib/` when self-hosted, and the widened CSP on the room pages (or on every
 * page, or none — `VIDEO_CSP`) while the Zoom engine is configured. The simulated engine needs no
 * wider policy, so without credentials every page keeps the strict default.
 */
export function videoPageMiddleware(runtime: VideoRuntime): MiddlewareHandler<AppEnv>[] {
  const middleware: MiddlewareHandler<AppEnv>[] = [];
  if (runtime.zoom && runtime.csp !== 'off') {
    const policy = contentSecurityPolicy(
      videoCspAdditions({ selfHostedAssets: runtime.sdkAssets !== undefined }),
    );
    const everywhere = runtime.csp === 'all';
    const { roomPaths } = runtime;
    middleware.push(async (c, next) => {
      if (everywhere || roomPaths.some((prefix) => c.req.path.startsWith(prefix))) {
        c.set('contentSecurityPolicy', policy);
      }
      await next();
    });
  }
  if (runtime.sdkAssets) middleware.push(serveSdkAssets(runtime.sdkAssets));
  return middleware;
}
