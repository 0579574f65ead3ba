import { createRoute } from '@hono/zod-openapi';
import {
  type CareNeedCategory,
  careNeedCategories,
  openingStatuses,
} from '@machi-dx/shelter-forms/core';
import { formatTokyoIso } from '@machi-dx/ui/core';
import type { ApiRouter } from '../app.ts';
import { requireSession } from '../auth/require-session.ts';
import { SESSION_SECURITY_SCHEME } from '../auth/routes.ts';
import { errorResponses } from '../routes/schemas.ts';
import { photoTotals } from './photos.ts';
import type { ShelterRuntime } from './runtime.ts';
import { OverviewResponse, ShelterListResponse, StaleQuery } from './schemas.ts';
import { isOpenStatus, loadShelterStates, shelterSummary } from './status.ts';

const security = [{ [SESSION_SECURITY_SCHEME]: [] }];
const json = <T>(description: string, schema: T) => ({
  description,
  content: { 'application/json': { schema } },
});

/** `GET /shelters` and `GET /hq/overview`. */
export function registerBoardRoutes(api: ApiRouter, runtime: ShelterRuntime) {
  const listRoute = createRoute({
    method: 'get',
    path: '/shelters',
    tags: ['shelters'],
    summary: 'Shelters with their latest status',
    description: `HQ: every shelter, ordered by id. A shelter account: its own shelter only. Stale: open, and no report for more than \`staleAfterMinutes\` (default ${runtime.staleAfterMinutes}).`,
    security,
    middleware: [requireSession({ roles: ['shelter', 'hq'] })] as const,
    request: { query: StaleQuery },
    responses: {
      200: json('The shelters', ShelterListResponse),
      ...errorResponses(401, 403, 422),
    },
  });
  api.openapi(listRoute, async (c) => {
    const account = c.get('account');
    const staleAfterMinutes = c.req.valid('query').staleAfterMinutes ?? runtime.staleAfterMinutes;
    const now = runtime.now();
    // A shelter account bound to a shelter that is not (yet) imported sees an empty list.
    const rows = await loadShelterStates(
      c.get('db'),
      account.role === 'shelter' ? account.shelterId : undefined,
    );
    return c.json(
      {
        generatedAt: formatTokyoIso(now),
        staleAfterMinutes,
        shelters: rows.map((row) => shelterSummary(row, now, staleAfterMinutes)),
      },
      200,
    );
  });

  const overviewRoute = createRoute({
    method: 'get',
    path: '/hq/overview',
    tags: ['hq'],
    summary: 'Totals for the HQ board',
    description:
      'Open shelters (開設 or 常設), evacuees (0 for a closed shelter), people needing care, open supply requests (not arrived, not superseded), photos listed and received, and the stale shelters, oldest report first.',
    security,
    middleware: [requireSession({ roles: ['hq'] })] as const,
    request: { query: StaleQuery },
    responses: {
      200: json('The totals', OverviewResponse),
      ...errorResponses(401, 403, 422),
    },
  });
  api.openapi(overviewRoute, async (c) => {
    const staleAfterMinutes = c.req.valid('query').staleAfterMinutes ?? runtime.staleAfterMinutes;
    const now = runtime.now();
    const db = c.get('db');
    const [rows, supply, photos] = await Promise.all([
      loadShelterStates(db),
      db.query<{ status: string; n: number }>(
        `select status, count(*) as n from supply_requests
         where status <> 'arrived' and superseded_by is null group by status`,
      ),
      photoTotals(db),
    ]);
    const byOpeningStatus: Record<string, number> = Object.fromEntries(
      [...openingStatuses, 'not_reported'].map((status) => [status, 0]),
    );
    const byCategory: Partial<Record<CareNeedCategory, number>> = Object.fromEntries(
      careNeedCategories.map((category) => [category, 0]),
    );
    let open = 0;
    let evacuees = 0;
    let unconfirmedShelters = 0;
    let careTotal = 0;
    const stale: {
      nationalShelterId: string;
      name: string;
      lastReportAt: string | null;
      minutesSinceLastReport: number | null;
    }[] = [];
    for (const row of rows) {
      const { status } = shelterSummary(row, now, staleAfterMinutes);
      const key = status.openingStatus ?? 'not_reported';
      byOpeningStatus[key] = (byOpeningStatus[key] ?? 0) + 1;
      if (isOpenStatus(status.openingStatus)) open += 1;
      evacuees += status.evacueeTotal ?? 0;
      if (
        status.evacueeTotalUnconfirmed ||
        (isOpenStatus(status.openingStatus) && status.evacueeTotal === null)
      ) {
        unconfirmedShelters += 1;
      }
      for (const [category, value] of Object.entries(status.careNeeds)) {
        byCategory[category as CareNeedCategory] =
          (byCategory[category as CareNeedCategory] ?? 0) + value;
        careTotal += value;
      }
      if (status.stale) {
        stale.push({
          nationalShelterId: row.id,
          name: row.name,
          lastReportAt: status.lastReportAt,
          minutesSinceLastReport: status.minutesSinceLastReport,
        });
      }
    }
    // Never reported (null) first, then the longest silence.
    const silence = (entry: (typeof stale)[number]) =>
      entry.minutesSinceLastReport ?? Number.POSITIVE_INFINITY;
    stale.sort((a, b) => (silence(a) === silence(b) ? 0 : silence(a) < silence(b) ? 1 : -1));
    const byStatus: Record<string, number> = { requested: 0, procuring: 0, in_transit: 0 };
    for (const { status, n } of supply) byStatus[status] = Number(n);
    return c.json(
      {
        generatedAt: formatTokyoIso(now),
        staleAfterMinutes,
        shelters: { total: rows.length, open, byOpeningStatus },
        evacuees: { total: evacuees, unconfirmedShelters },
        careNeeds: { total: careTotal, byCategory },
        supplyRequests: {
          open: Object.values(byStatus).reduce((sum, n) => sum + n, 0),
          byStatus,
        },
        photos,
        staleShelters: stale,
      },
      200,
    );
  });
}
