import type { z } from 'zod';
import { type ApiError, apiError, type FieldError, type LocalizedMessage } from './errors.ts';

type Issue = z.core.$ZodIssue;

/** More than this many field errors helps nobody and makes the 422 body a DoS amplifier. */
const MAX_FIELD_ERRORS = 100;

const TYPE_NAMES: Record<string, LocalizedMessage> = {
  string: { ja: '文字列', en: 'text' },
  number: { ja: '数値', en: 'a number' },
  int: { ja: '整数', en: 'a whole number' },
  boolean: { ja: 'true または false', en: 'true or false' },
  array: { ja: '配列（リスト）', en: 'a list' },
  object: { ja: 'オブジェクト', en: 'an object' },
  date: { ja: '日付', en: 'a date' },
};

const FORMATS: Record<string, LocalizedMessage> = {
  email: {
    ja: 'メールアドレスの形式が正しくありません。',
    en: 'Enter an email address in the correct format.',
  },
  url: { ja: 'URL の形式が正しくありません。', en: 'Enter a valid URL.' },
  uuid: { ja: 'ID の形式が正しくありません。', en: 'Enter a valid UUID.' },
  datetime: {
    ja: '日時は 2026-12-01T10:00:00+09:00 のように、時差を付けた形式で指定してください。',
    en: 'Use an ISO 8601 date and time with an offset, e.g. 2026-12-01T10:00:00+09:00.',
  },
  date: {
    ja: '日付は 2026-12-01 のように、年-月-日の形式で指定してください。',
    en: 'Use a date in YYYY-MM-DD format, e.g. 2026-12-01.',
  },
  time: {
    ja: '時刻は 10:00 のように、時:分の形式で指定してください。',
    en: 'Use a time in HH:MM format, e.g. 10:00.',
  },
};

const INVALID: LocalizedMessage = {
  ja: '入力内容が正しくありません。',
  en: 'This value is not valid.',
};
const REQUIRED: LocalizedMessage = { ja: '必須の項目です。', en: 'This field is required.' };

/**
 * Turns zod issues into field errors with dotted paths and bilingual messages. Pass the parsed
 * `input` to tell a missing field (`required`) from a wrong type. A refinement can supply its own
 * code and message: `.refine(check, { params: { code: 'kana_only', message: { ja, en } } })`.
 */
export function fieldErrorsFromZod(error: z.ZodError, input?: unknown): FieldError[] {
  const fieldErrors: FieldError[] = [];
  for (const issue of error.issues) {
    if (issue.code === 'unrecognized_keys') {
      for (const key of issue.keys) {
        fieldErrors.push({
          path: joinPath([...issue.path, key]),
          code: 'unrecognized_key',
          message: { ja: 'この項目は受け付けていません。', en: 'This field is not allowed.' },
        });
      }
      continue;
    }
    const missing =
      issue.code === 'invalid_type' && input !== undefined && !hasPath(input, issue.path);
    const [code, message] = missing ? ['required', REQUIRED] : describe(issue);
    fieldErrors.push({ path: joinPath(issue.path), code, message });
  }
  return fieldErrors.slice(0, MAX_FIELD_ERRORS);
}

/** A 422 `validation_failed` {@link ApiError} for a zod failure. */
export function validationError(error: z.ZodError, input?: unknown): ApiError {
  return apiError('validation_failed', { errors: fieldErrorsFromZod(error, input) });
}

function describe(issue: Issue): [string, LocalizedMessage] {
  switch (issue.code) {
    case 'invalid_type': {
      const type = TYPE_NAMES[issue.expected] ?? { ja: issue.expected, en: issue.expected };
      return ['invalid_type', { ja: `${type.ja}で指定してください。`, en: `Must be ${type.en}.` }];
    }
    case 'too_small':
      return [
        'too_small',
        sizeMessage(issue.origin, Number(issue.minimum), issue.inclusive, 'min'),
      ];
    case 'too_big':
      return ['too_big', sizeMessage(issue.origin, Number(issue.maximum), issue.inclusive, 'max')];
    case 'invalid_format':
      return ['invalid_format', FORMATS[issue.format] ?? INVALID];
    case 'not_multiple_of':
      return [
        'not_multiple_of',
        {
          ja: `${issue.divisor} の倍数で指定してください。`,
          en: `Must be a multiple of ${issue.divisor}.`,
        },
      ];
    case 'invalid_value': {
      const values = issue.values.map((value) => JSON.stringify(value)).join(', ');
      return [
        'invalid_value',
        issue.values.length === 1
          ? { ja: `${values} を指定してください。`, en: `Must be ${values}.` }
          : { ja: `次のいずれかを指定してください: ${values}`, en: `Must be one of: ${values}.` },
      ];
    }
    case 'custom': {
      const params = (issue.params ?? {}) as { code?: unknown; message?: unknown };
      const code = typeof params.code === 'string' ? params.code : 'invalid';
      return [code, isLocalizedMessage(params.message) ? params.message : INVALID];
    }
    default:
      return [issue.code, INVALID];
  }
}

function sizeMessage(
  origin: string,
  limit: number,
  inclusive: boolean | undefined,
  side: 'min' | 'max',
): LocalizedMessage {
  const min = side === 'min';
  if (origin === 'string') {
    if (min && limit === 1) return { ja: '入力してください。', en: 'Enter a value.' };
    const count = inclusive === false ? limit + (min ? 1 : -1) : limit;
    return min
      ? { ja: `${count}文字以上で入力してください。`, en: `Must be at least ${count} characters.` }
      : { ja: `${count}文字以内で入力してください。`, en: `Must be ${count} characters or fewer.` };
  }
  if (origin === 'array' || origin === 'set') {
    return min
      ? { ja: `${limit}個以上指定してください。`, en: `Choose at least ${limit}.` }
      : { ja: `${limit}個以内で指定してください。`, en: `Choose ${limit} or fewer.` };
  }
  if (inclusive === false) {
    return min
      ? { ja: `${limit}より大きい値を指定してください。`, en: `Must be greater than ${limit}.` }
      : { ja: `${limit}より小さい値を指定してください。`, en: `Must be less than ${limit}.` };
  }
  return min
    ? { ja: `${limit}以上の値を指定してください。`, en: `Must be ${limit} or more.` }
    : { ja: `${limit}以下の値を指定してください。`, en: `Must be ${limit} or less.` };
}

function joinPath(path: readonly PropertyKey[]): string {
  return path.map((part) => String(part)).join('.');
}

function hasPath(input: unknown, path: readonly PropertyKey[]): boolean {
  let current: unknown = input;
  for (const part of path) {
    if (typeof current !== 'object' || current === null) return false;
    const record = current as Record<PropertyKey, unknown>;
    if (!(part in record) || record[part] === undefined) return false;
    current = record[part];
  }
  return current !== undefined;
}

function isLocalizedMessage(value: unknown): value is LocalizedMessage {
  const candidate = value as Partial<LocalizedMessage> | null;
  return typeof candidate?.ja === 'string' && typeof candidate.en === 'string';
}
