// @vitest-environment node
import fc from 'fast-check';
import { createBookingBodySchema } from '../schemas/booking';
import { toFieldErrors } from '../schemas/field-errors';
import {
  accommodationTypes,
  type DetailsDraft,
  detailsToBody,
  emptyDetails,
  flowFieldOf,
  validateDetails,
} from './details';

const filled: DetailsDraft = {
  ...emptyDetails(),
  name: '宇和島 太郎',
  nameKana: 'うわじま たろう',
  phone: '090-1234-5678',
  consent: true,
};

describe('details validation', () => {
  it('reports every problem in form order with the field to link to', () => {
    const errors = validateDetails({
      ...emptyDetails(),
      email: 'taro@',
      accommodations: { ...emptyDetails().accommodations, interpreter: true, other: true },
    });
    expect(errors.map(({ field, path, code }) => `${field} ${path}:${code}`)).toEqual([
      'name resident.name:required',
      'nameKana resident.nameKana:required',
      'phone resident.phone:required',
      'email resident.email:invalid_format',
      'interpreterLanguage accommodations.0.language:required',
      'otherText accommodations.1.text:required',
      'consent consent:required',
    ]);
    expect(errors[0]?.message).toEqual({
      ja: '氏名を入力してください',
      en: 'Enter your full name',
    });
  });

  it('builds the normalised body, leaving out empty optional fields', () => {
    expect(detailsToBody(filled)).toEqual({
      resident: { name: '宇和島 太郎', nameKana: 'ウワジマ　タロウ', phone: '090-1234-5678' },
    });
    expect(
      detailsToBody({
        ...filled,
        email: ' taro@example.jp ',
        summary: ' 相談 ',
        accommodations: { ...filled.accommodations, wheelchair: true, interpreter: true },
        interpreterLanguage: 'ベトナム語',
      }),
    ).toEqual({
      resident: {
        name: '宇和島 太郎',
        nameKana: 'ウワジマ　タロウ',
        phone: '090-1234-5678',
        email: 'taro@example.jp',
      },
      summary: '相談',
      accommodations: [{ type: 'wheelchair' }, { type: 'interpreter', language: 'ベトナム語' }],
    });
    expect(detailsToBody({ ...filled, consent: false })).toBeUndefined();
  });

  it('maps wire paths to form fields', () => {
    expect(flowFieldOf('resident.nameKana')).toBe('nameKana');
    expect(flowFieldOf('accommodations.3.language')).toBe('interpreterLanguage');
    expect(flowFieldOf('accommodations.1.type')).toBe('accommodations');
    expect(flowFieldOf('price')).toBeUndefined();
  });

  it('agrees with the server schema on every draft (property-based)', () => {
    const text = fc.oneof(
      fc.constantFrom(
        '',
        ' ',
        '宇和島 太郎',
        'うわじま',
        'ｳﾜｼﾞﾏ',
        'Taro',
        '090-1234-5678',
        '0895241111',
        '12345',
        'taro@example.jp',
        'taro@',
        '<b>x</b>',
        'a\u0000b',
        'x\ny',
      ),
      fc.string({ maxLength: 12 }),
      fc.string({ minLength: 95, maxLength: 110 }),
    );
    const draft = fc.record({
      name: text,
      nameKana: text,
      phone: text,
      email: text,
      summary: text,
      accommodations: fc.record(
        Object.fromEntries(accommodationTypes.map((type) => [type, fc.boolean()])) as Record<
          (typeof accommodationTypes)[number],
          fc.Arbitrary<boolean>
        >,
      ),
      interpreterLanguage: text,
      otherText: text,
      consent: fc.boolean(),
    });
    fc.assert(
      fc.property(draft, (value: DetailsDraft) => {
        // The body a careless client would send: values as typed, empty optional fields left out.
        const wire = {
          serviceId: 'migration',
          locationId: 'home',
          start: '2026-12-01T10:00:00+09:00',
          resident: {
            name: value.name,
            nameKana: value.nameKana,
            phone: value.phone,
            ...(value.email.trim() ? { email: value.email } : {}),
          },
          ...(value.summary.trim() ? { summary: value.summary } : {}),
          accommodations: accommodationTypes
            .filter((type) => value.accommodations[type])
            .map((type) =>
              type === 'interpreter'
                ? { type, language: value.interpreterLanguage }
                : type === 'other'
                  ? { type, text: value.otherText }
                  : { type },
            ),
          consent: value.consent,
        };
        const parsed = createBookingBodySchema.safeParse(wire);
        const server = parsed.success ? [] : toFieldErrors(parsed.error, wire);
        const client = validateDetails(value);
        const key = (e: { path: string; code: string }) => `${e.path}:${e.code}`;
        expect(client.map(key).sort()).toEqual(server.map(key).sort());
        if (parsed.success) {
          const body = detailsToBody(value)!;
          expect(body.resident).toEqual(parsed.data.resident);
          expect(body.accommodations ?? []).toEqual(parsed.data.accommodations);
          expect(body.summary).toEqual(parsed.data.summary || undefined);
        }
      }),
      { numRuns: 300 },
    );
  });
});
