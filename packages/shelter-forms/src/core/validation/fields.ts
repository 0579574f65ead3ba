import { parseIsoInstant } from '@machi-dx/ui/core';
import { isUuid } from '../uuid';
import { type FieldError, fieldError } from './messages';

/**
 * A declarative description of one field. The validators walk it, the forms read limits and
 * choices from it (`max`, `values`), and {@link fieldSpecToJsonSchema} turns it into JSON Schema
 * for OpenAPI — one source for all three.
 */
export type FieldSpec =
  | IntegerSpec
  | NumberSpec
  | StringSpec
  | DateTimeSpec
  | EnumSpec
  | BooleanSpec
  | ObjectSpec
  | ArraySpec;

interface BaseSpec {
  /** Must be present (null and undefined count as absent). */
  required?: boolean;
}
/** A whole number within `[min, max]`. */
export interface IntegerSpec extends BaseSpec {
  type: 'integer';
  min: number;
  max: number;
}
/** A finite number within `[min, max]`. */
export interface NumberSpec extends BaseSpec {
  type: 'number';
  min: number;
  max: number;
}
/** Text up to `maxLength` characters; `format` adds a pattern check. */
export interface StringSpec extends BaseSpec {
  type: 'string';
  maxLength: number;
  format?: 'uuid' | 'sha256';
}
/** An ISO 8601 date-time with an offset (`2026-12-01T10:00:00+09:00`). */
export interface DateTimeSpec extends BaseSpec {
  type: 'datetime';
}
/** One of a fixed list of codes. */
export interface EnumSpec extends BaseSpec {
  type: 'enum';
  values: readonly string[];
}
/** `true` or `false`. */
export interface BooleanSpec extends BaseSpec {
  type: 'boolean';
}
/** A nested object; keys not listed are refused. */
export interface ObjectSpec extends BaseSpec {
  type: 'object';
  fields: Readonly<Record<string, FieldSpec>>;
}
/** A list of up to `maxItems` items; `unique` refuses the same primitive twice. */
export interface ArraySpec extends BaseSpec {
  type: 'array';
  items: FieldSpec;
  maxItems: number;
  minItems?: number;
  unique?: boolean;
}

// The spec helpers are marked free of side effects so bundlers drop unused specs (tree-shaking).

/** A head count: a whole number from 0 to 1,000,000 (no shelter is larger; typos are caught). */
/* @__NO_SIDE_EFFECTS__ */
export function count(required = false): IntegerSpec {
  return { type: 'integer', min: 0, max: 1_000_000, required };
}
/** Free text of up to `maxLength` characters. */
/* @__NO_SIDE_EFFECTS__ */
export function text(maxLength: number, required = false): StringSpec {
  return { type: 'string', maxLength, required };
}
/** A date-time with offset. */
/* @__NO_SIDE_EFFECTS__ */
export function datetime(required = false): DateTimeSpec {
  return { type: 'datetime', required };
}
/** One of `values`. */
/* @__NO_SIDE_EFFECTS__ */
export function oneOf(values: readonly string[], required = false): EnumSpec {
  return { type: 'enum', values, required };
}
/** The same spec for each of `keys` (e.g. a count per care-need category). */
/* @__NO_SIDE_EFFECTS__ */
export function each(keys: readonly string[], spec: FieldSpec): Record<string, FieldSpec> {
  return Object.fromEntries(keys.map((key) => [key, spec]));
}

/** Whether a value counts as not given. */
export function isAbsent(value: unknown): value is null | undefined {
  return value === undefined || value === null;
}

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * Checks `value` against `spec`, appending errors under `path`. Absent optional values pass; an
 * empty string counts as an answer for optional text so forms can send what the input holds.
 */
