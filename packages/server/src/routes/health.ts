import { createRoute, type OpenAPIHono, z } from '@hono/zod-openapi';
import { apiError } from '../errors.ts';
import type { AppEnv } from '../http/env.ts';
import { errorResponses } from './schemas.ts';

const HealthSchema = z
  .object({
    status: z.literal('ok'),
    db: z.enum(['pglite', 'postgres']),
    version: z.string().openapi({ example: '0.1.0' }),
  })
  .openapi('Health');

const healthRoute = createRoute({
  method: 'get',
  path: '/health',
  tags: ['system'],
  summary: 'Liveness and database check',
  description: 'Answers 200 when the database responds to `select 1`, 503 otherwise.',
  responses: {
    200: { description: 'Healthy', content: { 'application/json': { schema: HealthSchema } } },
    ...errorResponses(503),
  },
});

/** A load balancer must get an answer even when the database hangs. */
const DB_CHECK_TIMEOUT_MS = 5_000;

/** Registers `GET /health`. */
export function registerHealthRoute(api: OpenAPIHono<AppEnv>, version: string) {
  api.openapi(healthRoute, async (c) => {
    const db = c.get('db');
    try {
      await withTimeout(db.query('select 1'), DB_CHECK_TIMEOUT_MS);
    } catch (error) {
      c.get('logger').warn({ err: error }, 'health check: database did not answer');
      throw apiError('service_unavailable');
    }
    return c.json({ status: 'ok' as const, db: db.kind, version }, 200);
  });
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
