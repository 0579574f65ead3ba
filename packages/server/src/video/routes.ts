import { createRoute, z } from '@hono/zod-openapi';
import { formatTokyoIso } from '@machi-dx/ui/core';
import type { MiddlewareHandler } from 'hono';
import type { ApiRouter } from '../app.ts';
import { SESSION_SECURITY_SCHEME } from '../auth/routes.ts';
import { rateLimitAddress } from '../http/client-ip.ts';
import type { AppEnv } from '../http/env.ts';
import { consumeRateLimit, rateLimit, tooManyRequests } from '../http/rate-limit.ts';
import { errorResponses } from '../routes/schemas.ts';
import { identifyCaller, type VideoCaller } from './access.ts';
import { sdkAssetsPath } from './assets.ts';
import { tokenTimes } from './claims.ts';
import { bookingCancelled, roomClosed, roomNotOpen } from './errors.ts';
import { MAX_SESSION_NAME_LENGTH, signVideoSdkToken } from './jwt.ts';
import type { VideoRuntime } from './runtime.ts';
import { roomState, roomWindow } from './window.ts';

/** The security scheme name of a booking's manage token (the booking API registers the same). */
const MANAGE_TOKEN_SCHEME = 'manageToken';

const SECURITY: Record<string, string[]>[] = [
  { [MANAGE_TOKEN_SCHEME]: [] },
  { [SESSION_SECURITY_SCHEME]: [] },
];

/** What a resident is called in the session: a neutral label, never their name (see README). */
export const RESIDENT_LABELS = Object.freeze({
  ja: '相談者',
  en: 'Resident',
  'ja-easy': 'そうだんする ひと',
});

/** `POST /video/token` body. */
export const VideoTokenBody = z
  .object({
    reference: z
      .string()
      .min(1)
      .max(40)
      .openapi({ example: 'UWJ-7K4P-M2', description: 'The booking reference (as typed).' }),
    role: z.enum(['host', 'participant']).optional().openapi({
      description:
        'The role wanted; by default the highest the credentials allow (specialist: host, resident: participant). A resident asking for `host` gets 403.',
    }),
    locale: z.enum(['ja', 'en', 'ja-easy']).optional().openapi({
      description: 'Language of the suggested `userName` for a resident (default `ja`).',
    }),
  })
  .openapi('VideoTokenRequest');

/** `POST /video/token` 200: passed to `<VideoPanel session={…}>` as it is. */
export const VideoTokenResponse = z
  .object({
    engine: z.enum(['zoom', 'simulated']),
    token: z.string().optional().openapi({
      description: 'The Zoom Video SDK JWT (engine `zoom` only). Never cache or log it.',
    }),
    sessionName: z.string().max(MAX_SESSION_NAME_LENGTH).openapi({
      description:
        'The session to join (the token’s `tpc`): the same for the resident and the specialist of a booking, not derivable from the reference.',
      example: 'consult-3f9a0c1d2b4e5f60718293a4b5c6d7e8',
    }),
    userName: z.string().openapi({
      description:
        'Suggested display name: the specialist’s name for the host, a neutral label for the resident.',
    }),
    role: z.enum(['host', 'participant']),
    expiresAt: z.string().openapi({
      description: 'When the token expires (ISO 8601, +09:00); ask again after it.',
      example: '2026-12-01T11:00:00+09:00',
    }),
    dependentAssets: z.string().optional().openapi({
      description:
        'Engine `zoom` with `ZOOM_SDK_ASSETS` set: the path on this server the SDK loads its assets from. Resolve it against the page’s origin and pass it as `engineOptions.zoom.dependentAssets` (the room pages’ CSP then allows no CDN).',
      example: '/zoom-sdk/2.5.0/lib/',
    }),
  })
  .openapi('VideoTokenResponse');

function addressLimit(runtime: VideoRuntime): MiddlewareHandler<AppEnv>[] {
  const rule = runtime.addressRateLimit;
  if (!rule) return [];
  return [
    rateLimit({
      // Without a known address (the app mounted without a socket) nothing is shared: skip.
      key: (c) => {
        const ip = c.get('clientIp');
        return ip ? `video-token:ip:${rateLimitAddress(ip)}` : undefined;
      },
      limit: rule.limit,
      windowSeconds: rule.windowSeconds,
    }),
  ];
}

