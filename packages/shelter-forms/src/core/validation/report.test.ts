import { reportKinds } from '../kinds';
import { exampleReportData } from './fixtures';
import {
  confirmableFields,
  createReport,
  currentFormVersions,
  reportJsonSchema,
  upgradeReportData,
  validateReport,
  validateReportData,
} from './report';

const id = '0192f3a0-7b1c-7def-8abc-0123456789ab';
const envelope = (overrides: Record<string, unknown> = {}) => ({
  id,
  kind: 'status',
  formVersion: 1,
  createdAt: '2026-12-01T11:58:00+09:00',
  data: exampleReportData.status,
  ...overrides,
});
const codes = (result: ReturnType<typeof validateReport>) =>
  result.ok ? [] : result.errors.map(({ path, code }) => `${path}:${code}`);

describe('validateReport', () => {
  it('accepts the example of every kind exactly as the issue POSTs it', () => {
    for (const kind of reportKinds) {
      const result = validateReport(envelope({ kind, data: exampleReportData[kind] }));
      expect(codes(result), kind).toEqual([]);
    }
  });

  it('returns field errors with bilingual messages in the server 422 shape', () => {
    const result = validateReport(
      envelope({ data: { ...exampleReportData.status, evacueeTotal: -1 } }),
    );
    expect(result).toEqual({
      ok: false,
      errors: [
        {
          path: 'data.evacueeTotal',
          code: 'too_small',
          message: { ja: '0以上の値を入力してください。', en: 'Must be 0 or more.' },
        },
      ],
    });
  });

  it('checks the envelope: id, kind, version, time, supersedes, unknown keys', () => {
    expect(codes(validateReport(null))).toEqual([':invalid_type']);
    expect(codes(validateReport([]))).toEqual([':invalid_type']);
    expect(
      codes(
        validateReport({
          id: 'ABC',
          kind: 'supplyRequest',
          formVersion: 1.5,
          createdAt: '2026-12-01T10:00:00',
          supersedes: 'x',
          extra: 1,
        }),
      ),
    ).toEqual([
      'extra:unrecognized_key',
      'id:invalid_format',
      'kind:invalid_value',
      'formVersion:invalid_type',
      'createdAt:invalid_format',
      'supersedes:invalid_format',
      'data:required',
    ]);
    expect(codes(validateReport(envelope({ data: [] })))).toEqual(['data:invalid_type']);
    expect(codes(validateReport(envelope({ supersedes: id })))).toEqual([
      'supersedes:supersedes_self',
    ]);
    expect(codes(validateReport(envelope({ id: id.toUpperCase() })))).toEqual([
      'id:invalid_format',
    ]);
  });

  it('refuses a form version newer than it knows, with the version in the message', () => {
    const result = validateReport(envelope({ formVersion: currentFormVersions.status + 1 }));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.errors).toHaveLength(1);
      expect(result.errors[0]).toMatchObject({
        path: 'formVersion',
        code: 'unsupported_form_version',
      });
      expect(result.errors[0]?.message.en).toContain(String(currentFormVersions.status + 1));
    }
  });

  it('returns the report with the current form version', () => {
    const result = validateReport(envelope());
    expect(result.ok && result.value).toMatchObject({ id, kind: 'status', formVersion: 1 });
  });
});

describe('form versions', () => {
  it('starts every kind at version 1', () => {
    expect(currentFormVersions).toEqual({
      opening: 1,
      status: 1,
      supply_request: 1,
      damage: 1,
      closing: 1,
    });
  });

  it('upgrades data of an older version through each later migration in order', () => {
    const migrations = {
      opening: [],
      status: [
        (data: Record<string, unknown>) => ({ ...data, v2: true }),
        ({ old, ...data }: Record<string, unknown>) => ({ ...data, renamed: old }),
      ],
      supply_request: [],
      damage: [],
      closing: [],
    };
    expect(upgradeReportData('status', 1, { old: 'x' }, migrations)).toEqual({
      v2: true,
      renamed: 'x',
    });
    expect(upgradeReportData('status', 2, { old: 'x' }, migrations)).toEqual({ renamed: 'x' });
    expect(upgradeReportData('status', 3, { old: 'x' }, migrations)).toEqual({ old: 'x' });
  });
});

