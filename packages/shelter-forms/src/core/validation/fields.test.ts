import { checkField, type FieldSpec, fieldSpecToJsonSchema } from './fields';
import type { FieldError } from './messages';

const check = (spec: FieldSpec, value: unknown) => {
  const errors: FieldError[] = [];
  checkField(spec, value, 'x', errors);
  return errors.map((error) => error.code);
};

describe('field specs', () => {
  it('treats null and undefined as absent, and blank text as an answer only when optional', () => {
    const text: FieldSpec = { type: 'string', maxLength: 3 };
    expect(check(text, null)).toEqual([]);
    expect(check(text, '')).toEqual([]);
    expect(check({ ...text, required: true }, '  ')).toEqual(['too_small']);
    expect(check({ ...text, required: true }, undefined)).toEqual(['required']);
    expect(check(text, 'abcd')).toEqual(['too_big']);
    expect(check(text, 3)).toEqual(['invalid_type']);
  });

  it('checks numbers, integers, booleans, date-times and lists', () => {
    expect(check({ type: 'number', min: 0, max: 1 }, 0.5)).toEqual([]);
    expect(check({ type: 'number', min: 0, max: 1 }, Number.NaN)).toEqual(['invalid_type']);
    expect(check({ type: 'integer', min: 0, max: 1 }, 2)).toEqual(['too_big']);
    expect(check({ type: 'boolean' }, 'true')).toEqual(['invalid_type']);
    expect(check({ type: 'datetime' }, '2026-12-01T10:00:00+09:00')).toEqual([]);
    expect(check({ type: 'datetime' }, '2026-12-01 10:00')).toEqual(['invalid_format']);
    const list: FieldSpec = { type: 'array', items: { type: 'boolean' }, maxItems: 2, minItems: 1 };
    expect(check(list, [])).toEqual(['too_small']);
    expect(check(list, [true, null])).toEqual(['required']);
    expect(check(list, {})).toEqual(['invalid_type']);
  });

  it('turns into JSON Schema for OpenAPI', () => {
    expect(
      fieldSpecToJsonSchema({
        type: 'object',
        fields: {
          n: { type: 'integer', min: 0, max: 9, required: true },
          s: { type: 'string', maxLength: 64, format: 'sha256' },
          l: { type: 'array', items: { type: 'enum', values: ['a'] }, maxItems: 2, unique: true },
          t: { type: 'datetime' },
        },
      }),
    ).toEqual({
      type: 'object',
      properties: {
        n: { type: 'integer', minimum: 0, maximum: 9 },
        s: { type: 'string', pattern: '^[0-9a-f]{64}$' },
        l: {
          type: 'array',
          items: { type: 'string', enum: ['a'] },
          maxItems: 2,
          uniqueItems: true,
        },
        t: { type: 'string', format: 'date-time' },
      },
      required: ['n'],
      additionalProperties: false,
    });
  });
});
