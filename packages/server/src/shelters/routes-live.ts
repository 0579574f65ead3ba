import { createRoute, z } from '@hono/zod-openapi';
import { streamSSE } from 'hono/streaming';
import type { ApiRouter } from '../app.ts';
import { requireSession } from '../auth/require-session.ts';
import { SESSION_SECURITY_SCHEME } from '../auth/routes.ts';
import type { DbExecutor } from '../db/types.ts';
import { rateLimitAddress } from '../http/client-ip.ts';
import { tooManyRequests } from '../http/rate-limit.ts';
import type { Logger } from '../logger.ts';
import { errorResponses } from '../routes/schemas.ts';
import { type HqEvent, hqEventHub, hqEventsAfter } from './events.ts';
import { MemoryRateLimiter } from './memory-rate-limit.ts';
import type { ShelterRuntime } from './runtime.ts';

/** At most this many missed events are replayed; beyond it the board is told to reload (`resync`). */
export const MAX_REPLAYED_EVENTS = 1000;

/** What the browser's EventSource waits before reconnecting (ms). */
const RETRY_MS = 3000;

/** A session still open: not signed out, not past its absolute expiry, account not disabled. */
async function sessionAlive(db: DbExecutor, sessionId: string): Promise<boolean> {
  const [row] = await db.query(
    `select 1 from sessions s join accounts a on a.id = s.account_id
     where s.id = $1 and s.expires_at > now() and not a.disabled`,
    [sessionId],
  );
  return row !== undefined;
}

function parseEventId(value: string | undefined): number | undefined {
  return value && /^\d{1,15}$/.test(value) ? Number(value) : undefined;
}

/** `GET /hq/events` (Server-Sent Events, HQ only) and `GET /ping` (unauthenticated). */
export function registerLiveRoutes(api: ApiRouter, runtime: ShelterRuntime, logger: Logger) {
  const eventsRoute = createRoute({
    method: 'get',
    path: '/hq/events',
    tags: ['hq'],
    summary: 'Live updates for the HQ board (Server-Sent Events)',
    description: [
      'Events: `report_received` `{ reportId, shelterId, kind, createdAt, receivedAt, supersedes? }`, `supply_request_status_changed` `{ id, shelterId, status, previousStatus, changedAt }`, `shelters_imported` `{ imported, created, updated }`, `photo_received` `{ reportId, shelterId, sha256, receivedAt }`. Every event has an `id`; a reconnecting EventSource sends it as `Last-Event-ID` (or pass `?lastEventId=`) and gets the events it missed (kept for a day), or `resync` when too many were missed: reload the board then.',
      `A \`heartbeat\` event (data \`{}\`, no id) every ${runtime.heartbeatMs / 1000} s on a quiet stream keeps proxies from closing it and lets a client tell a live stream from a dead one: after about 2.5 intervals without any event, reconnect. The first event, \`ready\`, states the interval: \`{ heartbeatSeconds }\`; the stream ends when the session does (sign-out, expiry, account disabled). Changes made through any server instance sharing the database arrive (Postgres LISTEN/NOTIFY).`,
    ].join('\n\n'),
    security: [{ [SESSION_SECURITY_SCHEME]: [] }],
    middleware: [requireSession({ roles: ['hq'] })] as const,
    request: {
      query: z.object({ lastEventId: z.string().max(20).optional() }),
    },
    responses: {
      200: {
        description: 'The event stream',
        content: { 'text/event-stream': { schema: z.string() } },
      },
      ...errorResponses(401, 403),
    },
  });

  api.openapi(eventsRoute, async (c) => {
    const db = c.get('db');
    const sessionId = c.get('session').id;
    const lastId = parseEventId(c.req.header('Last-Event-ID') ?? c.req.valid('query').lastEventId);
    const hub = hqEventHub(db, logger);
    const queue: HqEvent[] = [];
    let wake: (() => void) | undefined;
    // Subscribed before the replay is read, so nothing falls between the two.
    const unsubscribe = await hub.subscribe((event) => {
      queue.push(event);
      wake?.();
    });
    // Nginx and similar proxies buffer responses unless told not to.
    c.header('X-Accel-Buffering', 'no');
    return streamSSE(
      c,
      async (stream) => {
        stream.onAbort(() => wake?.());
        try {
          // States the heartbeat interval, so a client's watchdog knows how long silence may last.
          await stream.writeSSE({
            event: 'ready',
            data: JSON.stringify({ heartbeatSeconds: runtime.heartbeatMs / 1000 }),
            retry: RETRY_MS,
          });
          const sent = new Set<number>();
          if (lastId !== undefined) {
            const missed = await hqEventsAfter(db, lastId, MAX_REPLAYED_EVENTS + 1);
            if (missed.length > MAX_REPLAYED_EVENTS) {
              await stream.writeSSE({ event: 'resync', data: '{}' });
            } else {
              for (const event of missed) {
                sent.add(event.id);
                await writeEvent(stream, event);
              }
            }
          }
          while (!stream.aborted && !stream.closed) {
            for (let event = queue.shift(); event; event = queue.shift()) {
              if (sent.delete(event.id)) continue; // already replayed
              await writeEvent(stream, event);
            }
            const timedOut = await new Promise<boolean>((resolve) => {
              const timer = setTimeout(() => resolve(true), runtime.heartbeatMs);
              wake = () => {
                clearTimeout(timer);
                resolve(false);
              };
              if (queue.length > 0 || stream.aborted) wake();
            });
            wake = undefined;
            if (!timedOut || stream.aborted) continue;
            if (!(await sessionAlive(db, sessionId))) {
              await stream.writeSSE({ event: 'session_ended', data: '{}' });
              break;
            }
            // A named event, not a comment: EventSource shows no comments, and a client's
            // watchdog needs something to see on a quiet but live stream.
            await stream.writeSSE({ event: 'heartbeat', data: '{}' });
          }
        } finally {
          unsubscribe();
        }
      },
      async (error) => {
        unsubscribe();
        logger.warn({ err: error }, 'hq event stream failed');
      },
    );
  });

  const limiter =
    runtime.pingLimitPerMinute === false
      ? undefined
      : new MemoryRateLimiter(runtime.pingLimitPerMinute, 60_000);
  const pingRoute = createRoute({
    method: 'get',
    path: '/ping',
    tags: ['shelters'],
    summary: 'Connectivity probe',
    description:
      'Answers `{ "status": "ok" }`, never cached, without a session and without touching the database: the outbox checks that this exact body arrives (an offline page or a captive portal also answers 200). Rate-limited per client address in memory.',
    responses: {
      200: {
        description: 'The server is reachable',
        content: { 'application/json': { schema: z.object({ status: z.literal('ok') }) } },
      },
      ...errorResponses(429),
    },
  });
  api.openapi(pingRoute, (c) => {
    const ip = c.get('clientIp');
    if (limiter && ip) {
      const retryAfterSeconds = limiter.hit(rateLimitAddress(ip), Date.now());
      if (retryAfterSeconds > 0) throw tooManyRequests(retryAfterSeconds);
    }
    return c.json({ status: 'ok' as const }, 200, {
      'Cache-Control': 'no-cache, no-store, must-revalidate',
    });
  });
}

function writeEvent(
  stream: { writeSSE(message: { id: string; event: string; data: string }): Promise<void> },
  event: HqEvent,
) {
  return stream.writeSSE({
    id: String(event.id),
    event: event.type,
    data: JSON.stringify(event.data),
  });
}
