import { createReadStream, readFileSync, statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from '../http/env.ts';
import {
  COMPRESSION_THRESHOLD,
  chooseEncoding,
  compressedFile,
} from '../http/static-compression.ts';

/** The Zoom SDK's run-time assets (`@zoom/videosdk/dist/lib`) to serve from this server. */
export interface SdkAssets {
  /** Absolute path of the `dist/lib` directory. */
  directory: string;
  /** The SDK version (from its package.json), part of the versioned URL. */
  version: string;
}

/** Where the assets are served; the panel's `dependentAssets` points here. */
export const SDK_ASSETS_PATH = '/zoom-sdk/lib/';

const PACKAGE = '@zoom/videosdk';

/**
 * Finds `@zoom/videosdk/dist/lib`. The SDK is a dependency of `@machi-dx/video-panel`, not of the
 * server, so it is looked up from the server's own location first and then from the video
 * panel's (npm may nest it there); only ever called when self-hosting is switched on. Throws an
 * Error telling the operator what to install when it is missing.
 */
export function resolveSdkAssets(from: string = import.meta.url): SdkAssets {
  const require = createRequire(from);
  const attempts: Array<() => string> = [
    () => require.resolve(PACKAGE),
    () => createRequire(require.resolve('@machi-dx/video-panel')).resolve(PACKAGE),
  ];
  for (const attempt of attempts) {
    let entry: string;
    try {
      entry = attempt();
    } catch {
      continue;
    }
    // The entry is dist/index.js; the package exports no package.json, so read it from disk.
    const dist = dirname(entry);
    const directory = join(dist, 'lib');
    if (!isDirectory(directory)) continue;
    return { directory, version: readVersion(join(dist, '..', 'package.json')) };
  }
  throw new Error(
    `ZOOM_SDK_ASSETS=self needs ${PACKAGE} (its dist/lib directory) next to the server: install it with ` +
      `\`npm install ${PACKAGE}@2.5\` (it comes with @machi-dx/video-panel), give its dist/lib ` +
      'directory as ZOOM_SDK_ASSETS=/path/to/lib, or unset ZOOM_SDK_ASSETS to load the assets from Zoom’s CDN',
  );
}

/** The assets of an explicitly given `dist/lib` directory (`ZOOM_SDK_ASSETS=/path/to/lib`). */
export function sdkAssetsAt(directory: string): SdkAssets | undefined {
  if (!isDirectory(directory)) return undefined;
  return { directory, version: readVersion(join(directory, '..', '..', 'package.json')) };
}

function readVersion(packageJson: string): string {
  try {
    const version: unknown = JSON.parse(readFileSync(packageJson, 'utf8')).version;
    if (typeof version === 'string' && /^[0-9A-Za-z.+-]{1,64}$/.test(version)) return version;
  } catch {
    // an unversioned copy is still served, at the unversioned path only
  }
  return 'unknown';
}

function isDirectory(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.wav': 'audio/wav',
  '.bin': 'application/octet-stream',
};
const COMPRESSIBLE = new Set(['.js', '.json', '.wasm']);

/** The path the panel's `dependentAssets` should use: the versioned one (cached for good) if known. */
export function sdkAssetsPath(assets: SdkAssets): string {
  return assets.version === 'unknown' ? SDK_ASSETS_PATH : `/zoom-sdk/${assets.version}/lib/`;
}

/**
 * Serves the SDK's assets at `/zoom-sdk/lib/…` and at `/zoom-sdk/<version>/lib/…`. The file names
 * carry no hash, so the plain path is cached for a day with an ETag (a new SDK version is picked up
 * by the next day, or at once on revalidation); the versioned path can never change and is cached
 * for a year, immutable. Text and WebAssembly are compressed (brotli or gzip, once, then cached).
 */
export function serveSdkAssets(assets: SdkAssets): MiddlewareHandler<AppEnv> {
  const base = resolve(assets.directory);
  const versioned = `/zoom-sdk/${assets.version}/lib/`;
  return async (c, next) => {
    const method = c.req.method;
    if (method !== 'GET' && method !== 'HEAD') return next();
    const path = c.req.path;
    let rest: string;
    let cacheControl: string;
    if (path.startsWith(SDK_ASSETS_PATH)) {
      rest = path.slice(SDK_ASSETS_PATH.length);
      cacheControl = 'public, max-age=86400';
    } else if (assets.version !== 'unknown' && path.startsWith(versioned)) {
      rest = path.slice(versioned.length);
      cacheControl = 'public, max-age=31536000, immutable';
    } else {
      return next();
    }
    const file = await findAsset(base, rest);
    if (!file) return next(); // the app's 404 in the error shape
    c.set('logRoute', 'zoom-sdk-assets');
    return sendAsset(c, file, assets.version, cacheControl);
  };
}

async function findAsset(base: string, rest: string) {
  let decoded: string;
  try {
    decoded = decodeURIComponent(rest);
  } catch {
    return undefined;
  }
  const segments = decoded.split('/').filter(Boolean);
  // No dotfiles, parent segments, NUL or backslashes: nothing outside dist/lib is reachable.
  if (segments.length === 0) return undefined;
  if (segments.some((s) => s.startsWith('.') || s.includes('\0') || s.includes('\\'))) {
    return undefined;
  }
  const path = resolve(base, ...segments);
  if (!path.startsWith(base + sep)) return undefined;
  const type = TYPES[extname(path).toLowerCase()];
  if (!type) return undefined;
  const info = await stat(path).catch(() => undefined);
  if (!info?.isFile()) return undefined;
  return { path, type, size: info.size, mtimeMs: info.mtimeMs };
}

async function sendAsset(
  c: Context<AppEnv>,
  file: { path: string; type: string; size: number; mtimeMs: number },
  version: string,
  cacheControl: string,
) {
  // npm gives every installed file the same old mtime, so the version and size make the tag.
  const etag = `W/"${version}-${file.size.toString(16)}"`;
  const compressible = COMPRESSIBLE.has(extname(file.path).toLowerCase());
  const headers: Record<string, string> = { 'Cache-Control': cacheControl, ETag: etag };
  if (compressible) headers.Vary = 'Accept-Encoding';
  const ifNoneMatch = c.req.header('If-None-Match');
  if (ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag.slice(2))) {
    return c.body(null, 304, headers);
  }
  const encoding =
    compressible && file.size >= COMPRESSION_THRESHOLD
      ? chooseEncoding(c.req.header('Accept-Encoding'))
      : undefined;
  const common = { ...headers, 'Content-Type': file.type };
  if (encoding) {
    const body = await compressedFile(file.path, encoding, file.size, file.mtimeMs);
    const encoded = {
      ...common,
      'Content-Encoding': encoding,
      'Content-Length': String(body.length),
    };
    if (c.req.method === 'HEAD') return c.body(null, 200, encoded);
    return c.body(new Uint8Array(body), 200, encoded);
  }
  const length = { 'Content-Length': String(file.size) };
  if (c.req.method === 'HEAD') return c.body(null, 200, { ...common, ...length });
  const stream = Readable.toWeb(createReadStream(file.path)) as ReadableStream<Uint8Array>;
  return c.body(stream, 200, { ...common, ...length });
}
