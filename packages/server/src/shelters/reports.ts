import { createHash } from 'node:crypto';
import { isUuid, type ShelterReport, validateReport } from '@machi-dx/shelter-forms/core';
import { formatTokyoIso } from '@machi-dx/ui/core';
import type { Account } from '../auth/accounts.ts';
import { SqlState, sqlErrorInfo } from '../db/sql-errors.ts';
import type { Db, DbExecutor } from '../db/types.ts';
import { ApiError, apiError } from '../errors.ts';
import { recordHqEvent } from './events.ts';

/** What the server answers for a stored report, the first time and for every repeat. */
export interface ReportReceipt {
  id: string;
  /** When the server first stored it, ISO 8601 in Tokyo time. */
  receivedAt: string;
}

/** The outcome of {@link receiveReport}: 201 the first time, 200 for an identical repeat. */
export interface ReceiveResult {
  created: boolean;
  receipt: ReportReceipt;
}

/** JSON with object keys sorted: a body resent with its keys in another order is the same body. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, inner: unknown) =>
    inner && typeof inner === 'object' && !Array.isArray(inner)
      ? Object.fromEntries(
          Object.entries(inner as Record<string, unknown>).sort(([a], [b]) =>
            a < b ? -1 : a > b ? 1 : 0,
          ),
        )
      : inner,
  );
}

/** SHA-256 (hex) of the canonical body: "same id, same body" is decided on this. */
export function reportBodyHash(body: unknown): string {
  return createHash('sha256').update(canonicalJson(body)).digest('hex');
}

function idConflict(): ApiError {
  return new ApiError(409, 'id_conflict', {
    ja: 'この報告IDは、別の内容の報告で既に使われています。内容を直した報告は、新しい報告として送ってください。',
    en: 'This report id was already used for a report with other content. Send a correction as a new report.',
  });
}

function shelterNotFound(): ApiError {
  return new ApiError(404, 'shelter_not_found', {
    ja: 'この避難所は登録されていません（全国共通避難所・避難場所IDを確認してください）。',
    en: 'This shelter is not registered. Check the national shelter ID.',
  });
}

function supersedesError(code: string, ja: string, en: string): ApiError {
  return apiError('validation_failed', {
    errors: [{ path: 'supersedes', code, message: { ja, en } }],
  });
}

interface ExistingReport {
  shelter_id: string;
  body_hash: string;
  received_at: Date;
}

/** 200 with the first receipt for an identical repeat; 409 `id_conflict` for other content. */
function repeatOf(existing: ExistingReport, shelterId: string, hash: string, id: string) {
  if (existing.shelter_id !== shelterId || existing.body_hash !== hash) throw idConflict();
  return { created: false, receipt: { id, receivedAt: formatTokyoIso(existing.received_at) } };
}

/** What {@link storeReport} writes. */
export interface StoreReportInput {
  shelterId: string;
  /** Validated (and upgraded) by `validateReport`. */
  report: ShelterReport;
  /** The form version the device sent, before any upgrade. */
  sentFormVersion: number;
  bodyHash: string;
  enteredBy: 'shelter' | 'hq' | 'sample';
  accountId?: string;
  sample?: boolean;
  /** Defaults to the database's now(). */
  receivedAt?: Date;
}

/**
 * Inserts a validated report in the caller's transaction, with the supply request it carries, and
 * records the HQ event. Returns undefined when a report with this id exists already (a concurrent
 * request stored it first), so the caller can compare bodies.
 */
