import { formatTokyoIso } from '@machi-dx/ui/core';
import { isReportKind, type ReportKind, reportKinds } from '../kinds';
import { uuidv7 } from '../uuid';
import { type ClosingReportData, closingDefinition } from './closing';
import { type DamageReportData, damageDefinition } from './damage';
import { type ReportDefinition, ruleContext } from './definition';
import { checkObject, type FieldSpec, fieldSpecToJsonSchema, isAbsent, join } from './fields';
import { type FieldError, fieldError } from './messages';
import { type OpeningReportData, openingDefinition } from './opening';
import { type StatusReportData, statusDefinition } from './status';
import { type SupplyRequestData, supplyRequestDefinition } from './supply-request';

/** The `data` type of each report kind. */
export interface ReportDataByKind {
  opening: OpeningReportData;
  status: StatusReportData;
  supply_request: SupplyRequestData;
  damage: DamageReportData;
  closing: ClosingReportData;
}

/**
 * A report as POSTed to `/api/v1/shelters/{nationalShelterId}/reports`. `id` is created on the
 * device when the form is created and never reused for other content; a correction is a new report
 * whose `supersedes` names the one it replaces.
 */
export interface Report<K extends ReportKind = ReportKind> {
  id: string;
  kind: K;
  /** The version of the form that produced `data`; HQ accepts older versions. */
  formVersion: number;
  /** When the form was created, ISO 8601 with offset. */
  createdAt: string;
  supersedes?: string;
  data: ReportDataByKind[K];
}

/** Any report, discriminated by `kind`. */
export type ShelterReport = { [K in ReportKind]: Report<K> }[ReportKind];

/** The outcome of a validation: the value, or field-level errors as in a 422. */
export type ValidationResult<T> = { ok: true; value: T } | { ok: false; errors: FieldError[] };

const definitions: Record<ReportKind, ReportDefinition> = {
  opening: openingDefinition,
  status: statusDefinition,
  supply_request: supplyRequestDefinition,
  damage: damageDefinition,
  closing: closingDefinition,
};

/** Upgrades `data` of form version n (index n − 1) to n + 1. */
export type DataMigration = (data: Record<string, unknown>) => Record<string, unknown>;

/**
 * Every change to a report's fields adds a migration here instead of breaking older devices: a
 * device that was offline through an update still sends its old version, and HQ upgrades it.
 */
export const formMigrations: Readonly<Record<ReportKind, readonly DataMigration[]>> = {
  opening: [],
  status: [],
  supply_request: [],
  damage: [],
  closing: [],
};

/* @__NO_SIDE_EFFECTS__ */
function byKind<T>(value: (kind: ReportKind) => T): Readonly<Record<ReportKind, T>> {
  return Object.fromEntries(reportKinds.map((kind) => [kind, value(kind)])) as Record<
    ReportKind,
    T
  >;
}

/** The form version each kind's forms produce now. */
export const currentFormVersions = byKind((kind) => formMigrations[kind].length + 1);

/** Upgrades `data` from `formVersion` to the current version with `migrations`. */
export function upgradeReportData(
  kind: ReportKind,
  formVersion: number,
  data: Record<string, unknown>,
  migrations: Readonly<Record<ReportKind, readonly DataMigration[]>> = formMigrations,
): Record<string, unknown> {
  let upgraded = data;
  for (const migrate of migrations[kind].slice(formVersion - 1)) upgraded = migrate(upgraded);
  return upgraded;
}

/** The field specs of each kind's `data`: limits, choices and required-ness for forms. */
export const reportFieldSpecs: Readonly<Record<ReportKind, Readonly<Record<string, FieldSpec>>>> =
  byKind((kind) => definitions[kind].fields);

/** The fields of a kind that a report may mark 未確認 (empty when the kind has no such marking). */
export function confirmableFields(kind: ReportKind): readonly string[] {
  return definitions[kind].confirmable ?? [];
}

/**
 * Validates the `data` of one kind at the current form version: each field, the 未確認 list, then
 * the cross-field rules. Paths start with `data.` as in the server's 422. A field marked 未確認 may
 * be left empty and is left out of cross-field rules; a value given for it counts as provisional.
 */