function describe(runtime: VideoRuntime): string {
  const limits = [
    runtime.addressRateLimit &&
      `${runtime.addressRateLimit.limit} requests per client address in ${runtime.addressRateLimit.windowSeconds} s`,
    runtime.bookingRateLimit &&
      `${runtime.bookingRateLimit.limit} tokens per booking in ${runtime.bookingRateLimit.windowSeconds} s`,
  ].filter(Boolean);
  return [
    'A token for a booking’s video room, for its resident (the manage token in `Authorization: Bearer`, role `participant`) or for the specialist assigned to it (session cookie, role `host`). With a Bearer header the cookie is ignored.',
    '401 `unauthorized` without credentials, and — the same answer — for a wrong token or an unknown reference with a Bearer header; 403 `forbidden` for another specialist, another role, or a resident asking for `host`; 404 for an unknown reference with a specialist’s session.',
    `403 \`booking_cancelled\` for a cancelled booking; 403 \`room_not_open\` before the room opens (${runtime.opensMinutesBefore} minutes before the start) and \`room_closed\` after it closes (${runtime.closesMinutesAfter} minutes after the end) or once the session is marked done or no-show, both with \`opensAt\` and \`closesAt\`.`,
    'Without Zoom credentials on the server: `engine: "simulated"` and no `token`, with the same rules.',
    limits.length ? `At most ${limits.join(' and ')} (429 with \`Retry-After\`).` : '',
  ]
    .filter(Boolean)
    .join('\n\n');
}

/** `POST /video/token`. */
export function registerTokenRoute(api: ApiRouter, runtime: VideoRuntime) {
  api.openAPIRegistry.registerComponent('securitySchemes', MANAGE_TOKEN_SCHEME, {
    type: 'http',
    scheme: 'bearer',
    description:
      'The `manageToken` from the booking’s 201 answer. The manage link carries it in the URL fragment, which browsers never send to a server.',
  });
  const route = createRoute({
    method: 'post',
    path: '/video/token',
    tags: ['video'],
    summary: 'A video session token for a booking',
    description: describe(runtime),
    // Either scheme: typed up front, or TypeScript infers a union that defeats createRoute's types.
    security: SECURITY,
    middleware: addressLimit(runtime),
    request: {
      body: { required: true, content: { 'application/json': { schema: VideoTokenBody } } },
    },
    responses: {
      200: {
        description: 'The session details for the video panel',
        content: { 'application/json': { schema: VideoTokenResponse } },
      },
      ...errorResponses(400, 401, 403, 404, 413, 415, 422, 429),
    },
  });

  api.openapi(route, async (c) => {
    const body = c.req.valid('json');
    const caller = await identifyCaller(c, body.reference, body.role);
    const { booking } = caller;
    if (booking.status === 'cancelled') throw bookingCancelled();
    const now = runtime.now();
    const window = roomWindow(booking, runtime);
    if (booking.status === 'done' || booking.status === 'no_show') throw roomClosed(window);
    const state = roomState(now, window);
    if (state === 'not_open') throw roomNotOpen(window);
    if (state === 'closed') throw roomClosed(window);

    const rule = runtime.bookingRateLimit;
    if (rule) {
      const decision = await consumeRateLimit(c.get('db'), {
        key: `video-token:booking:${booking.id}`,
        limit: rule.limit,
        windowSeconds: rule.windowSeconds,
      });
      if (!decision.allowed) throw tooManyRequests(decision.retryAfterSeconds);
    }

    const answer = issue(runtime, caller, now, body.locale ?? 'ja');
    c.get('logger').info(
      {
        booking: booking.id,
        role: answer.role,
        engine: answer.engine,
        expiresAt: answer.expiresAt,
      },
      'video token issued',
    );
    return c.json(answer, 200);
  });
}

/** The answer for an authorised caller inside the window: a signed token with Zoom, none without. */
function issue(
  runtime: VideoRuntime,
  caller: VideoCaller,
  now: Date,
  locale: keyof typeof RESIDENT_LABELS,
): z.infer<typeof VideoTokenResponse> {
  const { booking, role } = caller;
  const { identifiers, zoom } = runtime;
  const sessionName = identifiers.sessionName(booking.id);
  const times = tokenTimes(now, booking.end, runtime.graceAfterEndSeconds);
  const userName = caller.kind === 'specialist' ? booking.specialistName : RESIDENT_LABELS[locale];
  const expiresAt = formatTokyoIso(new Date(times.exp * 1000));
  if (!zoom) return { engine: 'simulated', sessionName, userName, role, expiresAt };
  const token = signVideoSdkToken(
    {
      app_key: zoom.key,
      tpc: sessionName,
      role_type: role === 'host' ? 1 : 0,
      version: 1,
      iat: times.iat,
      exp: times.exp,
      user_key:
        caller.kind === 'specialist'
          ? identifiers.staffKey(caller.accountId)
          : identifiers.residentKey(booking.id),
      ...(runtime.webrtcVideo ? { video_webrtc_mode: 1 as const } : {}),
    },
    zoom,
  );
  const assets = runtime.sdkAssets ? { dependentAssets: sdkAssetsPath(runtime.sdkAssets) } : {};
  return { engine: 'zoom', token, sessionName, userName, role, expiresAt, ...assets };
}
