import { Writable } from 'node:stream';
import { pino } from 'pino';
import type { Logger } from '../logger.ts';
import { serializeError } from '../logger.ts';

/** A pino logger whose lines are kept in memory, parsed, for asserting what gets logged. */
export function captureLogger(): {
  logger: Logger;
  lines: () => Record<string, unknown>[];
  text: () => string;
} {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk, _encoding, callback) {
      chunks.push(String(chunk));
      callback();
    },
  });
  const logger = pino(
    { level: 'debug', serializers: { err: (error: unknown) => serializeError(error) } },
    stream,
  );
  const text = () => chunks.join('');
  const lines = () =>
    text()
      .split('\n')
      .filter(Boolean)
      .map((line) => JSON.parse(line) as Record<string, unknown>);
  return { logger, lines, text };
}
