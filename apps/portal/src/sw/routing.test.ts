import { SKIP_WAITING_MESSAGE } from './register';
import {
  answerWithShell,
  cacheName,
  isCacheable,
  type PrecacheManifest,
  type RequestFacts,
  routeRequest,
  SKIP_WAITING,
  staleCaches,
} from './routing';

const origin = 'https://city.example.jp';
const manifest: PrecacheManifest = {
  version: 'v2',
  files: ['/index.html', '/assets/index-abc.js', '/assets/index-def.css', '/favicon.svg'],
};
const get = (path: string, extra: Partial<RequestFacts> = {}): RequestFacts => ({
  method: 'GET',
  url: new URL(path, origin).href,
  mode: 'cors',
  ...extra,
});
const route = (facts: RequestFacts) => routeRequest(facts, origin, manifest);

describe('routeRequest', () => {
  it.each(['POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'])(
    'never answers a %s, not even for a page or an asset',
    (method) => {
      expect(route(get('/shelter', { method, mode: 'navigate' }))).toBe('bypass');
      expect(route(get('/assets/index-abc.js', { method }))).toBe('bypass');
      expect(route(get('/api/v1/shelters/E3820390001111/reports', { method }))).toBe('bypass');
    },
  );

  it.each(['/api/v1/ping?t=1', '/api/v1/auth/me', '/api/v1/shelters', '/api/v1/hq/events', '/api'])(
    'never answers %s (live data and the connectivity probe)',
    (path) => {
      expect(route(get(path))).toBe('bypass');
      expect(route(get(path, { mode: 'navigate' }))).toBe('bypass');
    },
  );

  it('leaves other origins, the worker script, ranges and unknown files to the network', () => {
    expect(route(get('https://source.zoom.us/lib.js'))).toBe('bypass');
    expect(route(get('https://other.example/shelter', { mode: 'navigate' }))).toBe('bypass');
    expect(route(get('/sw.js'))).toBe('bypass');
    expect(route(get('/assets/index-abc.js', { hasRange: true }))).toBe('bypass');
    expect(route(get('/robots.txt'))).toBe('bypass');
    expect(route(get('/zoom-sdk/lib/av.wasm'))).toBe('bypass');
  });

  it('answers page loads network first with the shell behind, except links to files', () => {
    expect(route(get('/shelter', { mode: 'navigate' }))).toBe('page');
    expect(route(get('/', { mode: 'navigate' }))).toBe('page');
    expect(route(get('/consultation/manage/ABC?lang=en', { mode: 'navigate' }))).toBe('page');
    expect(route(get('/index.html', { mode: 'navigate' }))).toBe('page');
    expect(route(get('/report.pdf', { mode: 'navigate' }))).toBe('bypass');
  });

  it('leaves the video room to the network: it has its own policy and needs a connection', () => {
    expect(route(get('/consultation/room/UWJ-7QX2', { mode: 'navigate' }))).toBe('bypass');
    expect(route(get('/consultation/manage/UWJ-7QX2', { mode: 'navigate' }))).toBe('page');
  });

  it('answers hashed assets and precached files from the cache first', () => {
    expect(route(get('/assets/index-abc.js'))).toBe('cached');
    expect(route(get('/assets/ZoomEngine-123.js'))).toBe('cached');
    expect(route(get('/favicon.svg'))).toBe('cached');
  });
});

describe('caches', () => {
  it('names a cache per version and finds only our older ones to delete', () => {
    expect(cacheName('v2')).toBe('machi-dx-shell-v2');
    expect(
      staleCaches(
        ['machi-dx-shell-v1', 'machi-dx-shell-v2', 'other-app', 'machi-dx-shell-v0'],
        'v2',
      ),
    ).toEqual(['machi-dx-shell-v1', 'machi-dx-shell-v0']);
  });

  it('falls back to the shell only when there is no answer or a gateway answers', () => {
    expect(answerWithShell(undefined)).toBe(true);
    for (const status of [502, 503, 504]) expect(answerWithShell({ status })).toBe(true);
    for (const status of [200, 304, 404, 500]) expect(answerWithShell({ status })).toBe(false);
  });

  it('stores only complete same-origin answers', () => {
    expect(isCacheable({ status: 200, type: 'basic' })).toBe(true);
    expect(isCacheable({ status: 206, type: 'basic' })).toBe(false);
    expect(isCacheable({ status: 404, type: 'basic' })).toBe(false);
    expect(isCacheable({ status: 0, type: 'opaque' })).toBe(false);
  });

  it('the page and the worker agree on the update message', () => {
    expect(SKIP_WAITING_MESSAGE).toBe(SKIP_WAITING);
  });
});
