import { createRoute } from '@hono/zod-openapi';
import type { ApiRouter } from '../app.ts';
import { requireSession } from '../auth/require-session.ts';
import { SESSION_SECURITY_SCHEME } from '../auth/routes.ts';
import { errorResponses } from '../routes/schemas.ts';
import {
  SupplyListQuery,
  SupplyListResponse,
  SupplyParams,
  SupplyRequestResponse,
  SupplyStatusBody,
} from './schemas.ts';
import { advanceSupplyRequest, listSupplyRequests } from './supply-requests.ts';

const security = [{ [SESSION_SECURITY_SCHEME]: [] }];
const json = <T>(description: string, schema: T) => ({
  description,
  content: { 'application/json': { schema } },
});

/** `GET /supply-requests` and `PATCH /supply-requests/{id}` (HQ only). */
export function registerSupplyRoutes(api: ApiRouter) {
  const listRoute = createRoute({
    method: 'get',
    path: '/supply-requests',
    tags: ['hq'],
    summary: 'The supply request queue',
    description:
      'Most urgent first (needed-by, then request time). `status=open` (default): not arrived and not superseded by a correction.',
    security,
    middleware: [requireSession({ roles: ['hq'] })] as const,
    request: { query: SupplyListQuery },
    responses: {
      200: json('The supply requests', SupplyListResponse),
      ...errorResponses(401, 403, 422),
    },
  });
  api.openapi(listRoute, async (c) =>
    c.json(
      { supplyRequests: await listSupplyRequests(c.get('db'), c.req.valid('query').status) },
      200,
    ),
  );

  const patchRoute = createRoute({
    method: 'patch',
    path: '/supply-requests/{id}',
    tags: ['hq'],
    summary: 'Move a supply request forward',
    description:
      '要請 → 調達 → 輸送 → 到着, forward only (steps may be skipped). The current status again: 200, nothing changes. Backwards: 409 `invalid_status_transition` with `status` (current) and `allowed`. An unknown status value: 422.',
    security,
    middleware: [requireSession({ roles: ['hq'] })] as const,
    request: {
      params: SupplyParams,
      body: { required: true, content: { 'application/json': { schema: SupplyStatusBody } } },
    },
    responses: {
      200: json('The supply request after the change', SupplyRequestResponse),
      ...errorResponses(400, 401, 403, 404, 409, 415, 422),
    },
  });
  api.openapi(patchRoute, async (c) => {
    const supplyRequest = await advanceSupplyRequest(c.get('db'), {
      id: c.req.valid('param').id,
      status: c.req.valid('json').status,
      accountId: c.get('account').id,
    });
    return c.json({ supplyRequest }, 200);
  });
}
