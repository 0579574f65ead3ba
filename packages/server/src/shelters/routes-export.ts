import { createRoute, z } from '@hono/zod-openapi';
import type { ApiRouter } from '../app.ts';
import { requireSession } from '../auth/require-session.ts';
import { SESSION_SECURITY_SCHEME } from '../auth/routes.ts';
import { errorResponses } from '../routes/schemas.ts';
import { exportCsv, exportJson, exportRecords } from './export.ts';
import type { ShelterRuntime } from './runtime.ts';
import { loadShelterStates } from './status.ts';

const security = [{ [SESSION_SECURITY_SCHEME]: [] }];

/** `shelters-20261201-1200` in Tokyo time, for the download's file name. */
function fileStem(now: Date): string {
  const tokyo = new Date(now.getTime() + 9 * 60 * 60 * 1000).toISOString();
  return `shelters-${tokyo.slice(0, 10).replaceAll('-', '')}-${tokyo.slice(11, 16).replace(':', '')}`;
}

/** `GET /hq/export.csv` and `GET /hq/export.json` (HQ only). */
export function registerExportRoutes(api: ApiRouter, runtime: ShelterRuntime) {
  const csvRoute = createRoute({
    method: 'get',
    path: '/hq/export.csv',
    tags: ['hq'],
    summary: 'Every shelter’s latest status as CSV (EEI column names)',
    description:
      'One row per shelter; columns named after the EEI (災害対応基本共有情報) attributes, groups dotted (`careNeeds.infants`, `lifelines.water`). UTF-8 with BOM and CRLF for Excel; `?header=ja` writes Japanese column labels instead. Values are codes (`open`, `partially_disrupted`); times are ISO 8601 +09:00. Text that a spreadsheet would run as a formula starts with an apostrophe.',
    security,
    middleware: [requireSession({ roles: ['hq'] })] as const,
    request: {
      query: z.object({ header: z.enum(['en', 'ja']).optional() }),
    },
    responses: {
      200: {
        description: 'The CSV file',
        content: { 'text/csv': { schema: z.string() } },
      },
      ...errorResponses(401, 403, 422),
    },
  });
  api.openapi(csvRoute, async (c) => {
    const now = runtime.now();
    const records = exportRecords(await loadShelterStates(c.get('db')), now);
    return c.body(exportCsv(records, c.req.valid('query').header ?? 'en'), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${fileStem(now)}.csv"`,
    });
  });

  const jsonRoute = createRoute({
    method: 'get',
    path: '/hq/export.json',
    tags: ['hq'],
    summary: 'Every shelter’s latest status as JSON (EEI names)',
    description:
      'The columns of the CSV export, with dotted names nested (`careNeeds: { infants }`) and the position as a GeoJSON `location`; `columns` lists every name with its Japanese label.',
    security,
    middleware: [requireSession({ roles: ['hq'] })] as const,
    responses: {
      200: {
        description: 'The export',
        content: {
          'application/json': {
            schema: z
              .object({
                exportedAt: z.string(),
                columns: z.array(z.object({ name: z.string(), ja: z.string() })),
                shelters: z.array(z.record(z.string(), z.unknown())),
              })
              .openapi('ShelterExport'),
          },
        },
      },
      ...errorResponses(401, 403),
    },
  });
  api.openapi(jsonRoute, async (c) => {
    const now = runtime.now();
    const records = exportRecords(await loadShelterStates(c.get('db')), now);
    return c.json(exportJson(records, now), 200, {
      'Content-Disposition': `attachment; filename="${fileStem(now)}.json"`,
    });
  });
}
