import type { ReportKind } from '../kinds';
import type { PhotoContentType } from '../validation/codes';
import type { FieldError, LocalizedMessage } from '../validation/messages';
import type { ReportDataByKind, ShelterReport } from '../validation/report';
import type { RejectedImport } from './transfer';

/**
 * Where a report is on this device: 下書き / この端末に保存済み・送信待ち / 送信中 / 送信済み / 要対応.
 */
export type OutboxStatus = 'draft' | 'queued' | 'sending' | 'sent' | 'needs_attention';

/** Every status, in the order a report moves through them. */
export const outboxStatuses: readonly OutboxStatus[] = [
  'draft',
  'queued',
  'sending',
  'sent',
  'needs_attention',
];

/** The server's acknowledgement of a report: proof of delivery kept in the sent log. */
export interface Receipt {
  /** The report id the server stored. */
  id: string;
  /** When the server first received it, ISO 8601 with offset. */
  receivedAt: string;
}

/** Why sending failed in a way that is worth trying again later. */
export const retryReasons = [
  'offline',
  'network',
  'timeout',
  'server_error',
  'rate_limited',
  'unauthorized',
  'bad_response',
  'report_not_received',
] as const;
/** One of {@link retryReasons}. */
export type RetryReason = (typeof retryReasons)[number];

/** Why the server refused a report for good: a person has to look at it (要対応). */
export const attentionReasons = [
  'id_conflict',
  'conflict',
  'validation_failed',
  'forbidden',
  'not_found',
  'rejected',
] as const;
/** One of {@link attentionReasons}. */
export type AttentionReason = (typeof attentionReasons)[number];

/** What a transport reports after one attempt to deliver a report. */
export type SendResult =
  | { ok: true; receipt: Receipt /** The server already had it (200). */; duplicate?: boolean }
  | {
      ok: false;
      retryable: true;
      reason: RetryReason;
      /** Server's Retry-After, in milliseconds. */
      retryAfterMs?: number;
    }
  | {
      ok: false;
      retryable: false;
      reason: AttentionReason;
      /** HTTP status, when there was one. */
      status?: number;
      /** Field errors of a 422. */
      errors?: FieldError[];
      message?: LocalizedMessage;
    };

/** One report to deliver, with the shelter it belongs to. */
export interface SendRequest {
  /** 全国共通避難所・避難場所ID of the reporting shelter. */
  shelterId: string;
  report: ShelterReport;
}

/** The server's acknowledgement of a photo: stored once per (report id, SHA-256). */
export interface PhotoReceipt {
  reportId: string;
  sha256: string;
  /** When the server first stored it, ISO 8601 with offset. */
  receivedAt: string;
}

/** One photo to deliver: the bytes of a photo its (delivered) report lists. */
export interface PhotoSendRequest {
  shelterId: string;
  reportId: string;
  sha256: string;
  contentType: PhotoContentType;
  bytes: ArrayBuffer;
}

/** What a transport reports after one attempt to deliver a photo. */
export type PhotoSendResult =
  | { ok: true; receipt: PhotoReceipt; duplicate?: boolean }
  | Exclude<SendResult, { ok: true }>;

/**
 * Delivers one report. Implementations never throw for network or HTTP failures: they answer with
 * a {@link SendResult} (a throw is taken as a retryable network failure all the same).
 */
export interface Transport {
  send(request: SendRequest, options?: { signal?: AbortSignal }): Promise<SendResult>;
  /**
   * Delivers one photo (`PUT photoUploadPath(…)`), idempotent on (report id, SHA-256). Without it
   * photos stay on the device, waiting.
   */
  sendPhoto?(
    request: PhotoSendRequest,
    options?: { signal?: AbortSignal },
  ): Promise<PhotoSendResult>;
}

/**
 * Where a photo of a report is: `waiting` (saved on this device; sent once HQ has the report),
 * `uploading`, `delivered`, `needs_attention` (refused), or `missing` (the report lists it but
 * this device has no copy, e.g. a report imported from a file).
 */
export type PhotoStatus = 'waiting' | 'uploading' | 'delivered' | 'needs_attention' | 'missing';

/** A photo of a report as the outbox stores it (the bytes are kept apart). */
export interface PhotoRecord {
  reportId: string;
  sha256: string;
  shelterId: string;
  contentType: PhotoContentType;
  byteLength: number;
  status: Exclude<PhotoStatus, 'missing'>;
  /** Position in the upload queue; set when the report was delivered, until the photo is. */
  upload?: number;
  addedAt: number;
  attempts: number;
  lastError?: RetryReason;
  attention?: Attention;
  receipt?: PhotoReceipt;
}

/** One photo of a report in the snapshot. */
export interface OutboxPhoto {
  sha256: string;
  status: PhotoStatus;
  contentType?: PhotoContentType;
  byteLength?: number;
  attempts: number;
  lastError?: RetryReason;
  attention?: Attention;
  /** The server's answer, once delivered. */
  receipt?: PhotoReceipt;
}

