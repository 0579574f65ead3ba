import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { fieldErrorsFromZod, validationError } from './validation.ts';

const Booking = z.strictObject({
  serviceId: z.string().min(1),
  start: z.iso.datetime({ offset: true }),
  resident: z.strictObject({
    name: z.string().min(1).max(5),
    nameKana: z.string().refine((value) => /^[ァ-ヶー　 ]+$/.test(value), {
      params: {
        code: 'kana_only',
        message: { ja: 'カタカナで入力してください。', en: 'Use katakana.' },
      },
    }),
    email: z.email().optional(),
  }),
  accommodations: z
    .array(z.enum(['sign_language', 'writing']))
    .max(2)
    .optional(),
  partySize: z.number().int().min(1).max(4).optional(),
  consent: z.literal(true),
});

function errorsFor(input: unknown) {
  const result = Booking.safeParse(input);
  if (result.success) throw new Error('expected a validation failure');
  return fieldErrorsFromZod(result.error, input);
}

describe('fieldErrorsFromZod', () => {
  it('joins nested paths with dots and says which fields are missing', () => {
    const errors = errorsFor({ resident: {} });
    expect(errors.map(({ path, code }) => `${path}:${code}`)).toEqual([
      'serviceId:required',
      'start:required',
      'resident.name:required',
      'resident.nameKana:required',
      'consent:invalid_value',
    ]);
    expect(errors[0]?.message).toEqual({ ja: '必須の項目です。', en: 'This field is required.' });
  });

  it('gives a bilingual message for each kind of problem', () => {
    const errors = errorsFor({
      serviceId: '',
      start: '2026-12-01 10:00',
      resident: { name: 'あいうえおか', nameKana: 'やまだ', email: 'not-an-email' },
      accommodations: ['sign_language', 'braille'],
      partySize: 1.5,
      consent: false,
    });
    const byPath = Object.fromEntries(errors.map((error) => [error.path, error]));
    expect(byPath.serviceId?.message).toEqual({ ja: '入力してください。', en: 'Enter a value.' });
    expect(byPath.start?.code).toBe('invalid_format');
    expect(byPath.start?.message.en).toContain('2026-12-01T10:00:00+09:00');
    expect(byPath['resident.name']?.message).toEqual({
      ja: '5文字以内で入力してください。',
      en: 'Must be 5 characters or fewer.',
    });
    expect(byPath['resident.nameKana']).toEqual({
      path: 'resident.nameKana',
      code: 'kana_only',
      message: { ja: 'カタカナで入力してください。', en: 'Use katakana.' },
    });
    expect(byPath['resident.email']?.message.ja).toBe('メールアドレスの形式が正しくありません。');
    expect(byPath['accommodations.1']?.message.en).toBe(
      'Must be one of: "sign_language", "writing".',
    );
    expect(byPath.partySize?.message).toEqual({
      ja: '整数で指定してください。',
      en: 'Must be a whole number.',
    });
    expect(byPath.consent?.message).toEqual({
      ja: 'true を指定してください。',
      en: 'Must be true.',
    });
    for (const error of errors) {
      expect(error.message.ja).not.toMatch(/Invalid|expected/);
      expect(error.message.en.length).toBeGreaterThan(0);
    }
  });

  it('lists each unknown field on its own path', () => {
    const errors = errorsFor({
      serviceId: 's',
      start: '2026-12-01T10:00:00+09:00',
      resident: { name: 'a', nameKana: 'ア', role: 'admin' },
      consent: true,
      isAdmin: true,
    });
    expect(errors.map(({ path, code }) => `${path}:${code}`)).toEqual([
      'resident.role:unrecognized_key',
      'isAdmin:unrecognized_key',
    ]);
  });

  it('tells a wrong type from a missing field', () => {
    expect(errorsFor({ serviceId: 42 })[0]).toMatchObject({
      path: 'serviceId',
      code: 'invalid_type',
      message: { ja: '文字列で指定してください。', en: 'Must be text.' },
    });
  });

  it('caps the number of field errors', () => {
    const schema = z.array(z.number());
    const input = Array.from({ length: 500 }, () => 'x');
    const result = schema.safeParse(input);
    expect(result.success).toBe(false);
    if (!result.success) expect(fieldErrorsFromZod(result.error, input)).toHaveLength(100);
  });

  it('wraps the errors in a 422 validation_failed ApiError', () => {
    const result = Booking.safeParse({});
    if (result.success) throw new Error('unexpected');
    const error = validationError(result.error, {});
    expect(error.status).toBe(422);
    expect(error.toBody()).toMatchObject({
      code: 'validation_failed',
      message: { ja: expect.any(String) },
    });
  });
});
