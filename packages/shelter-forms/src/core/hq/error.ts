// The one error the HQ client rejects with, read from the API's error shape (DESIGN.md) so a
// page branches on `code`/`status` and shows the server's own words (`localizedMessage`).
import type { FieldError, LocalizedMessage } from '../validation/messages';
import { type SupplyRequestStatus, supplyRequestStatuses } from '../validation/supply-request';

/** What an {@link HqApiError} is made of. */
export interface HqApiErrorInit {
  /** HTTP status; 0 when no answer came (offline, DNS, CORS). */
  status: number;
  /** The API's code (`invalid_credentials`, `invalid_status_transition`, `network_error` …). */
  code: string;
  message?: LocalizedMessage | undefined;
  fieldErrors?: readonly FieldError[] | undefined;
  retryAfterSeconds?: number | undefined;
  currentStatus?: SupplyRequestStatus | undefined;
  allowedStatuses?: readonly SupplyRequestStatus[] | undefined;
  cause?: unknown;
}

const statusCodes: Readonly<Record<number, string>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  415: 'unsupported_media_type',
  422: 'validation_failed',
  429: 'too_many_requests',
  503: 'service_unavailable',
};

/**
 * A failed HQ API call. 401 `invalid_credentials` / `unauthorized`, 403 `forbidden`, 409
 * `invalid_status_transition` (with `currentStatus` and `allowedStatuses`), 422
 * `validation_failed` (with `fieldErrors`), 429 (with `retryAfterSeconds`), 0 `network_error`.
 */
export class HqApiError extends Error {
  override name = 'HqApiError';
  /** HTTP status; 0 for a network failure. */
  readonly status: number;
  /** The API's error code. */
  readonly code: string;
  /** The server's message in Japanese and English, when it sent one. */
  readonly localizedMessage: LocalizedMessage | undefined;
  /** Field problems of a 422 (empty otherwise). */
  readonly fieldErrors: readonly FieldError[];
  /** Seconds to wait before trying again, from `Retry-After` (429, 503). */
  readonly retryAfterSeconds: number | undefined;
  /** A refused supply-request move: the request's status now. */
  readonly currentStatus: SupplyRequestStatus | undefined;
  /** A refused supply-request move: where it may still go. */
  readonly allowedStatuses: readonly SupplyRequestStatus[];

  constructor(init: HqApiErrorInit) {
    super(
      `${init.status} ${init.code}${init.message ? `: ${init.message.en}` : ''}`,
      init.cause === undefined ? undefined : { cause: init.cause },
    );
    this.status = init.status;
    this.code = init.code;
    this.localizedMessage = init.message;
    this.fieldErrors = init.fieldErrors ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
    this.currentStatus = init.currentStatus;
    this.allowedStatuses = init.allowedStatuses ?? [];
  }
}

/** Whether `value` is an {@link HqApiError} (also across bundles, where `instanceof` fails). */
export function isHqApiError(value: unknown): value is HqApiError {
  if (value instanceof HqApiError) return true;
  const candidate = value as Partial<HqApiError> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    candidate.name === 'HqApiError' &&
    typeof candidate.status === 'number' &&
    typeof candidate.code === 'string'
  );
}

function isMessage(value: unknown): value is LocalizedMessage {
  const candidate = value as Partial<LocalizedMessage> | null;
  return typeof candidate?.ja === 'string' && typeof candidate.en === 'string';
}

function isFieldError(value: unknown): value is FieldError {
  const candidate = value as Partial<FieldError> | null;
  return (
    typeof candidate?.path === 'string' &&
    typeof candidate.code === 'string' &&
    isMessage(candidate.message)
  );
}

const isSupplyStatus = (value: unknown): value is SupplyRequestStatus =>
  supplyRequestStatuses.includes(value as SupplyRequestStatus);

/**
 * Reads an error body defensively: another back end, or a proxy's HTML error page, may send
 * anything, and HQ must still get a sensible message.
 */
export function hqErrorFromBody(
  status: number,
  body: unknown,
  retryAfter?: string | null,
): HqApiError {
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const code =
    typeof record.code === 'string'
      ? record.code
      : (statusCodes[status] ?? (status >= 500 ? 'internal_error' : 'bad_request'));
  const seconds = retryAfter ? Number(retryAfter) : Number.NaN;
  return new HqApiError({
    status,
    code,
    message: isMessage(record.message) ? record.message : undefined,
    fieldErrors: Array.isArray(record.errors) ? record.errors.filter(isFieldError) : [],
    retryAfterSeconds: Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined,
    currentStatus: isSupplyStatus(record.status) ? record.status : undefined,
    allowedStatuses: Array.isArray(record.allowed) ? record.allowed.filter(isSupplyStatus) : [],
  });
}
