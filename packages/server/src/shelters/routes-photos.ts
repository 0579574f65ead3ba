import { createRoute, z } from '@hono/zod-openapi';
import { photoContentTypes } from '@machi-dx/shelter-forms/core';
import type { MiddlewareHandler } from 'hono';
import type { ApiRouter } from '../app.ts';
import type { Account } from '../auth/accounts.ts';
import { requireSession, type SessionEnv } from '../auth/require-session.ts';
import { SESSION_SECURITY_SCHEME } from '../auth/routes.ts';
import { ApiError, apiError } from '../errors.ts';
import { rateLimit } from '../http/rate-limit.ts';
import { errorResponses } from '../routes/schemas.ts';
import { ownShelterOrHq } from './access.ts';
import { loadPhoto, receivePhoto } from './photos.ts';
import type { ShelterRuntime } from './runtime.ts';
import { PhotoParams, PhotoReceiptResponse } from './schemas.ts';

const security = [{ [SESSION_SECURITY_SCHEME]: [] }];
const binary = { schema: z.string().openapi({ type: 'string', format: 'binary' }) };
const imageContent = Object.fromEntries(photoContentTypes.map((type) => [type, binary]));
const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/webp': 'webp',
};

/** The photo routes' path (relative to `/api/v1`); its body limit is the runtime's `photoMaxBytes`. */
export const PHOTO_PATH = '/shelters/{nationalShelterId}/reports/{reportId}/photos/{sha256}';

/** `PUT` and `GET /shelters/{nationalShelterId}/reports/{reportId}/photos/{sha256}`. */
export function registerPhotoRoutes(api: ApiRouter, runtime: ShelterRuntime) {
  const maxMiB = (runtime.photoMaxBytes / 1024 / 1024).toFixed(1).replace(/\.0$/, '');
  const limit = runtime.photoUploadLimitPerMinute;
  // Per account (a shelter's devices share it), in the database so every instance counts together.
  const limiter: MiddlewareHandler<SessionEnv> =
    limit === false
      ? (_c, next) => next()
      : (rateLimit({
          key: (c) => `shelter-photos:account:${(c.get('account' as never) as Account).id}`,
          limit,
          windowSeconds: 60,
        }) as unknown as MiddlewareHandler<SessionEnv>);
  const putRoute = createRoute({
    method: 'put',
    path: PHOTO_PATH,
    tags: ['shelters'],
    summary: 'Upload a photo of a report (idempotent on report id and SHA-256)',
    description: [
      'The raw bytes of one photo the report lists in `data.photos`, sent after the report was acknowledged, with `Content-Type` `image/jpeg`, `image/png` or `image/webp`. Stored once per (report, SHA-256): the first time 201, the same photo again 200 with the same answer.',
      `Only the shelter's own account uploads (HQ and other shelters: 403). 404 \`report_not_found\` while the report has not arrived: send the report first, then retry the photo. 422 when the bytes' SHA-256 is not the one in the path, the type is not allowed or does not match the bytes or the report's listing, or the report does not list the photo. At most ${maxMiB} MiB (413).${limit === false ? '' : ` At most ${limit} uploads per account and minute (429 with Retry-After).`} Nothing is stored on any 4xx.`,
    ].join('\n\n'),
    security,
    middleware: [requireSession({ roles: ['shelter'] }), ownShelterOrHq(), limiter] as const,
    request: { params: PhotoParams, body: { required: true, content: imageContent } },
    responses: {
      201: {
        description: 'Stored',
        content: { 'application/json': { schema: PhotoReceiptResponse } },
      },
      200: {
        description: 'Stored before: the first answer',
        content: { 'application/json': { schema: PhotoReceiptResponse } },
      },
      ...errorResponses(401, 403, 404, 413, 422, 429),
    },
  });
  api.openapi(putRoute, async (c) => {
    const { nationalShelterId, reportId, sha256 } = c.req.valid('param');
    const length = Number(c.req.header('content-length'));
    if (Number.isFinite(length) && length > runtime.photoMaxBytes) {
      throw apiError('payload_too_large');
    }
    const bytes = new Uint8Array(await c.req.arrayBuffer());
    if (bytes.byteLength > runtime.photoMaxBytes) throw apiError('payload_too_large');
    const result = await receivePhoto(c.get('db'), {
      shelterId: nationalShelterId,
      reportId,
      sha256,
      contentType: c.req.header('content-type'),
      bytes,
      account: c.get('account'),
    });
    return c.json({ photo: result.photo }, result.created ? 201 : 200);
  });

  const getRoute = createRoute({
    method: 'get',
    path: PHOTO_PATH,
    tags: ['shelters'],
    summary: 'View a photo of a report',
    description:
      'The stored bytes with their type, `X-Content-Type-Options: nosniff` and a private, immutable cache (the address names the content). HQ sees every shelter; a shelter account its own. 404 `photo_not_found` until the photo has arrived (see `photos[].received` in the report list).',
    security,
    middleware: [requireSession({ roles: ['shelter', 'hq'] }), ownShelterOrHq()] as const,
    request: { params: PhotoParams },
    responses: {
      200: { description: 'The photo', content: imageContent },
      304: { description: 'Not modified (If-None-Match)' },
      ...errorResponses(401, 403, 404, 422),
    },
  });
  api.openapi(getRoute, async (c) => {
    const { nationalShelterId, reportId, sha256 } = c.req.valid('param');
    const photo = await loadPhoto(c.get('db'), nationalShelterId, reportId, sha256);
    if (!photo) {
      throw new ApiError(404, 'photo_not_found', {
        ja: 'この写真はまだ届いていません。',
        en: 'This photo has not arrived yet.',
      });
    }
    return photoResponse(c.req.header('if-none-match'), sha256, photo.contentType, photo.bytes);
  });
}

/** The photo with headers that keep it an image and out of shared caches. */
function photoResponse(
  ifNoneMatch: string | undefined,
  sha256: string,
  type: string,
  bytes: Uint8Array,
): Response {
  const etag = `"${sha256}"`;
  const headers = new Headers({
    'Content-Type': type,
    'X-Content-Type-Options': 'nosniff',
    // Content-addressed: it never changes, but it is a shelter's photo, so no shared cache.
    'Cache-Control': 'private, max-age=31536000, immutable',
    ETag: etag,
    'Content-Disposition': `inline; filename="photo-${sha256.slice(0, 12)}.${EXTENSIONS[type] ?? 'bin'}"`,
  });
  if (ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) {
    return new Response(null, { status: 304, headers });
  }
  headers.set('Content-Length', String(bytes.byteLength));
  return new Response(bytes as Uint8Array<ArrayBuffer>, { status: 200, headers });
}