export function checkField(spec: FieldSpec, value: unknown, path: string, errors: FieldError[]) {
  if (isAbsent(value)) {
    if (spec.required) errors.push(fieldError(path, 'required'));
    return;
  }
  switch (spec.type) {
    case 'integer':
    case 'number': {
      const ok =
        typeof value === 'number' &&
        (spec.type === 'integer' ? Number.isSafeInteger(value) : Number.isFinite(value));
      if (!ok) errors.push(fieldError(path, `invalid_type.${spec.type}`));
      else if (value < spec.min)
        errors.push(fieldError(path, 'too_small.number', { min: spec.min }));
      else if (value > spec.max) errors.push(fieldError(path, 'too_big.number', { max: spec.max }));
      return;
    }
    case 'string':
      if (typeof value !== 'string') errors.push(fieldError(path, 'invalid_type.string'));
      else if (spec.required && value.trim() === '')
        errors.push(fieldError(path, 'too_small.string'));
      else if (value.length > spec.maxLength)
        errors.push(fieldError(path, 'too_big.string', { max: spec.maxLength }));
      else if (spec.format === 'uuid' && !isUuid(value))
        errors.push(fieldError(path, 'invalid_format.uuid'));
      else if (spec.format === 'sha256' && !SHA256.test(value))
        errors.push(fieldError(path, 'invalid_format.sha256'));
      return;
    case 'datetime':
      if (typeof value !== 'string') errors.push(fieldError(path, 'invalid_type.string'));
      else if (!parseIsoInstant(value)) errors.push(fieldError(path, 'invalid_format.datetime'));
      return;
    case 'enum':
      if (typeof value !== 'string' || !spec.values.includes(value))
        errors.push(fieldError(path, 'invalid_value'));
      return;
    case 'boolean':
      if (typeof value !== 'boolean') errors.push(fieldError(path, 'invalid_type.boolean'));
      return;
    case 'object':
      checkObject(spec.fields, value, path, errors);
      return;
    case 'array':
      checkArray(spec, value, path, errors);
      return;
  }
}

/** Checks an object against its field specs, refusing keys it does not know. */
export function checkObject(
  fields: Readonly<Record<string, FieldSpec>>,
  value: unknown,
  path: string,
  errors: FieldError[],
) {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    errors.push(fieldError(path, 'invalid_type.object'));
    return;
  }
  const record = value as Record<string, unknown>;
  for (const key of Object.keys(record)) {
    if (!Object.hasOwn(fields, key)) errors.push(fieldError(join(path, key), 'unrecognized_key'));
  }
  for (const [key, spec] of Object.entries(fields)) {
    checkField(spec, record[key], join(path, key), errors);
  }
}

function checkArray(spec: ArraySpec, value: unknown, path: string, errors: FieldError[]) {
  if (!Array.isArray(value)) {
    errors.push(fieldError(path, 'invalid_type.array'));
    return;
  }
  if (value.length > spec.maxItems) {
    errors.push(fieldError(path, 'too_big.array', { max: spec.maxItems }));
    return;
  }
  if (value.length < (spec.minItems ?? 0)) {
    errors.push(fieldError(path, 'too_small.array', { min: spec.minItems ?? 0 }));
  }
  const seen = new Set<unknown>();
  value.forEach((item, index) => {
    const itemPath = join(path, String(index));
    if (isAbsent(item)) errors.push(fieldError(itemPath, 'required'));
    else checkField(spec.items, item, itemPath, errors);
    if (spec.unique && typeof item !== 'object') {
      if (seen.has(item)) errors.push(fieldError(itemPath, 'duplicate'));
      seen.add(item);
    }
  });
}

/** `a` + `.` + `b`, or `b` alone at the root. */
export function join(path: string, key: string): string {
  return path ? `${path}.${key}` : key;
}

/** JSON Schema (draft 2020-12 subset, as OpenAPI 3.1 uses) for one field spec. */
export function fieldSpecToJsonSchema(spec: FieldSpec): Record<string, unknown> {
  switch (spec.type) {
    case 'integer':
    case 'number':
      return { type: spec.type, minimum: spec.min, maximum: spec.max };
    case 'string':
      return spec.format === 'uuid'
        ? { type: 'string', format: 'uuid', maxLength: spec.maxLength }
        : spec.format === 'sha256'
          ? { type: 'string', pattern: '^[0-9a-f]{64}$' }
          : { type: 'string', maxLength: spec.maxLength };
    case 'datetime':
      return { type: 'string', format: 'date-time' };
    case 'enum':
      return { type: 'string', enum: [...spec.values] };
    case 'boolean':
      return { type: 'boolean' };
    case 'object': {
      const required = Object.entries(spec.fields)
        .filter(([, field]) => field.required)
        .map(([key]) => key);
      return {
        type: 'object',
        properties: Object.fromEntries(
          Object.entries(spec.fields).map(([key, field]) => [key, fieldSpecToJsonSchema(field)]),
        ),
        ...(required.length ? { required } : {}),
        additionalProperties: false,
      };
    }
    case 'array':
      return {
        type: 'array',
        items: fieldSpecToJsonSchema(spec.items),
        maxItems: spec.maxItems,
        ...(spec.minItems ? { minItems: spec.minItems } : {}),
        ...(spec.unique ? { uniqueItems: true } : {}),
      };
  }
}
