// Pure helpers the forms share: reading and writing a report's `data` by dotted path, finding a
// path's field spec, and turning what was typed into what is stored.
import * as codes from '../core/validation/codes';
import type { FieldSpec } from '../core/validation/fields';

/** The value at a dotted path (`careNeeds.infants`, `items.0.quantity`), or undefined. */
export function readPath(data: unknown, path: string): unknown {
  let current = data;
  for (const part of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/**
 * A copy of `data` with `value` at `path`; `undefined` removes the key (an empty answer is no
 * answer, so drafts and reports stay free of `""`). Numeric parts index arrays.
 */
export function writePath<T>(data: T, path: string, value: unknown): T {
  const [head, ...rest] = path.split('.');
  const key = head as string;
  const isIndex = /^\d+$/.test(key);
  const container: Record<string, unknown> | unknown[] = Array.isArray(data)
    ? [...data]
    : { ...(data as Record<string, unknown> | undefined) };
  const next = rest.length
    ? writePath(
        (container as Record<string, unknown>)[key] ?? (/^\d+$/.test(rest[0]!) ? [] : {}),
        rest.join('.'),
        value,
      )
    : value;
  if (isIndex && Array.isArray(container)) container[Number(key)] = next;
  else if (next === undefined) delete (container as Record<string, unknown>)[key];
  else (container as Record<string, unknown>)[key] = next;
  return container as T;
}

/** The field spec at a dotted path; numeric parts step into an array's items. */
export function specAt(
  fields: Readonly<Record<string, FieldSpec>>,
  path: string,
): FieldSpec | undefined {
  let spec: FieldSpec | undefined = { type: 'object', fields };
  for (const part of path.split('.')) {
    if (spec?.type === 'object') spec = spec.fields[part];
    else if (spec?.type === 'array' && /^\d+$/.test(part)) spec = spec.items;
    else return undefined;
  }
  return spec;
}

const FULL_WIDTH = /[０-９．－ー]/g;

/**
 * What a number box stores: the number when the text is one (full-width digits, commas and spaces
 * accepted, as people type them on Japanese keyboards), otherwise the text as typed so the form can
 * show it back with an error; undefined for an empty box.
 */
export function parseNumberInput(raw: string): number | string | undefined {
  const text = raw.replace(FULL_WIDTH, (char) =>
    char === '．'
      ? '.'
      : char === '－' || char === 'ー'
        ? '-'
        : String(char.charCodeAt(0) - 0xff10),
  );
  const compact = text.replace(/[,，\s]/g, '');
  if (compact === '') return undefined;
  return /^-?\d+(\.\d+)?$/.test(compact) ? Number(compact) : raw.trim();
}

/** A path without its array indices: `items.0.quantity` → `items.quantity`. */
export function withoutIndices(path: string): string {
  return path
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .join('.');
}

// Groups whose parts are named by a code list rather than a field label of their own.
const partNames: Record<string, string> = {
  careNeeds: 'careNeed',
  lifelines: 'lifeline',
  facilitySafetyCheck: 'safetyCheckItem',
};
// Lists whose lines are supply lines: one set of labels for both.
const lineAliases: Record<string, string> = { items: 'supplyLine', suppliesNeeded: 'supplyLine' };

/** The catalog key of a field's label (`shelter.field.evacueeTotal`, `shelter.code.careNeed.infants`). */
export function labelKey(path: string): string {
  const [head = '', ...rest] = withoutIndices(path).split('.');
  const sub = rest.join('.');
  if (sub && partNames[head] && sub !== 'note') return `shelter.code.${partNames[head]}.${sub}`;
  return `shelter.field.${sub && lineAliases[head] ? `${lineAliases[head]}.${sub}` : withoutIndices(path)}`;
}

/* @__NO_SIDE_EFFECTS__ */
function codeListNames(): Map<readonly string[], string> {
  return new Map<readonly string[], string>([
    [codes.openingStatuses, 'openingStatus'],
    [codes.safetyCheckResults, 'safetyCheckResult'],
    [codes.occupancyStatuses, 'occupancyStatus'],
    [codes.staffSupportKinds, 'staffSupport'],
    [codes.supplyLevels, 'supplyLevel'],
    [codes.lifelineStatuses, 'lifelineStatus'],
    [codes.spaceConditions, 'spaceCondition'],
    [codes.facilityAvailabilities, 'facilityAvailability'],
    [codes.supplyItems, 'supplyItem'],
    [codes.supplyUnits, 'supplyUnit'],
    [codes.damageKinds, 'damageKind'],
    [codes.damageSeverities, 'damageSeverity'],
  ]);
}
let lists: Map<readonly string[], string> | undefined;

/**
 * The catalog key of one value of an enum field (`shelter.code.lifelineStatus.unavailable`). The
 * spec holds the very array of its code list, so the list is found by identity, not by guessing.
 */
export function choiceKey(values: readonly string[], value: string): string {
  lists ??= codeListNames();
  return `shelter.code.${lists.get(values) ?? 'unknown'}.${value}`;
}
