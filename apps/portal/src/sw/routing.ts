// The service worker's decisions as pure functions, so they are tested without a worker.
// Nothing here touches `self`, `caches` or `fetch`.

/** What the build writes into sw.js: the app shell to precache and its version. */
export interface PrecacheManifest {
  /** Changes with any precached file's content; names the cache. */
  version: string;
  /** Same-origin paths: `/index.html`, the hashed `/assets/*` of the build, public files. */
  files: readonly string[];
}

/** The parts of a request the routing looks at. */
export interface RequestFacts {
  method: string;
  url: string;
  /** `Request.mode`: `navigate` for page loads. */
  mode: string;
  /** Whether the request carries a `Range` header (media seeking: never from the cache). */
  hasRange?: boolean;
}

/**
 * How the worker answers a request:
 * - `bypass`: not at all, the browser goes to the network as if there were no worker;
 * - `page`: network first, the precached app shell (`/index.html`) when the network fails;
 * - `cached`: cache first (hashed assets never change), network on a miss, then cached.
 */
export type Route = 'bypass' | 'page' | 'cached';

/** Prefix of every cache this worker creates; caches of other code on the origin are left alone. */
export const CACHE_PREFIX = 'machi-dx-shell-';

/** The shell's index page: what every navigation falls back to (the SPA routes in the browser). */
export const SHELL_PATH = '/index.html';

/**
 * Pages left to the network: the video room is served with its own Content-Security-Policy (the
 * Zoom SDK's sources), which the cached shell does not carry, and needs a connection anyway.
 * The server's default `VIDEO_ROOM_PATHS`.
 */
export const NETWORK_ONLY_PAGES: readonly string[] = ['/consultation/room/'];

/** How long a page request waits for the network before the shell answers (a link that hangs). */
export const PAGE_TIMEOUT_MS = 4000;

/** The message a page posts to the waiting worker to apply the update. */
export const SKIP_WAITING = 'machi-dx:skip-waiting';

/** The cache holding one version of the app shell. */
export function cacheName(version: string): string {
  return `${CACHE_PREFIX}${version}`;
}

/** Caches of older versions, to delete when this version activates. */
export function staleCaches(names: readonly string[], version: string): string[] {
  const current = cacheName(version);
  return names.filter((name) => name.startsWith(CACHE_PREFIX) && name !== current);
}

/**
 * Decides how to answer a request. Only same-origin GETs are ever answered: never a POST (a
 * report must reach the server or fail visibly), never `/api/` (live data, sessions, the outbox's
 * ping — a cached answer would lie about connectivity), never the worker script itself.
 */
export function routeRequest(
  request: RequestFacts,
  origin: string,
  manifest: PrecacheManifest,
): Route {
  if (request.method !== 'GET' || request.hasRange) return 'bypass';
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    return 'bypass';
  }
  if (url.origin !== origin) return 'bypass';
  const path = url.pathname;
  if (path === '/api' || path.startsWith('/api/') || path === '/sw.js') return 'bypass';
  if (request.mode === 'navigate') {
    if (NETWORK_ONLY_PAGES.some((prefix) => path.startsWith(prefix))) return 'bypass';
    // A link to a file (a CSV export, a PDF) is not a page of the app.
    const last = path.slice(path.lastIndexOf('/') + 1);
    return last.includes('.') && path !== SHELL_PATH ? 'bypass' : 'page';
  }
  if (path.startsWith('/assets/') || manifest.files.includes(path)) return 'cached';
  return 'bypass';
}

/**
 * Whether a page request should be answered from the shell instead of the network's answer:
 * when there was none (offline, timed out) or a gateway said the server is away (502–504), so
 * a shelter with a flaky link still gets its outbox. Other answers (a 404 page, a 500 from the
 * app) are the server's word and pass through.
 */
export function answerWithShell(response: { status: number } | undefined): boolean {
  return response === undefined || [502, 503, 504].includes(response.status);
}

/** Whether a network answer for a `cached` route may be stored: a complete, same-origin 200. */
export function isCacheable(response: { status: number; type: string }): boolean {
  return response.status === 200 && (response.type === 'basic' || response.type === 'default');
}
