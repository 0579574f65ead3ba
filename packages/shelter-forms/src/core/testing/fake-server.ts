import { formatTokyoIso } from '@machi-dx/ui/core';
import { canonicalJson } from '../outbox/transfer';
import { interpretPhotoResponse, interpretResponse } from '../outbox/transport';
import type {
  ConnectivityProbe,
  PhotoReceipt,
  PhotoSendRequest,
  PhotoSendResult,
  Receipt,
  SendRequest,
  SendResult,
  Transport,
} from '../outbox/types';
import { sha256Hex } from '../photos';
import type { PhotoReference } from '../validation/damage';
import { type ShelterReport, validateReport } from '../validation/report';

/** A report as the fake server stored it. */
export interface StoredReport {
  shelterId: string;
  report: ShelterReport;
  receipt: Receipt;
}

/** A photo as the fake server stored it. */
export interface StoredPhoto {
  shelterId: string;
  contentType: string;
  bytes: Uint8Array;
  receipt: PhotoReceipt;
}

/** Options of {@link createFakeShelterServer}. */
export interface FakeShelterServerOptions {
  /** The clock for receipts. Default `new Date()`. */
  now?: () => Date;
  /** Shelters the signed-in account may write for; others get 403. Default: any. */
  shelters?: readonly string[];
}

/**
 * In-memory stand-in for `POST /api/v1/shelters/{id}/reports` and the photo `PUT`, for stories,
 * demos and tests.
 */
export interface FakeShelterServer {
  /** Reports stored, by id. */
  readonly stored: ReadonlyMap<string, StoredReport>;
  /** Report ids in the order they were first stored. */
  readonly order: readonly string[];
  /** Photos stored, by `reportId/sha256`. */
  readonly photos: ReadonlyMap<string, StoredPhoto>;
  /** Photo keys (`reportId/sha256`) in the order they were first stored. */
  readonly photoOrder: readonly string[];
  /** Handles one POST as the real server does: 201, 200 same receipt, 409 id_conflict, 403, 422. */
  receive(request: SendRequest): { status: number; body: Record<string, unknown> };
  /**
   * Handles one photo PUT as the real server does: 201, 200 for a repeat, 404 before the report,
   * 403 for another shelter, 422 when the hash, type or listing does not match.
   */
  receivePhoto(
    request: PhotoSendRequest,
  ): Promise<{ status: number; body: Record<string, unknown> }>;
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
  report_not_found: {
    ja: 'この写真の報告はまだ届いていません。',
    en: 'The report has not arrived yet.',
  },
};

const refusal = (status: number, code: keyof typeof errorMessages) => ({
  status,
  body: { code, message: errorMessages[code] },
});

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

  const photos = new Map<string, StoredPhoto>();
  const photoOrder: string[] = [];
  const receivePhoto: FakeShelterServer['receivePhoto'] = async (request) => {
    const { shelterId, reportId, sha256 } = request;
    if (options.shelters && !options.shelters.includes(shelterId)) return refusal(403, 'forbidden');
    const bytes = new Uint8Array(request.bytes.slice(0));
    if ((await sha256Hex(bytes)) !== sha256) return refusal(422, 'validation_failed');
    const report = stored.get(reportId);
    if (!report) return refusal(404, 'report_not_found');
    if (report.shelterId !== shelterId) return refusal(403, 'forbidden');
    const listed = ((report.report.data as { photos?: PhotoReference[] }).photos ?? []).find(
      (photo) => photo.sha256 === sha256,
    );
    if (listed?.contentType !== request.contentType) return refusal(422, 'validation_failed');
    const key = `${reportId}/${sha256}`;
    const existing = photos.get(key);
    if (existing) return { status: 200, body: { photo: existing.receipt } };
    const receipt = { reportId, sha256, receivedAt: formatTokyoIso(now()) };
    photos.set(key, { shelterId, contentType: request.contentType, bytes, receipt });
    photoOrder.push(key);
    return { status: 201, body: { photo: receipt } };
  };

  return {
    stored,
    order,
    photos,
    photoOrder,
    receive,
    receivePhoto,
    transport({ online = () => true, latencyMs = 0 } = {}) {
      const wait = () => latencyMs && new Promise((resolve) => setTimeout(resolve, latencyMs));
      return {
        async send(request): Promise<SendResult> {
          await wait();
          if (!online()) return { ok: false, retryable: true, reason: 'network' };
          const { status, body } = receive(structuredClone(request));
          return interpretResponse(status, body, request.report.id);
        },
        async sendPhoto(request): Promise<PhotoSendResult> {
          await wait();
          if (!online()) return { ok: false, retryable: true, reason: 'network' };
          const { status, body } = await receivePhoto(request);
          return interpretPhotoResponse(status, body, request);
        },
      };
    },
    probe:
      (online = () => true) =>
      async () =>
        online(),
  };
}
