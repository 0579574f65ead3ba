import { type Logger, pino } from 'pino';
import type { LogLevel } from './config.ts';

export type { Logger } from 'pino';

/**
 * The error fields worth logging. Database errors carry `parameters`, `query`, `detail` and
 * `where`, which can contain residents' personal data, so only message, stack, SQLSTATE and
 * constraint are kept.
 */
export function serializeError(error: unknown, depth = 0): Record<string, unknown> {
  if (!(error instanceof Error)) return { type: typeof error, message: String(error) };
  const { code, constraint } = error as Error & { code?: unknown; constraint?: unknown };
  return {
    type: error.name,
    message: error.message,
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
    ...(typeof constraint === 'string' ? { constraint } : {}),
    stack: error.stack,
    ...(error.cause === undefined || depth >= 3
      ? {}
      : { cause: serializeError(error.cause, depth + 1) }),
  };
}

/** The server's pino logger: JSON lines on stdout, errors serialised without query parameters. */
export function createLogger(level: LogLevel = 'info'): Logger {
  return pino({
    level,
    base: { service: 'machi-dx-server' },
    serializers: { err: (error: unknown) => serializeError(error) },
  });
}
