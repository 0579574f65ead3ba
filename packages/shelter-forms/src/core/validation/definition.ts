import { parseIsoInstant } from '@machi-dx/ui/core';
import { type FieldSpec, isAbsent } from './fields';
import type { ValidationMessageKey } from './messages';

/** What a cross-field rule can ask and report. */
export interface RuleContext {
  /** The raw value of a field (dotted for nested ones); undefined if it failed its own check. */
  value(field: string): unknown;
  /** The value of a number field if it passed its own check and is not marked 未確認. */
  number(field: string): number | undefined;
  /** The instant of a date-time field if it passed its own check and is not marked 未確認. */
  instant(field: string): number | undefined;
  /** Whether a field holds a value, blank text excepted (marked 未確認 or not). */
  has(field: string): boolean;
  /** Whether a field is marked 未確認. */
  isUnconfirmed(field: string): boolean;
  /** Reports a problem at `field` (a path inside `data`). */
  report(field: string, key: ValidationMessageKey): void;
}

/** How one report kind's `data` is validated. */
export interface ReportDefinition {
  /** The fields of `data`. */
  fields: Readonly<Record<string, FieldSpec>>;
  /**
   * Field names a report may list in `unconfirmedFields` (未確認), dotted for nested ones
   * (`careNeeds.infants`); absent when the kind has no 未確認 marking.
   */
  confirmable?: readonly string[];
  /** Cross-field rules, run after every field has its own check. */
  rules?: (context: RuleContext) => void;
}

/**
 * The paths of `fields` a report may mark 未確認: every top-level field and every field of a nested
 * group, except `exclude` (identity and timing of the report itself, which are never unknown).
 */
/* @__NO_SIDE_EFFECTS__ */
export function confirmablePaths(
  fields: Readonly<Record<string, FieldSpec>>,
  exclude: readonly string[],
): string[] {
  const paths: string[] = [];
  for (const [key, spec] of Object.entries(fields)) {
    if (exclude.includes(key) || key === 'unconfirmedFields') continue;
    paths.push(key);
    if (spec.type === 'object')
      for (const sub of Object.keys(spec.fields)) paths.push(`${key}.${sub}`);
  }
  return paths;
}

/** Builds the {@link RuleContext} over one report's `data`. */
export function ruleContext(
  data: Record<string, unknown>,
  unconfirmed: ReadonlySet<string>,
  invalid: ReadonlySet<string>,
  report: (field: string, key: ValidationMessageKey) => void,
): RuleContext {
  const read = (field: string): unknown => {
    let current: unknown = data;
    for (const part of field.split('.')) {
      if (typeof current !== 'object' || current === null) return undefined;
      current = (current as Record<string, unknown>)[part];
    }
    return current;
  };
  const isUnconfirmed = (field: string) => {
    const [head] = field.split('.');
    return unconfirmed.has(field) || (head !== undefined && unconfirmed.has(head));
  };
  // A value that failed its own check takes no part in cross-field rules: one error per mistake.
  const usable = (field: string) => !isUnconfirmed(field) && !invalid.has(field);
  return {
    value: (field) => (invalid.has(field) ? undefined : read(field)),
    number(field) {
      const value = read(field);
      return typeof value === 'number' && usable(field) ? value : undefined;
    },
    instant(field) {
      const value = read(field);
      if (typeof value !== 'string' || !usable(field)) return undefined;
      return parseIsoInstant(value)?.getTime();
    },
    has(field) {
      const value = read(field);
      return !isAbsent(value) && !(typeof value === 'string' && value.trim() === '');
    },
    isUnconfirmed,
    report,
  };
}

/** Rule helper: reports `part` when it exceeds `whole` (both known). */
export function notMoreThan(
  context: RuleContext,
  part: string,
  whole: string,
  key: ValidationMessageKey,
) {
  const partValue = context.number(part);
  const wholeValue = context.number(whole);
  if (partValue !== undefined && wholeValue !== undefined && partValue > wholeValue) {
    context.report(part, key);
  }
}
