// The one error type every BookingApi implementation rejects with, parsed from the API's error
// shape so callers branch on `code`, show `fieldErrors` and offer `alternatives`.
import type { ErrorBody, FieldError, LocalizedMessage, Slot } from '../types';

/** What a {@link BookingApiError} is made of. */
export interface BookingApiErrorInit {
  /** HTTP status; 0 when the request never got an answer (offline, DNS, CORS). */
  readonly status: number;
  /** The API's error code (`slot_unavailable`, `validation_failed`, `network_error` …). */
  readonly code: string;
  readonly message?: LocalizedMessage | undefined;
  readonly fieldErrors?: readonly FieldError[] | undefined;
  readonly alternatives?: readonly Slot[] | undefined;
  /** From `Retry-After` on a 429/503. */
  readonly retryAfterSeconds?: number | undefined;
  readonly cause?: unknown;
}

const statusCodes: Readonly<Record<number, string>> = {
  400: 'bad_request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not_found',
  409: 'conflict',
  413: 'payload_too_large',
  422: 'validation_failed',
  429: 'too_many_requests',
  503: 'service_unavailable',
};

/** A failed API call: status, code, bilingual message, field errors and, for a 409, alternatives. */
export class BookingApiError extends Error {
  override name = 'BookingApiError';
  /** HTTP status; 0 for a network failure. */
  readonly status: number;
  /** The API's error code. */
  readonly code: string;
  /** The server's message in Japanese and English, when it sent one. */
  readonly localizedMessage: LocalizedMessage | undefined;
  /** Field problems of a 422 (empty otherwise). */
  readonly fieldErrors: readonly FieldError[];
  /** Free slots near a taken one (409 `slot_unavailable`; empty otherwise). */
  readonly alternatives: readonly Slot[];
  /** Seconds to wait before retrying, from `Retry-After`. */
  readonly retryAfterSeconds: number | undefined;

  constructor(init: BookingApiErrorInit) {
    super(
      `${init.status} ${init.code}${init.message ? `: ${init.message.en}` : ''}`,
      init.cause === undefined ? undefined : { cause: init.cause },
    );
    this.status = init.status;
    this.code = init.code;
    this.localizedMessage = init.message;
    this.fieldErrors = init.fieldErrors ?? [];
    this.alternatives = init.alternatives ?? [];
    this.retryAfterSeconds = init.retryAfterSeconds;
  }

  /** The error as the API's JSON body (what a server or the memory adapter would send). */
  toBody(): ErrorBody & { alternatives?: Slot[] } {
    return {
      code: this.code,
      message: this.localizedMessage ?? { ja: this.code, en: this.code },
      ...(this.fieldErrors.length > 0 ? { errors: [...this.fieldErrors] } : {}),
      ...(this.code === 'slot_unavailable' ? { alternatives: [...this.alternatives] } : {}),
    };
  }
}

/** Whether `value` is a {@link BookingApiError} (also across bundles, where instanceof fails). */
export function isBookingApiError(value: unknown): value is BookingApiError {
  if (value instanceof BookingApiError) return true;
  const candidate = value as Partial<BookingApiError> | null;
  return (
    typeof candidate === 'object' &&
    candidate !== null &&
    candidate.name === 'BookingApiError' &&
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

function isSlot(value: unknown): value is Slot {
  const candidate = value as Partial<Slot> | null;
  return typeof candidate?.start === 'string' && typeof candidate.end === 'string';
}

/**
 * Reads an error response body defensively: another back end (or a proxy's HTML error page) may
 * send anything, and the resident must still get a sensible message.
 */
export function errorFromBody(
  status: number,
  body: unknown,
  retryAfter?: string | null,
): BookingApiError {
  const record = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  const code =
    typeof record.code === 'string'
      ? record.code
      : (statusCodes[status] ?? (status >= 500 ? 'internal_error' : 'bad_request'));
  const seconds = retryAfter ? Number(retryAfter) : Number.NaN;
  return new BookingApiError({
    status,
    code,
    message: isMessage(record.message) ? record.message : undefined,
    fieldErrors: Array.isArray(record.errors) ? record.errors.filter(isFieldError) : [],
    alternatives: Array.isArray(record.alternatives) ? record.alternatives.filter(isSlot) : [],
    retryAfterSeconds: Number.isFinite(seconds) && seconds >= 0 ? seconds : undefined,
  });
}