export async function storeReport(
  tx: DbExecutor,
  input: StoreReportInput,
): Promise<Date | undefined> {
  const { report, shelterId } = input;
  const [row] = await tx.query<{ received_at: Date }>(
    `insert into shelter_reports (id, shelter_id, kind, form_version, data_version, created_at,
                                  received_at, supersedes, data, body_hash, account_id, entered_by, sample)
     values ($1, $2, $3, $4, $5, $6, coalesce($7, now()), $8, $9, $10, $11, $12, $13)
     on conflict (id) do nothing
     returning received_at`,
    [
      report.id,
      shelterId,
      report.kind,
      input.sentFormVersion,
      report.formVersion,
      report.createdAt,
      input.receivedAt,
      report.supersedes,
      report.data,
      input.bodyHash,
      input.accountId,
      input.enteredBy,
      input.sample ?? false,
    ],
  );
  if (!row) return undefined;

  if (report.kind === 'supply_request') {
    const { data } = report;
    // A correction that arrived before this original (carried by hand) already replaces it.
    await tx.query(
      `insert into supply_requests (id, shelter_id, requested_at, needed_by, items, beneficiaries,
                                    superseded_by, status_changed_at, sample)
       values ($1, $2, $3, $4, $5, $6,
               (select s.id from supply_requests s join shelter_reports r on r.id = s.id
                where r.supersedes = $1 and r.shelter_id = $2 limit 1), $7, $8)`,
      [
        report.id,
        shelterId,
        data.requestedAt,
        data.neededBy,
        data.items, // an array, never a JSON string: postgres.js would store that as a JSON string
        data.beneficiaries,
        row.received_at,
        input.sample ?? false,
      ],
    );
    if (report.supersedes) {
      await tx.query(
        'update supply_requests set superseded_by = $1 where id = $2 and shelter_id = $3',
        [report.id, report.supersedes, shelterId],
      );
    }
  }

  await recordHqEvent(tx, 'report_received', {
    reportId: report.id,
    shelterId,
    kind: report.kind,
    createdAt: report.createdAt,
    receivedAt: formatTokyoIso(row.received_at),
    ...(report.supersedes ? { supersedes: report.supersedes } : {}),
  });
  return row.received_at;
}

/** What {@link receiveReport} needs. */
export interface ReceiveReportInput {
  shelterId: string;
  /** The parsed JSON body as sent. */
  body: unknown;
  account: Account;
}

/**
 * Stores a report exactly once. An identical repeat of a stored id answers with the first receipt
 * (also when today's rules would refuse it, so a report the server once accepted is never refused
 * later); the same id with other content is 409 `id_conflict`; invalid content is 422 with field
 * errors; an unknown shelter is 404. Every refusal happens before or inside the transaction, so
 * nothing is written.
 */
export async function receiveReport(db: Db, input: ReceiveReportInput): Promise<ReceiveResult> {
  const { shelterId, body } = input;
  const hash = reportBodyHash(body);
  const validation = validateReport(body);
  if (!validation.ok) {
    // A body the server stored under older, more lenient rules is still a repeat, never a 422:
    // the device must get its receipt.
    const id = (body as { id?: unknown } | null)?.id;
    if (typeof id === 'string' && isUuid(id)) {
      const [existing] = await db.query<ExistingReport>(
        'select shelter_id, body_hash, received_at from shelter_reports where id = $1',
        [id],
      );
      if (existing) return repeatOf(existing, shelterId, hash, id);
    }
    throw apiError('validation_failed', { errors: validation.errors });
  }
  const report = validation.value;
  const sentFormVersion = (body as { formVersion: number }).formVersion;

  try {
    return await db.transaction(async (tx) => {
      if (report.supersedes) {
        const [original] = await tx.query<{ shelter_id: string; kind: string }>(
          'select shelter_id, kind from shelter_reports where id = $1',
          [report.supersedes],
        );
        if (original && original.shelter_id !== shelterId) {
          throw supersedesError(
            'supersedes_other_shelter',
            '訂正できるのは、この避難所の報告だけです。',
            'Only a report of this shelter can be corrected.',
          );
        }
        if (original && original.kind !== report.kind) {
          throw supersedesError(
            'supersedes_other_kind',
            '訂正する報告と同じ種類の報告で送ってください。',
            'A correction must be of the same kind as the report it corrects.',
          );
        }
      }
      const receivedAt = await storeReport(tx, {
        shelterId,
        report,
        sentFormVersion,
        bodyHash: hash,
        enteredBy: input.account.role === 'hq' ? 'hq' : 'shelter',
        accountId: input.account.id,
      });
      if (receivedAt) {
        return {
          created: true,
          receipt: { id: report.id, receivedAt: formatTokyoIso(receivedAt) },
        };
      }
      // Stored before (a resend after a lost answer), or by a concurrent request just now.
      const [existing] = await tx.query<ExistingReport>(
        'select shelter_id, body_hash, received_at from shelter_reports where id = $1',
        [report.id],
      );
      if (!existing) throw new Error('report vanished after a conflicting insert');
      return repeatOf(existing, shelterId, hash, report.id);
    });
  } catch (error) {
    const info = sqlErrorInfo(error);
    if (info.code === SqlState.foreignKeyViolation && info.constraint?.includes('shelter_id')) {
      throw shelterNotFound();
    }
    throw error;
  }
}
