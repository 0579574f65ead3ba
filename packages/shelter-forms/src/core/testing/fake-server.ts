import { formatTokyoIso } from '@machi-dx/ui/core';
import { canonicalJson } from '../outbox/transfer';
import { interpretResponse } from '../outbox/transport';
import type {
  ConnectivityProbe,
  Receipt,
  SendRequest,
  SendResult,
  Transport,
} from '../outbox/types';
import { type ShelterReport, validateReport } from '../validation/report';

/** A report as the fake server stored it. */
export interface StoredReport {
  shelterId: string;
  report: ShelterReport;
  receipt: Receipt;
}

/** Options of {@link createFakeShelterServer}. */
export interface FakeShelterServerOptions {
  /** The clock for receipts. Default `new Date()`. */
  now?: () => Date;
  /** Shelters the signed-in account may write for; others get 403. Default: any. */
  shelters?: readonly string[];
}

/** In-memory stand-in for `POST /api/v1/shelters/{id}/reports`, for stories, demos and tests. */
export interface FakeShelterServer {
  /** Reports stored, by id. */
  readonly stored: ReadonlyMap<string, StoredReport>;
  /** Report ids in the order they were first stored. */
  readonly order: readonly string[];
  /** Handles one POST as the real server does: 201, 200 same receipt, 409 id_conflict, 403, 422. */
  receive(request: SendRequest): { status: number; body: Record<string, unknown> };
  /** A transport over this server; `online()` false makes every request fail as a network error. */
  transport(options?: { online?: () => boolean; latencyMs?: number }): Transport;
  /** A probe answering `online()`. */
  probe(online?: () => boolean): ConnectivityProbe;
}

const errorMessages = {
  id_conflict: {
    ja: '同じ ID で内容の異なる報告がすでにあります。',
    en: 'A different report with this id already exists.',
  },
  forbidden: {
    ja: 'この操作を行う権限がありません。',
    en: 'You do not have permission to do this.',
  },
  validation_failed: { ja: '入力内容に誤りがあります。', en: 'Some values are not valid.' },
};

/** Creates a {@link FakeShelterServer}. */
export function createFakeShelterServer(options: FakeShelterServerOptions = {}): FakeShelterServer {
  const stored = new Map<string, StoredReport & { body: string }>();
  const order: string[] = [];
  const now = options.now ?? (() => new Date());

  const receive: FakeShelterServer['receive'] = ({ shelterId, report }) => {
    if (options.shelters && !options.shelters.includes(shelterId)) {
      return { status: 403, body: { code: 'forbidden', message: errorMessages.forbidden } };
    }
    const validation = validateReport(report);
    if (!validation.ok) {
      const body = { code: 'validation_failed', message: errorMessages.validation_failed };
      return { status: 422, body: { ...body, errors: validation.errors } };
    }
    const body = canonicalJson(report);
    const existing = stored.get(report.id);
    if (existing) {
      if (existing.shelterId !== shelterId) {
        return { status: 403, body: { code: 'forbidden', message: errorMessages.forbidden } };
      }
      if (existing.body !== body) {
        return { status: 409, body: { code: 'id_conflict', message: errorMessages.id_conflict } };
      }
      return { status: 200, body: { receipt: existing.receipt } };
    }
    const receipt = { id: report.id, receivedAt: formatTokyoIso(now()) };
    stored.set(report.id, { shelterId, report, receipt, body });
    order.push(report.id);
    return { status: 201, body: { receipt } };
  };

  return {
    stored,
    order,
    receive,
    transport({ online = () => true, latencyMs = 0 } = {}) {
      return {
        async send(request): Promise<SendResult> {
          if (latencyMs) await new Promise((resolve) => setTimeout(resolve, latencyMs));
          if (!online()) return { ok: false, retryable: true, reason: 'network' };
          const { status, body } = receive(structuredClone(request));
          return interpretResponse(status, body, request.report.id);
        },
      };
    },
    probe:
      (online = () => true) =>
      async () =>
        online(),
  };
}
