import type { FieldError, LocalizedMessage } from '../validation/messages';
import type { ConnectivityProbe, Receipt, SendResult, Transport } from './types';

/** Options of {@link createFetchTransport} and {@link createPingProbe}. */
export interface FetchTransportOptions {
  /** Origin and path prefix of the API, e.g. `https://city.example.jp`; defaults to same origin. */
  baseUrl?: string;
  /** Defaults to the global `fetch`. */
  fetch?: typeof fetch;
  /** Give up on one request after this long; poor links hang rather than fail. Default 30 s. */
  timeoutMs?: number;
  /** Extra headers, e.g. a CSRF token. */
  headers?: Record<string, string>;
}

/** The path a report is POSTed to. */
export function reportsPath(shelterId: string): string {
  return `/api/v1/shelters/${encodeURIComponent(shelterId)}/reports`;
}

function withTimeout(timeoutMs: number, outer?: AbortSignal) {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException('timeout', 'TimeoutError')),
    timeoutMs,
  );
  const onAbort = () => controller.abort(outer?.reason);
  outer?.addEventListener('abort', onAbort, { once: true });
  return {
    signal: controller.signal,
    done: () => {
      clearTimeout(timer);
      outer?.removeEventListener('abort', onAbort);
    },
  };
}

async function readJson(response: Response): Promise<Record<string, unknown> | undefined> {
  try {
    const body: unknown = await response.json();
    return typeof body === 'object' && body !== null
      ? (body as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

function isReceipt(value: unknown, id: string): value is Receipt {
  const receipt = value as Receipt | undefined;
  return (
    typeof receipt === 'object' &&
    receipt !== null &&
    receipt.id === id &&
    typeof receipt.receivedAt === 'string'
  );
}

function retryAfter(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/**
 * Maps an HTTP status and JSON body to a {@link SendResult}: the one place that decides what is
 * delivered, what is retried and what needs a person (shared by the fetch and the fake transport).
 */
export function interpretResponse(
  status: number,
  body: Record<string, unknown> | undefined,
  reportId: string,
  retryAfterMs?: number,
): SendResult {
  if (status === 200 || status === 201) {
    // The status alone is not proof: a captive portal or an offline page also answers 200.
    return isReceipt(body?.receipt, reportId)
      ? { ok: true, receipt: body.receipt as Receipt, duplicate: status === 200 }
      : { ok: false, retryable: true, reason: 'bad_response' };
  }
  if (status === 401) return { ok: false, retryable: true, reason: 'unauthorized' };
  if (status === 408) return { ok: false, retryable: true, reason: 'timeout' };
  if (status === 429 || status >= 500) {
    return {
      ok: false,
      retryable: true,
      reason: status === 429 ? 'rate_limited' : 'server_error',
      ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
    };
  }
  const message = body?.message as LocalizedMessage | undefined;
  const reason =
    status === 409
      ? body?.code === 'id_conflict'
        ? 'id_conflict'
        : 'conflict'
      : status === 422
        ? 'validation_failed'
        : status === 403
          ? 'forbidden'
          : status === 404
            ? 'not_found'
            : 'rejected';
  return {
    ok: false,
    retryable: false,
    reason,
    status,
    ...(message && typeof message.ja === 'string' ? { message } : {}),
    ...(Array.isArray(body?.errors) ? { errors: body.errors as FieldError[] } : {}),
  };
}

/**
 * The default transport: `POST {baseUrl}/api/v1/shelters/{shelterId}/reports` with the session
 * cookie. 201/200 with a receipt = delivered; 401, 408, 429, 5xx and network failures are retried;
 * other 4xx (409 id_conflict, 422, 403 …) need a person. Photos: `PUT photoUploadPath(…)` with the
 * bytes (see {@link interpretPhotoResponse}).
 */
export function createFetchTransport(options: FetchTransportOptions = {}): Transport {
  const { baseUrl = '', timeoutMs = 30_000, headers = {} } = options;
  // One request with the session cookie, a timeout, and the answer interpreted; never throws.
  async function exchange<T>(
    method: 'POST' | 'PUT',
    path: string,
    contentType: string,
    body: BodyInit,
    signal: AbortSignal | undefined,
    interpret: (status: number, body: Record<string, unknown> | undefined, after?: number) => T,
  ): Promise<T | { ok: false; retryable: true; reason: 'timeout' | 'network' }> {
    const doFetch = options.fetch ?? globalThis.fetch;
    const timeout = withTimeout(timeoutMs, signal);
    try {
      const response = await doFetch(`${baseUrl}${path}`, {
        method,
        credentials: 'same-origin',
        cache: 'no-store',
        headers: { 'content-type': contentType, accept: 'application/json', ...headers },
        body,
        signal: timeout.signal,
      });
      return interpret(response.status, await readJson(response), retryAfter(response));
    } catch {
      const timedOut = timeout.signal.aborted && !signal?.aborted;
      return { ok: false, retryable: true, reason: timedOut ? 'timeout' : 'network' };
    } finally {
      timeout.done();
    }
  }
  return {
    send: ({ shelterId, report }, sendOptions) =>
      exchange(
        'POST',
        reportsPath(shelterId),
        'application/json',
        JSON.stringify(report),
        sendOptions?.signal,
        (status, body, after) => interpretResponse(status, body, report.id, after),
      ),
    // Loaded when the first photo goes out: a page without photos never downloads it.
    sendPhoto: async (request, sendOptions) => {
      const { interpretPhotoResponse, photoUploadPath } = await import('./photo-response');
      return exchange(
        'PUT',
        photoUploadPath(request.shelterId, request.reportId, request.sha256),
        request.contentType,
        request.bytes,
        sendOptions?.signal,
        (status, body, after) => interpretPhotoResponse(status, body, request, after),
      );
    },
  };
}

/**
 * Probes `GET {baseUrl}/api/v1/ping`, uncached, and checks the body is our server's
 * (`{ "status": "ok" }`): a service worker's offline page or a captive portal also answers 200.
 */
export function createPingProbe(options: FetchTransportOptions = {}): ConnectivityProbe {
  const { baseUrl = '', timeoutMs = 10_000 } = options;
  return async (probeOptions = {}) => {
    const doFetch = options.fetch ?? globalThis.fetch;
    const timeout = withTimeout(timeoutMs, probeOptions.signal);
    try {
      // The query string defeats caches that ignore `no-store` (some proxies, old service workers).
      const response = await doFetch(`${baseUrl}/api/v1/ping?t=${Date.now()}`, {
        method: 'GET',
        cache: 'no-store',
        credentials: 'same-origin',
        headers: { accept: 'application/json' },
        signal: timeout.signal,
      });
      if (!response.ok) return false;
      const body = await readJson(response);
      return body?.status === 'ok';
    } catch {
      return false;
    } finally {
      timeout.done();
    }
  };
}

export { interpretPhotoResponse } from './photo-response';
