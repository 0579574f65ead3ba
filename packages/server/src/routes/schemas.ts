import { z } from '@hono/zod-openapi';
import type { ErrorStatus } from '../errors.ts';

/** A message in Japanese and English. */
export const LocalizedMessageSchema = z
  .object({ ja: z.string(), en: z.string() })
  .openapi('LocalizedMessage');

/** One field's validation problem. */
export const FieldErrorSchema = z
  .object({
    path: z.string().openapi({ example: 'resident.nameKana' }),
    code: z.string().openapi({ example: 'required' }),
    message: LocalizedMessageSchema,
  })
  .openapi('FieldError');

/** The body of every error response; some codes add fields (e.g. `alternatives` for `slot_unavailable`). */
export const ErrorSchema = z
  .looseObject({
    code: z.string().openapi({ example: 'validation_failed' }),
    message: LocalizedMessageSchema,
    errors: z.array(FieldErrorSchema).optional(),
  })
  .openapi('Error', {
    description: 'Every error response has this shape, with the matching HTTP status.',
  });

/** A name in Japanese, English and やさしい日本語. */
export const LocalizedNameSchema = z
  .object({ ja: z.string(), en: z.string(), 'ja-easy': z.string() })
  .openapi('LocalizedName');

const ERROR_DESCRIPTIONS: Record<ErrorStatus, string> = {
  400: 'Malformed request or invalid JSON (`bad_request`, `invalid_json`)',
  401: 'Authentication required (`unauthorized`)',
  403: 'Not allowed (`forbidden`)',
  404: 'Not found (`not_found`)',
  405: 'Method not allowed for this path (`method_not_allowed`)',
  409: 'Conflict with the current state',
  413: 'Request body too large (`payload_too_large`)',
  415: 'Unsupported Content-Type (`unsupported_media_type`)',
  422: 'Validation failed; see `errors` (`validation_failed`)',
  429: 'Too many requests (`too_many_requests`)',
  500: 'Unexpected server error (`internal_error`)',
  503: 'A dependency such as the database is unavailable (`service_unavailable`)',
};

/** OpenAPI response entries for error statuses, all with the {@link ErrorSchema} body. */
export function errorResponses<const S extends ErrorStatus>(...statuses: S[]) {
  return Object.fromEntries(
    statuses.map((status) => [
      status,
      {
        description: ERROR_DESCRIPTIONS[status],
        content: { 'application/json': { schema: ErrorSchema } },
      },
    ]),
  ) as Record<
    S,
    { description: string; content: { 'application/json': { schema: typeof ErrorSchema } } }
  >;
}
