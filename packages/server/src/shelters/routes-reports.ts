import { createRoute } from '@hono/zod-openapi';
import { formatTokyoIso } from '@machi-dx/ui/core';
import type { ApiRouter } from '../app.ts';
import { requireSession } from '../auth/require-session.ts';
import { SESSION_SECURITY_SCHEME } from '../auth/routes.ts';
import { ApiError } from '../errors.ts';
import { errorResponses } from '../routes/schemas.ts';
import { ownShelterOrHq } from './access.ts';
import { listedPhotos, receivedPhotos } from './photos.ts';
import { receiveReport } from './reports.ts';
import {
  ReceiptResponse,
  ReportListQuery,
  ReportListResponse,
  reportBodySchema,
  ShelterParams,
} from './schemas.ts';

const security = [{ [SESSION_SECURITY_SCHEME]: [] }];
const json = <T>(description: string, schema: T) => ({
  description,
  content: { 'application/json': { schema } },
});

/** Reports of one shelter, as `GET /shelters/{id}/reports` returns them (newest first). */
interface StoredReportRow {
  id: string;
  kind: 'opening' | 'status' | 'supply_request' | 'damage' | 'closing';
  form_version: number;
  created_at: Date;
  received_at: Date;
  supersedes: string | null;
  superseded_by: string | null;
  entered_by: 'shelter' | 'hq' | 'sample';
  sample: boolean;
  data: Record<string, unknown>;
  supply_status: 'requested' | 'procuring' | 'in_transit' | 'arrived' | null;
  status_changed_at: Date | null;
}

/** `POST /shelters/{nationalShelterId}/reports` and `GET /shelters/{nationalShelterId}/reports`. */
export function registerReportRoutes(api: ApiRouter) {
  const postRoute = createRoute({
    method: 'post',
    path: '/shelters/{nationalShelterId}/reports',
    tags: ['shelters'],
    summary: 'Send a shelter report (idempotent on its id)',
    description: [
      'Stores a report exactly once, keyed by the `id` its device created. The first time: 201 with the receipt. The identical body again (key order and whitespace do not matter): 200 with the same receipt. The same `id` with another body: 409 `id_conflict` — send a correction as a new report whose `supersedes` names the old one.',
      'A `shelter` account may report only for its own shelter (403 otherwise); an `hq` account may enter a report for any shelter (e.g. one phoned in), recorded as entered by HQ. Invalid content: 422 with field errors, the same the forms show. Unknown shelter: 404 `shelter_not_found`. Nothing is stored on any 4xx.',
    ].join('\n\n'),
    security,
    middleware: [requireSession({ roles: ['shelter', 'hq'] }), ownShelterOrHq()] as const,
    request: {
      params: ShelterParams,
      body: {
        required: true,
        content: { 'application/json': { schema: reportBodySchema(api) } },
      },
    },
    responses: {
      201: json('Stored: the receipt', ReceiptResponse),
      200: json('Stored before with this very body: the first receipt', ReceiptResponse),
      ...errorResponses(400, 401, 403, 404, 409, 413, 415, 422),
    },
  });
  api.openapi(postRoute, async (c) => {
    const { nationalShelterId } = c.req.valid('param');
    const result = await receiveReport(c.get('db'), {
      shelterId: nationalShelterId,
      body: c.req.valid('json'),
      account: c.get('account'),
    });
    return c.json({ receipt: result.receipt }, result.created ? 201 : 200);
  });

  const listRoute = createRoute({
    method: 'get',
    path: '/shelters/{nationalShelterId}/reports',
    tags: ['shelters'],
    summary: 'Reports of one shelter, newest first',
    description:
      'A shelter account sees its own shelter only (403 otherwise); HQ sees every shelter. Corrected reports carry `supersededBy`; supply requests carry their current status; reports with photos list them in `photos` with `received` true or false, so missing ones show.',
    security,
    middleware: [requireSession({ roles: ['shelter', 'hq'] }), ownShelterOrHq()] as const,
    request: { params: ShelterParams, query: ReportListQuery },
    responses: {
      200: json('The reports', ReportListResponse),
      ...errorResponses(401, 403, 404, 422),
    },
  });
  api.openapi(listRoute, async (c) => {
    const { nationalShelterId } = c.req.valid('param');
    const { kind, limit } = c.req.valid('query');
    const db = c.get('db');
    const [shelter] = await db.query('select 1 from shelters where id = $1', [nationalShelterId]);
    if (!shelter) {
      throw new ApiError(404, 'shelter_not_found', {
        ja: 'この避難所は登録されていません。',
        en: 'This shelter is not registered.',
      });
    }
    const rows = await db.query<StoredReportRow>(
      `select r.id, r.kind, r.form_version, r.created_at, r.received_at, r.supersedes, r.entered_by,
              r.sample, r.data, s.status as supply_status, s.status_changed_at,
              (select c.id from shelter_reports c
               where c.supersedes = r.id and c.shelter_id = r.shelter_id
               order by c.received_at limit 1) as superseded_by
       from shelter_reports r left join supply_requests s on s.id = r.id
       where r.shelter_id = $1 and ($2::text is null or r.kind = $2)
       order by least(r.created_at, r.received_at) desc, r.received_at desc, r.id desc
       limit $3`,
      [nationalShelterId, kind ?? null, limit ?? 200],
    );
    const received = await receivedPhotos(
      db,
      rows.filter((row) => Array.isArray(row.data.photos)).map((row) => row.id),
    );
    return c.json(
      {
        reports: rows.map((row) => {
          const photos = listedPhotos(nationalShelterId, row.id, row.data, received.get(row.id));
          return {
            id: row.id,
            kind: row.kind,
            formVersion: row.form_version,
            createdAt: formatTokyoIso(row.created_at),
            receivedAt: formatTokyoIso(row.received_at),
            ...(row.supersedes ? { supersedes: row.supersedes } : {}),
            ...(row.superseded_by ? { supersededBy: row.superseded_by } : {}),
            enteredBy: row.entered_by,
            sample: row.sample,
            data: row.data,
            ...(row.supply_status && row.status_changed_at
              ? {
                  supplyRequest: {
                    status: row.supply_status,
                    statusChangedAt: formatTokyoIso(row.status_changed_at),
                  },
                }
              : {}),
            ...(photos ? { photos } : {}),
          };
        }),
      },
      200,
    );
  });
}
