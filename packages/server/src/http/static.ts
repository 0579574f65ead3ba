import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { Readable } from 'node:stream';
import type { Context, MiddlewareHandler } from 'hono';
import type { AppEnv } from './env.ts';
import { COMPRESSION_THRESHOLD, chooseEncoding, compressedFile } from './static-compression.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.pdf': 'application/pdf',
};
const COMPRESSIBLE =
  /^(text\/|application\/(json|manifest\+json|xml|wasm)|image\/(svg\+xml|x-icon)|font\/(ttf|otf))/;

/** Hashed build output: safe to cache for a year because a new build gets new names. */
const IMMUTABLE = 'public, max-age=31536000, immutable';
/** Everything else (index.html, sw.js, favicon): revalidate each time, answered by 304 when unchanged. */
const REVALIDATE = 'no-cache';

/**
 * Serves a built single-page app from `root`: files with compression and ETags, `/assets/*`
 * cached for a year, and unknown paths that look like pages (no file extension, outside
 * `/assets/`) answered with index.html — but only to clients that accept HTML, so a missing
 * script or an API-style fetch gets a real 404 instead of a page.
 */
export function serveSpa(root: string): MiddlewareHandler<AppEnv> {
  const base = resolve(root);
  const indexFile = join(base, 'index.html');
  return async (c, next) => {
    const method = c.req.method;
    const path = c.req.path;
    if ((method !== 'GET' && method !== 'HEAD') || path === '/api' || path.startsWith('/api/')) {
      return next();
    }
    const file = await findFile(base, path);
    if (file) {
      c.set('logRoute', 'static');
      return sendFile(c, file.path, file, path.startsWith('/assets/') ? IMMUTABLE : REVALIDATE);
    }
    const lastSegment = path.slice(path.lastIndexOf('/') + 1);
    const looksLikeFile = lastSegment.includes('.') || path.startsWith('/assets/');
    if (looksLikeFile || !acceptsHtml(c.req.header('Accept'))) return next();
    const index = await statFile(indexFile);
    if (!index) return next();
    c.set('logRoute', 'spa-fallback');
    return sendFile(c, indexFile, index, REVALIDATE);
  };
}

interface FileInfo {
  size: number;
  mtimeMs: number;
}

async function findFile(
  base: string,
  urlPath: string,
): Promise<(FileInfo & { path: string }) | undefined> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  const segments = decoded.split('/').filter(Boolean);
  // No dotfiles or parent segments, no NUL, no backslash tricks on any platform.
  if (segments.some((s) => s.startsWith('.') || s.includes('\0') || s.includes('\\')))
    return undefined;
  const candidate = resolve(base, ...segments);
  if (candidate !== base && !candidate.startsWith(base + sep)) return undefined;
  const info = await statFile(candidate);
  if (info) return { ...info, path: candidate };
  if (await isDirectory(candidate)) {
    const nested = join(candidate, 'index.html');
    const nestedInfo = await statFile(nested);
    if (nestedInfo) return { ...nestedInfo, path: nested };
  }
  return undefined;
}

async function sendFile(c: Context<AppEnv>, file: string, info: FileInfo, cacheControl: string) {
  const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`;
  const compressible = COMPRESSIBLE.test(type);
  const headers: Record<string, string> = { 'Cache-Control': cacheControl, ETag: etag };
  if (compressible) headers.Vary = 'Accept-Encoding';

  if (matchesEtag(c.req.header('If-None-Match'), etag)) {
    return c.body(null, 304, headers);
  }
  const encoding =
    compressible && info.size >= COMPRESSION_THRESHOLD
      ? chooseEncoding(c.req.header('Accept-Encoding'))
      : undefined;
  if (encoding) {
    const body = await compressedFile(file, encoding, info.size, info.mtimeMs);
    return c.body(new Uint8Array(body), 200, {
      ...headers,
      'Content-Type': type,
      'Content-Encoding': encoding,
      'Content-Length': String(body.length),
    });
  }
  if (c.req.method === 'HEAD') {
    return c.body(null, 200, {
      ...headers,
      'Content-Type': type,
      'Content-Length': String(info.size),
    });
  }
  const stream = Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>;
  return c.body(stream, 200, {
    ...headers,
    'Content-Type': type,
    'Content-Length': String(info.size),
  });
}

function matchesEtag(ifNoneMatch: string | undefined, etag: string): boolean {
  if (!ifNoneMatch) return false;
  const weak = (tag: string) => tag.trim().replace(/^W\//, '');
  return ifNoneMatch.split(',').some((tag) => tag.trim() === '*' || weak(tag) === weak(etag));
}

function acceptsHtml(accept: string | undefined): boolean {
  // `*/*` alone (fetch, curl) is not enough: only navigations ask for HTML explicitly.
  return !!accept && /(^|,)\s*(text\/html|application\/xhtml\+xml)\s*(;|,|$)/i.test(accept);
}

async function statFile(path: string): Promise<FileInfo | undefined> {
  const info = await stat(path).catch(() => undefined);
  return info?.isFile() ? { size: info.size, mtimeMs: info.mtimeMs } : undefined;
}

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}