/** Answers whether our server is reachable now (not merely whether the device has a network). */
export type ConnectivityProbe = (options?: { signal?: AbortSignal }) => Promise<boolean>;

/** Details of a report the server refused (要対応). */
export interface Attention {
  reason: AttentionReason;
  status?: number;
  errors?: FieldError[];
  message?: LocalizedMessage;
  /** When it was refused, ms since the epoch. */
  at: number;
}

/** A report on this device that the server has not acknowledged (or a draft). */
export interface OutboxEntry<K extends ReportKind = ReportKind> {
  /** The report id. */
  id: string;
  /** 全国共通避難所・避難場所ID the report is sent for. */
  shelterId: string;
  status: Exclude<OutboxStatus, 'sent'>;
  report: ShelterReport & { kind: K; data: ReportDataByKind[K] };
  /** Position in the send queue; present only while queued or sending. */
  sequence?: number;
  /** Last local change, ms since the epoch. */
  updatedAt: number;
  /** When it entered the queue, ms since the epoch. */
  queuedAt?: number;
  /** Failed delivery attempts so far. */
  attempts: number;
  /** Why the last attempt failed, while it is still being retried. */
  lastError?: RetryReason;
  /** Why the server refused it, when status is `needs_attention`. */
  attention?: Attention;
  /** Refused reports this one corrects; they are removed when this one is queued. */
  replaces?: string[];
  /** In snapshots: the photos the report lists, each with its delivery (not stored). */
  photos?: readonly OutboxPhoto[];
}

/** A delivered report with the server's receipt (the local sent log). */
export interface SentEntry {
  id: string;
  shelterId: string;
  report: ShelterReport;
  receipt: Receipt;
  /** When this device learnt of the delivery, ms since the epoch. */
  sentAt: number;
  /** In snapshots: the photos the report lists, each with its delivery (not stored). */
  photos?: readonly OutboxPhoto[];
}

/** Persistent storage as the browser reports it. */
export interface StorageState {
  /** Whether the browser promised not to evict our data; undefined when unknown or unsupported. */
  persisted?: boolean;
  /** Bytes used by this origin, if known. */
  usage?: number;
  /** Bytes available to this origin, if known. */
  quota?: number;
  /** The last write failed: the disk or quota is full, or the database could not be opened. */
  problem?: 'quota_exceeded' | 'unavailable';
}

/** An immutable picture of the outbox for the UI (`useSyncExternalStore`). */
export interface OutboxSnapshot {
  /** False until the stored reports have been read. */
  ready: boolean;
  /** Unsent reports and drafts, queue order first, then drafts and those needing attention. */
  entries: readonly OutboxEntry[];
  /** Delivered reports, newest first. */
  sent: readonly SentEntry[];
  /** How many reports are in each status. */
  counts: Readonly<Record<OutboxStatus, number>>;
  /** Reports on this device that HQ does not have yet (queued + sending + needs attention). */
  unsent: number;
  /** Photos of submitted reports that HQ does not have yet (waiting, uploading, refused, missing). */
  unsentPhotos: number;
  /** What the last probe or attempt said about reaching the server. */
  connectivity: 'unknown' | 'online' | 'offline';
  /** A send pass is running in this tab. */
  syncing: boolean;
  /** When the next automatic attempt is due, ms since the epoch. */
  nextAttemptAt?: number;
  /** Why the last attempt failed, until one succeeds. */
  lastError?: RetryReason;
  /** The session expired: sending waits until the user signs in and presses "send now". */
  paused?: 'unauthorized';
  storage: StorageState;
}

/** The outcome of queueing a report. */
export type SubmitResult =
  | { ok: true; id: string; status: OutboxStatus }
  | { ok: false; reason: 'invalid'; errors: FieldError[] }
  | { ok: false; reason: 'quota_exceeded' | 'unavailable' };

/** Why an outbox call was refused. */
export type OutboxErrorCode =
  | 'not_found'
  | 'not_draft'
  | 'not_discardable'
  | 'not_correctable'
  | 'id_in_use';

/** A call the outbox refused because of the report's state (programming or race errors). */
export class OutboxError extends Error {
  override readonly name = 'OutboxError';
  constructor(
    readonly code: OutboxErrorCode,
    readonly reportId: string,
  ) {
    super(`${code}: ${reportId}`);
  }
}

/** What a draft is made of; `data` may be incomplete until it is submitted. */
export interface DraftInput<K extends ReportKind = ReportKind> {
  shelterId: string;
  kind: K;
  data?: Partial<ReportDataByKind[K]>;
  supersedes?: string;
}

/** The outcome of `Outbox.importReports`. */
export interface ImportResult {
  /** Ids newly queued. */
  imported: string[];
  /** Ids this device already had with the same content. */
  duplicates: string[];
  /** Ids this device has with other content: not imported (never two contents under one id). */
  conflicts: string[];
  rejected: RejectedImport[];
}
