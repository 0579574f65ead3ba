import {
  canAdvanceSupplyRequest,
  type SupplyRequestStatus,
  supplyRequestStatuses,
} from '@machi-dx/shelter-forms/core';
import { formatTokyoIso } from '@machi-dx/ui/core';
import { SqlState, sqlErrorInfo } from '../db/sql-errors.ts';
import type { Db, DbExecutor } from '../db/types.ts';
import { ApiError, apiError } from '../errors.ts';
import { recordHqEvent } from './events.ts';

/** A supply request as the API shows it. */
export interface SupplyRequestView {
  id: string;
  shelterId: string;
  shelterName: string;
  status: SupplyRequestStatus;
  requestedAt: string;
  neededBy?: string;
  items: { item: string; itemName?: string; quantity: number; unit: string }[];
  beneficiaries?: number;
  remarks?: string;
  receivedAt: string;
  supersedes?: string;
  supersededBy?: string;
  statusChangedAt: string;
  sample: boolean;
}

interface SupplyRow {
  id: string;
  shelter_id: string;
  shelter_name: string;
  status: SupplyRequestStatus;
  requested_at: Date;
  needed_by: Date | null;
  items: SupplyRequestView['items'];
  beneficiaries: number | null;
  remarks: string | null;
  received_at: Date;
  supersedes: string | null;
  superseded_by: string | null;
  status_changed_at: Date;
  sample: boolean;
}

const SELECT = `
  select s.id, s.shelter_id, sh.name as shelter_name, s.status, s.requested_at, s.needed_by,
         s.items, s.beneficiaries, r.data ->> 'remarks' as remarks, r.received_at, r.supersedes,
         s.superseded_by, s.status_changed_at, s.sample
  from supply_requests s
  join shelter_reports r on r.id = s.id
  join shelters sh on sh.id = s.shelter_id`;

function view(row: SupplyRow): SupplyRequestView {
  return {
    id: row.id,
    shelterId: row.shelter_id,
    shelterName: row.shelter_name,
    status: row.status,
    requestedAt: formatTokyoIso(row.requested_at),
    ...(row.needed_by ? { neededBy: formatTokyoIso(row.needed_by) } : {}),
    items: row.items,
    ...(row.beneficiaries !== null ? { beneficiaries: row.beneficiaries } : {}),
    ...(row.remarks ? { remarks: row.remarks } : {}),
    receivedAt: formatTokyoIso(row.received_at),
    ...(row.supersedes ? { supersedes: row.supersedes } : {}),
    ...(row.superseded_by ? { supersededBy: row.superseded_by } : {}),
    statusChangedAt: formatTokyoIso(row.status_changed_at),
    sample: row.sample,
  };
}

/**
 * Supply requests for the HQ queue: `open` (not arrived, not superseded; the default), `all`, or
 * one status. Most urgent first: by needed-by time (none last), then by request time.
 */
export async function listSupplyRequests(
  db: DbExecutor,
  filter: 'open' | 'all' | SupplyRequestStatus = 'open',
): Promise<SupplyRequestView[]> {
  const where =
    filter === 'open'
      ? `where s.status <> 'arrived' and s.superseded_by is null`
      : filter === 'all'
        ? ''
        : 'where s.status = $1';
  const rows = await db.query<SupplyRow>(
    `${SELECT} ${where} order by s.needed_by nulls last, s.requested_at, s.id`,
    filter === 'open' || filter === 'all' ? [] : [filter],
  );
  return rows.map(view);
}

function transitionRefused(from: SupplyRequestStatus): ApiError {
  const allowed = supplyRequestStatuses.filter((status) => canAdvanceSupplyRequest(from, status));
  return new ApiError(
    409,
    'invalid_status_transition',
    {
      ja: '物資要請の状況は、要請→調達→輸送→到着の順に進めることだけができます。戻すことはできません。',
      en: 'A supply request only moves forward (requested → procuring → in transit → arrived), never back.',
    },
    { details: { status: from, allowed } },
  );
}

/**
 * Moves a supply request forward (HQ). The same status again is a no-op answered with the request
 * (a double click or a retry is harmless); a backward move is 409 `invalid_status_transition` with
 * the current status and the allowed ones. The row is locked while checking, and a trigger in the
 * database refuses a backward move whatever the code does.
 */
export async function advanceSupplyRequest(
  db: Db,
  input: { id: string; status: SupplyRequestStatus; accountId: string },
): Promise<SupplyRequestView> {
  try {
    return await db.transaction(async (tx) => {
      const [current] = await tx.query<{ status: SupplyRequestStatus; shelter_id: string }>(
        'select status, shelter_id from supply_requests where id = $1 for update',
        [input.id],
      );
      if (!current) throw apiError('not_found');
      if (current.status !== input.status) {
        if (!canAdvanceSupplyRequest(current.status, input.status)) {
          throw transitionRefused(current.status);
        }
        const [changed] = await tx.query<{ status_changed_at: Date }>(
          `update supply_requests set status = $2, status_changed_at = now(), status_changed_by = $3
           where id = $1 returning status_changed_at`,
          [input.id, input.status, input.accountId],
        );
        await recordHqEvent(tx, 'supply_request_status_changed', {
          id: input.id,
          shelterId: current.shelter_id,
          status: input.status,
          previousStatus: current.status,
          changedAt: changed ? formatTokyoIso(changed.status_changed_at) : undefined,
        });
      }
      const [row] = await tx.query<SupplyRow>(`${SELECT} where s.id = $1`, [input.id]);
      if (!row) throw apiError('not_found');
      return view(row);
    });
  } catch (error) {
    const info = sqlErrorInfo(error);
    if (
      info.code === SqlState.checkViolation &&
      info.constraint === 'supply_requests_forward_only'
    ) {
      throw new ApiError(409, 'invalid_status_transition', {
        ja: '物資要請の状況は、先へ進めることだけができます。',
        en: 'A supply request only moves forward.',
      });
    }
    throw error;
  }
}
