// zod issues → the API's field errors, with the catalog's wording for each field and code.
import type { z } from 'zod';
import { fieldError, type MessageParams } from '../messages';
import type { FieldError } from '../types';

/** More than this many field errors helps nobody and makes a 422 body a DoS amplifier. */
const maxFieldErrors = 100;

type Issue = z.core.$ZodIssue;

function hasPath(input: unknown, path: readonly PropertyKey[]): boolean {
  let current: unknown = input;
  for (const part of path) {
    if (typeof current !== 'object' || current === null) return false;
    const record = current as Record<PropertyKey, unknown>;
    if (!Object.hasOwn(record, part) || record[part] === undefined) return false;
    current = record[part];
  }
  return true;
}

function isMissing(issue: Issue, input: unknown, hasInput: boolean): boolean {
  if (issue.code !== 'invalid_type') return false;
  if (hasInput) return !hasPath(input, issue.path);
  // Without the input, zod's own wording is the only trace of an absent value.
  return /received undefined$/.test(issue.message);
}

function classify(issue: Issue, input: unknown, hasInput: boolean): [string, MessageParams?] {
  if (isMissing(issue, input, hasInput)) return ['required'];
  const last = issue.path[issue.path.length - 1];
  switch (issue.code) {
    case 'custom': {
      const params = (issue.params ?? {}) as { code?: unknown; values?: MessageParams };
      return [typeof params.code === 'string' ? params.code : 'invalid', params.values];
    }
    case 'invalid_type':
      return ['invalid_type'];
    case 'too_small':
      if (issue.origin === 'string' && Number(issue.minimum) <= 1) return ['required'];
      return ['invalid'];
    case 'too_big':
      if (issue.origin === 'string') return ['too_long', { max: Number(issue.maximum) }];
      if (issue.origin === 'array') return ['too_big', { max: Number(issue.maximum) }];
      return ['invalid_value'];
    case 'invalid_format':
      return ['invalid_format'];
    case 'invalid_value':
      // `consent: z.literal(true)` refuses false: for a person that means "you have not agreed".
      return [last === 'consent' ? 'required' : 'invalid_value'];
    case 'invalid_union':
      return ['invalid_value'];
    default:
      return ['invalid'];
  }
}

/**
 * Turns a zod error from any booking schema into field errors: dotted paths
 * (`resident.nameKana`, `accommodations.1.language`), a code (`required`, `invalid_characters`,
 * `too_long`, `unrecognized_key` …) and a friendly bilingual message for that field and code.
 * Pass the parsed `input` to tell a missing field (`required`) from a wrong type reliably.
 * The result is capped at 100 errors.
 */
export function toFieldErrors(error: z.ZodError, input?: unknown): FieldError[] {
  const hasInput = input !== undefined;
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  const push = (path: readonly PropertyKey[], code: string, params?: MessageParams) => {
    const dotted = path.map(String).join('.');
    if (seen.has(`${dotted} ${code}`)) return;
    seen.add(`${dotted} ${code}`);
    errors.push(fieldError(dotted, code, params));
  };
  // zod may still run a schema's checks after its type failed (a string given for a list also
  // reports too_big): the type problem is the one to tell the resident about.
  const wrongType = new Set(
    error.issues
      .filter((issue) => issue.code === 'invalid_type')
      .map((issue) => issue.path.map(String).join('.')),
  );
  for (const issue of error.issues) {
    const dotted = issue.path.map(String).join('.');
    if (issue.code !== 'invalid_type' && wrongType.has(dotted)) continue;
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) push([...issue.path, key], 'unrecognized_key');
    } else {
      const [code, params] = classify(issue, input, hasInput);
      push(issue.path, code, params);
    }
    if (errors.length >= maxFieldErrors) break;
  }
  return errors.slice(0, maxFieldErrors);
}
