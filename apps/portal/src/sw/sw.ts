// The portal's service worker, built to /sw.js with the precache manifest written in at build
// time (see vitePlugin.ts). A classic script: it imports only ./routing, which is bundled in.
import {
  answerWithShell,
  cacheName,
  isCacheable,
  PAGE_TIMEOUT_MS,
  type PrecacheManifest,
  routeRequest,
  SHELL_PATH,
  SKIP_WAITING,
  staleCaches,
} from './routing';

// The worker's global scope, typed by hand: the DOM library is the one the rest of the app uses.
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  location: Location;
  skipWaiting(): Promise<void>;
  clients: { claim(): Promise<void> };
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
// Replaced by the build with the JSON of the manifest (a string literal, so minifiers keep it).
const manifest = JSON.parse('__MACHI_DX_PRECACHE_MANIFEST__') as PrecacheManifest;
const cache = cacheName(manifest.version);

worker.addEventListener('install', (event) => {
  // `reload` skips the HTTP cache, so the shell is what the server has now. No skipWaiting here:
  // a new version waits until the person agrees (the page asks), or until every tab is closed.
  event.waitUntil(
    caches
      .open(cache)
      .then((store) =>
        store.addAll(manifest.files.map((file) => new Request(file, { cache: 'reload' }))),
      ),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((names) =>
        Promise.all(staleCaches(names, manifest.version).map((name) => caches.delete(name))),
      )
      .then(() => worker.clients.claim()),
  );
});

worker.addEventListener('message', (event) => {
  if (event.data === SKIP_WAITING) void worker.skipWaiting();
});

worker.addEventListener('fetch', (event) => {
  const { request } = event;
  const route = routeRequest(
    {
      method: request.method,
      url: request.url,
      mode: request.mode,
      hasRange: request.headers.has('range'),
    },
    worker.location.origin,
    manifest,
  );
  if (route === 'page') event.respondWith(page(request));
  else if (route === 'cached') event.respondWith(cachedFirst(request));
});

/** Network first; the precached shell when the network fails, hangs or a gateway answers for it. */
async function page(request: Request): Promise<Response> {
  const network = fetch(request).catch(() => undefined);
  const timeout = new Promise<undefined>((resolve) =>
    setTimeout(resolve, PAGE_TIMEOUT_MS, undefined),
  );
  const first = await Promise.race([network, timeout]);
  if (!answerWithShell(first)) return first as Response;
  const shell = await caches.match(SHELL_PATH, { cacheName: cache });
  if (shell) return shell;
  // No shell (never installed, storage cleared): whatever the network says, however late.
  return (await network) ?? Response.error();
}

/** Cache first (hashed files never change); on a miss the network, kept for next time. */
async function cachedFirst(request: Request): Promise<Response> {
  const hit = await caches.match(request, { cacheName: cache });
  if (hit) return hit;
  const response = await fetch(request);
  if (isCacheable(response)) {
    const copy = response.clone();
    void caches
      .open(cache)
      .then((store) => store.put(request, copy))
      .catch(() => undefined);
  }
  return response;
}
