/** A message in both languages every error carries. */
export interface LocalizedMessage {
  ja: string;
  en: string;
}

/** One field's problem in a 422: `path` is the dotted field path (`resident.nameKana`). */
export interface FieldError {
  path: string;
  code: string;
  message: LocalizedMessage;
}

/** The body of every error response (DESIGN.md); some codes add fields such as `alternatives`. */
export interface ErrorBody {
  code: string;
  message: LocalizedMessage;
  errors?: FieldError[];
  [detail: string]: unknown;
}

/** HTTP statuses the API uses for errors. */
export type ErrorStatus = 400 | 401 | 403 | 404 | 405 | 409 | 413 | 415 | 422 | 429 | 500 | 503;

const standard = {
  bad_request: [400, 'リクエストの形式が正しくありません。', 'The request is malformed.'],
  invalid_json: [
    400,
    '送信されたデータが正しい JSON ではありません。',
    'The request body is not valid JSON.',
  ],
  unauthorized: [
    401,
    '認証が必要です。ログインするか、正しい確認用の情報を使ってください。',
    'Authentication is required. Sign in, or use valid credentials.',
  ],
  invalid_credentials: [
    401,
    'ユーザー名またはパスフレーズが正しくありません。',
    'The username or passphrase is not correct.',
  ],
  forbidden: [403, 'この操作を行う権限がありません。', 'You do not have permission to do this.'],
  csrf_rejected: [
    403,
    'ほかのサイトからの操作は受け付けられません。このサイトのページから操作してください。',
    'Requests from other sites are not accepted. Use this site’s own pages.',
  ],
  not_found: [
    404,
    'お探しのページまたはデータは見つかりませんでした。',
    'The requested resource was not found.',
  ],
  city_not_configured: [
    404,
    '市の情報がまだ登録されていません。',
    'The city has not been set up yet.',
  ],
  method_not_allowed: [
    405,
    'この URL では、この操作（HTTP メソッド）は使えません。',
    'This HTTP method is not allowed for this URL.',
  ],
  conflict: [
    409,
    'ほかの操作と重なりました。最新の内容を確認して、もう一度お試しください。',
    'The request conflicts with the current state. Check the latest data and try again.',
  ],
  payload_too_large: [413, '送信されたデータが大きすぎます。', 'The request body is too large.'],
  unsupported_media_type: [
    415,
    'このデータ形式（Content-Type）には対応していません。JSON で送信してください。',
    'This Content-Type is not supported. Send JSON.',
  ],
  validation_failed: [
    422,
    '入力内容に誤りがあります。各項目を確認してください。',
    'Some of the information is not valid. Check each field.',
  ],
  too_many_requests: [
    429,
    'リクエストが多すぎます。しばらく待ってから、もう一度お試しください。',
    'Too many requests. Wait a moment and try again.',
  ],
  internal_error: [
    500,
    'サーバーで問題が発生しました。時間をおいて、もう一度お試しください。',
    'Something went wrong on the server. Please try again later.',
  ],
  service_unavailable: [
    503,
    '現在サービスを利用できません。時間をおいて、もう一度お試しください。',
    'The service is temporarily unavailable. Please try again later.',
  ],
} as const satisfies Record<string, readonly [ErrorStatus, string, string]>;

/** Error codes with a built-in status and bilingual message. */
export type StandardErrorCode = keyof typeof standard;

/** Extra parts of an {@link ApiError}: field errors, code-specific body fields, response headers. */
export interface ApiErrorInit {
  errors?: FieldError[];
  /** Added to the body beside code and message, e.g. `{ alternatives: [...] }` for `slot_unavailable`. */
  details?: Record<string, unknown>;
  /** Response headers such as `Retry-After` or `Allow`. */
  headers?: Record<string, string>;
  cause?: unknown;
}

/** An error a route throws to answer with the DESIGN.md error shape; anything else thrown becomes a 500. */
export class ApiError extends Error {
  override name = 'ApiError';
  readonly status: ErrorStatus;
  readonly code: string;
  readonly localizedMessage: LocalizedMessage;
  readonly errors: FieldError[] | undefined;
  readonly details: Record<string, unknown> | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(
    status: ErrorStatus,
    code: string,
    message: LocalizedMessage,
    init: ApiErrorInit = {},
  ) {
    super(
      `${status} ${code}: ${message.en}`,
      init.cause === undefined ? {} : { cause: init.cause },
    );
    this.status = status;
    this.code = code;
    this.localizedMessage = message;
    this.errors = init.errors;
    this.details = init.details;
    this.headers = init.headers;
  }

  /** The JSON body: details first, so they can never overwrite code, message or errors. */
  toBody(): ErrorBody {
    return {
      ...this.details,
      code: this.code,
      message: this.localizedMessage,
      ...(this.errors ? { errors: this.errors } : {}),
    };
  }
}

/** Builds an {@link ApiError} for a standard code with its usual status and message. */
export function apiError(code: StandardErrorCode, init?: ApiErrorInit): ApiError {
  const [status, ja, en] = standard[code];
  return new ApiError(status, code, { ja, en }, init);
}

/** The standard code for an HTTP status (used for errors raised by middleware as bare statuses). */
export function standardCodeForStatus(status: number): StandardErrorCode {
  const byStatus: Partial<Record<number, StandardErrorCode>> = {
    401: 'unauthorized',
    403: 'forbidden',
    404: 'not_found',
    405: 'method_not_allowed',
    409: 'conflict',
    413: 'payload_too_large',
    415: 'unsupported_media_type',
    422: 'validation_failed',
    429: 'too_many_requests',
    503: 'service_unavailable',
  };
  return byStatus[status] ?? (status >= 500 ? 'internal_error' : 'bad_request');
}