describe('未確認 (unconfirmedFields)', () => {
  it('lets a first report leave a required field empty when it is marked 未確認', () => {
    const { evacueeTotal: _total, ...rest } = exampleReportData.opening;
    expect(validateReportData('opening', rest).map((error) => error.path)).toEqual([
      'data.evacueeTotal',
    ]);
    expect(validateReportData('opening', { ...rest, unconfirmedFields: ['evacueeTotal'] })).toEqual(
      [],
    );
  });

  it('takes a provisional value for a 未確認 field out of the cross-field rules', () => {
    const data = { ...exampleReportData.status, evacueeMale: 100, evacueeFemale: 100 };
    expect(validateReportData('status', data).map((error) => error.code)).toEqual([
      'sex_sum_exceeds_total',
    ]);
    expect(validateReportData('status', { ...data, unconfirmedFields: ['evacueeMale'] })).toEqual(
      [],
    );
  });

  it('accepts nested fields one by one or as a group', () => {
    const data = { ...exampleReportData.status, careNeeds: { infants: 500 } };
    expect(validateReportData('status', data)).toHaveLength(1);
    expect(
      validateReportData('status', { ...data, unconfirmedFields: ['careNeeds.infants'] }),
    ).toEqual([]);
    expect(validateReportData('status', { ...data, unconfirmedFields: ['careNeeds'] })).toEqual([]);
  });

  it("refuses fields that are never unknown, unknown names, and kinds that don't mark 未確認", () => {
    const errors = validateReportData('status', {
      ...exampleReportData.status,
      unconfirmedFields: ['evacueeTotal', 'asOf', 'nonsense', 'evacueeTotal'],
    });
    expect(errors.map(({ path, code }) => `${path}:${code}`)).toEqual([
      'data.unconfirmedFields.3:duplicate',
      'data.unconfirmedFields.1:cannot_be_unconfirmed',
      'data.unconfirmedFields.2:cannot_be_unconfirmed',
    ]);
    expect(
      validateReportData('supply_request', {
        ...exampleReportData.supply_request,
        unconfirmedFields: [],
      }),
    ).toMatchObject([{ path: 'data.unconfirmedFields', code: 'unrecognized_key' }]);
    expect(confirmableFields('opening')).toContain('facilitySafetyCheck.fire');
    expect(confirmableFields('opening')).not.toContain('reportedAt');
    expect(confirmableFields('closing')).toEqual([]);
  });
});

describe('createReport', () => {
  it('stamps a new UUIDv7, the current version and the time in Tokyo', () => {
    const report = createReport('closing', exampleReportData.closing, {
      now: new Date('2026-12-05T01:00:00Z'),
      supersedes: id,
    });
    expect(report).toMatchObject({
      kind: 'closing',
      formVersion: 1,
      createdAt: '2026-12-05T10:00:00+09:00',
      supersedes: id,
    });
    expect(report.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(validateReport(report).ok).toBe(true);
    expect(createReport('closing', exampleReportData.closing)).not.toHaveProperty('supersedes');
  });
});

describe('reportJsonSchema', () => {
  it('describes the envelope and the data of one kind', () => {
    const schema = reportJsonSchema('supply_request') as {
      required: string[];
      properties: Record<string, Record<string, unknown>>;
      additionalProperties: boolean;
    };
    expect(schema.required).toEqual(['id', 'kind', 'formVersion', 'createdAt', 'data']);
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties.kind).toEqual({ type: 'string', const: 'supply_request' });
    expect(schema.properties.data).toMatchObject({
      required: ['requestedAt', 'items'],
      properties: { items: { type: 'array', minItems: 1, maxItems: 50 } },
    });
  });
});