export function validateReportData(kind: ReportKind, data: unknown): FieldError[] {
  const definition = definitions[kind];
  const errors: FieldError[] = [];
  checkObject(definition.fields, data, 'data', errors);
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return errors;
  const record = data as Record<string, unknown>;

  const unconfirmed = new Set<string>();
  const listed = record.unconfirmedFields;
  if (definition.confirmable && Array.isArray(listed)) {
    listed.forEach((field, index) => {
      if (typeof field !== 'string') return;
      if (definition.confirmable?.includes(field)) unconfirmed.add(field);
      else errors.push(fieldError(`data.unconfirmedFields.${index}`, 'cannot_be_unconfirmed'));
    });
  }
  const isUnconfirmedPath = (path: string) =>
    [...unconfirmed].some((field) => path === `data.${field}` || path.startsWith(`data.${field}.`));
  const kept = errors.filter(
    (error) =>
      !(error.code === 'required' || error.code === 'too_small') || !isUnconfirmedPath(error.path),
  );
  const invalid = new Set(kept.map((error) => error.path.slice('data.'.length)));
  definition.rules?.(
    ruleContext(record, unconfirmed, invalid, (field, key) => {
      const path = join('data', field);
      if (!kept.some((error) => error.path === path)) kept.push(fieldError(path, key));
    }),
  );
  return kept;
}

const headerFields = {
  id: { type: 'string', maxLength: 36, format: 'uuid', required: true },
  kind: { type: 'enum', values: reportKinds, required: true },
  formVersion: { type: 'integer', min: 1, max: 1000, required: true },
  createdAt: { type: 'datetime', required: true },
  supersedes: { type: 'string', maxLength: 36, format: 'uuid' },
} as const satisfies { [K in keyof Omit<Required<Report>, 'data'>]: FieldSpec };

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates a whole report as the server receives it, and upgrades `data` of an older form version
 * to the current one. The value returned has the upgraded `data` and the current `formVersion`.
 */
export function validateReport(input: unknown): ValidationResult<ShelterReport> {
  if (!isPlainObject(input)) return { ok: false, errors: [fieldError('', 'invalid_type.object')] };
  const { data, ...header } = input;
  const errors: FieldError[] = [];
  checkObject(headerFields, header, '', errors);
  if (header.supersedes !== undefined && header.supersedes === header.id) {
    errors.push(fieldError('supersedes', 'supersedes_self'));
  }
  const { kind } = header;
  const formVersion = header.formVersion as number;
  let versionOk = !errors.some((error) => error.path === 'formVersion');
  if (isReportKind(kind) && versionOk && formVersion > currentFormVersions[kind]) {
    errors.push(fieldError('formVersion', 'unsupported_form_version', { formVersion }));
    versionOk = false;
  }
  if (isAbsent(data)) {
    errors.push(fieldError('data', 'required'));
  } else if (!isPlainObject(data)) {
    errors.push(fieldError('data', 'invalid_type.object'));
  } else if (isReportKind(kind) && versionOk) {
    const upgraded = upgradeReportData(kind, formVersion, data);
    errors.push(...validateReportData(kind, upgraded));
    if (errors.length === 0) {
      const value = { ...header, formVersion: currentFormVersions[kind], data: upgraded };
      return { ok: true, value: value as unknown as ShelterReport };
    }
  }
  return { ok: false, errors };
}

/** Options of {@link createReport}. */
export interface CreateReportOptions {
  /** Defaults to a new UUIDv7. */
  id?: string;
  /** Defaults to the current time. */
  now?: Date;
  /** The id of the report this one corrects. */
  supersedes?: string;
}

/** A new report envelope at the current form version, stamped now in Tokyo time. */
export function createReport<K extends ReportKind>(
  kind: K,
  data: ReportDataByKind[K],
  options: CreateReportOptions = {},
): Report<K> {
  return {
    id: options.id ?? uuidv7(),
    kind,
    formVersion: currentFormVersions[kind],
    createdAt: formatTokyoIso(options.now ?? new Date()),
    ...(options.supersedes ? { supersedes: options.supersedes } : {}),
    data,
  };
}

/** JSON Schema of a report of one kind at the current form version (for OpenAPI documents). */
export function reportJsonSchema(kind: ReportKind): Record<string, unknown> {
  const schema = fieldSpecToJsonSchema({
    type: 'object',
    fields: {
      ...headerFields,
      data: { type: 'object', fields: definitions[kind].fields, required: true },
    },
  });
  const properties = schema.properties as Record<string, Record<string, unknown>>;
  properties.kind = { type: 'string', const: kind };
  return schema;
}
