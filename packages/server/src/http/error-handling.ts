import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { z } from 'zod';
import { ApiError, apiError, standardCodeForStatus } from '../errors.ts';
import { validationError } from '../validation.ts';
import type { AppEnv } from './env.ts';

/** Sends an {@link ApiError} as the DESIGN.md error shape with its status and headers. */
export function sendError(c: Context, error: ApiError): Response {
  return c.json(error.toBody(), error.status, error.headers);
}

/**
 * The app's onError: ApiErrors answer as themselves; Hono's own exceptions (bad JSON, 413, 415)
 * become the matching error code; anything else is a 500 whose details go only to the log.
 */
export const handleError: ErrorHandler<AppEnv> = (error, c) => {
  const apiErrorValue = toApiError(error);
  if (apiErrorValue.status >= 500) {
    (c.get('logger') ?? console).error({ err: error }, 'unhandled error');
  }
  return sendError(c, apiErrorValue);
};

/** The app's notFound: the 404 error shape (405 is decided by the method-not-allowed middleware). */
export const handleNotFound: NotFoundHandler<AppEnv> = (c) => sendError(c, apiError('not_found'));

/** The zod-openapi hook for request validation: a 422 with one entry per field. */
export function validationHook(
  result: { success: boolean; error?: z.ZodError; data?: unknown },
  _c: Context,
): undefined {
  if (!result.success && result.error) throw validationError(result.error, result.data);
  return undefined;
}

function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof HTTPException) {
    if (error.status === 400 && /malformed json/i.test(error.message))
      return apiError('invalid_json');
    if (error.status < 500) return apiError(standardCodeForStatus(error.status));
  }
  return apiError('internal_error', { cause: error });
}
