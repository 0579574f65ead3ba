// Building blocks shared by the wire schemas. Request schemas are strict (an unknown field is a
// 422, so a typo never silently drops data); response schemas are lenient, so another back end
// may add fields without breaking clients.
import { parseIsoInstant, parsePlainDate } from '@machi-dx/ui/core';
import * as z from 'zod';
import type { RuleResult } from '../field-rules';
import { fieldErrorKey, localizedMessage } from '../messages';

/**
 * A zod check running a field rule. Refusals become custom issues whose `params` carry the field
 * error code, its bilingual message and the placeholder values (the server's generic zod mapper
 * reads `params.code` / `params.message` too). Accepted values are replaced by the normalised one
 * (trimmed, katakana, formatted phone), so the parsed body is what gets stored.
 */
export function ruleString(rule: (value: string) => RuleResult) {
  return z.string().check((context) => {
    const result = rule(context.value);
    if (result.ok) {
      context.value = result.value;
      return;
    }
    const message = localizedMessage(
      // The path is not known here; the field's own wording is picked later by toFieldErrors.
      fieldErrorKey({ path: '', code: result.code }),
      result.params,
    );
    context.issues.push({
      code: 'custom',
      input: context.value,
      message: message.en,
      params: { code: result.code, message, values: result.params },
    });
  });
}

function customIssue(code: string) {
  return {
    error: localizedMessage(`booking.field.${code}`).en,
    params: { code, message: localizedMessage(`booking.field.${code}`) },
  };
}

/** An id (service, location, booth, specialist). */
export const idSchema = z.string().min(1).max(100);

/** `YYYY-MM-DD`, a day that exists. */
export const plainDateSchema = z
  .string()
  .refine((value) => parsePlainDate(value) !== undefined, customIssue('invalid_format'))
  .meta({ description: 'A calendar date in Tokyo, YYYY-MM-DD.', example: '2026-12-01' });

/** An ISO 8601 date-time with an explicit offset. */
export const instantSchema = z
  .string()
  .max(40)
  .refine((value) => parseIsoInstant(value) !== undefined, customIssue('invalid_format'))
  .meta({
    description: 'ISO 8601 date-time with offset; the API writes +09:00.',
    example: '2026-12-01T10:00:00+09:00',
  });

/** `HH:MM`, 00:00–23:59, wall-clock time in Tokyo. */
export const timeOfDaySchema = z
  .string()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/)
  .meta({ description: 'Wall-clock time in Tokyo, HH:MM.', example: '08:30' });

/** Names and descriptions in Japanese, English and やさしい日本語. */
export const localizedTextSchema = z
  .object({ ja: z.string(), en: z.string(), 'ja-easy': z.string() })
  .meta({ description: 'Text in Japanese, English and easy Japanese (やさしい日本語).' });

/** A message in Japanese and English. */
export const localizedMessageSchema = z.object({ ja: z.string(), en: z.string() });

/** Minutes between two `HH:MM` times. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** A custom issue with the catalog's wording, for refinements across fields. */
export function crossFieldIssue(
  code: string,
  path: PropertyKey[],
  values?: Record<string, number>,
) {
  const message = localizedMessage(`booking.field.${code}`, values);
  return {
    code: 'custom' as const,
    path,
    message: message.en,
    params: { code, message, values },
  };
}
