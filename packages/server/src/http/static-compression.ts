import { readFile, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

/** Encodings the static server produces, best first. */
export type Encoding = 'br' | 'gzip';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Below this, compression costs more than it saves (same threshold as Hono's compress). */
export const COMPRESSION_THRESHOLD = 1024;
const CACHE_LIMIT_BYTES = 64 * 1024 * 1024;
const cache = new Map<string, Buffer>();
let cachedBytes = 0;

/** Picks br, then gzip, from an Accept-Encoding header (`q=0` refuses); undefined for identity. */
export function chooseEncoding(acceptEncoding: string | undefined): Encoding | undefined {
  if (!acceptEncoding) return undefined;
  const weights = new Map<string, number>();
  for (const part of acceptEncoding.split(',')) {
    const [name = '', ...params] = part.trim().toLowerCase().split(';');
    const q = params.map((p) => /^\s*q=([\d.]+)\s*$/.exec(p)?.[1]).find(Boolean);
    weights.set(name.trim(), q === undefined ? 1 : Number(q));
  }
  const weight = (name: Encoding) => weights.get(name) ?? weights.get('*') ?? 0;
  const best = (['br', 'gzip'] as const).filter((name) => weight(name) > 0);
  return best.sort((a, b) => weight(b) - weight(a))[0];
}

/**
 * The file's bytes in `encoding`: a precompressed sibling (`app.js.br`, `app.js.gz`) when the
 * build wrote one that is not older than the file, otherwise compressed once and kept in a
 * bounded in-memory cache keyed by path, size and mtime (so a rebuilt file is recompressed).
 */
export async function compressedFile(
  file: string,
  encoding: Encoding,
  size: number,
  mtimeMs: number,
): Promise<Buffer> {
  const sibling = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
  const siblingStat = await stat(sibling).catch(() => undefined);
  if (siblingStat?.isFile() && siblingStat.mtimeMs >= mtimeMs) return readFile(sibling);

  const key = `${encoding}:${size}:${mtimeMs}:${file}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key); // re-insert: Map order doubles as least-recently-used order
    cache.set(key, hit);
    return hit;
  }
  const raw = await readFile(file);
  const compressed =
    encoding === 'br'
      ? await brotli(raw, {
          params: {
            // Quality 9 is within a few per cent of 11 at a fraction of the first-request cost.
            [constants.BROTLI_PARAM_QUALITY]: 9,
            [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          },
        })
      : await gzipAsync(raw, { level: 9 });
  remember(key, compressed);
  return compressed;
}

function remember(key: string, value: Buffer) {
  if (value.length > CACHE_LIMIT_BYTES / 4) return;
  cache.set(key, value);
  cachedBytes += value.length;
  for (const [oldKey, oldValue] of cache) {
    if (cachedBytes <= CACHE_LIMIT_BYTES) break;
    cache.delete(oldKey);
    cachedBytes -= oldValue.length;
  }
}
