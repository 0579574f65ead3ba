/** A message in both languages every error carries (the server's 422 shape). */
export interface LocalizedMessage {
  ja: string;
  en: string;
}

/**
 * One field's problem, the same shape as an item of the server's 422 `errors[]`: `path` is the
 * dotted path in the request body (`data.evacueeMale`, `data.items.0.quantity`).
 */
export interface FieldError {
  path: string;
  code: string;
  message: LocalizedMessage;
}

/** Parameters a message may mention, e.g. `{ max: 3 }`. */
export type MessageParams = Readonly<Record<string, string | number>>;

/**
 * The wire messages of every validation code, keyed `code` or `code.variant`. The intl catalogs
 * carry the same text under `shelter.validation.<key>` (plus やさしい日本語) for forms; a test keeps
 * the two in step.
 */
export const validationMessages = {
  required: { ja: '必須の項目です。', en: 'This field is required.' },
  'invalid_type.integer': { ja: '整数で入力してください。', en: 'Enter a whole number.' },
  'invalid_type.number': { ja: '数値で入力してください。', en: 'Enter a number.' },
  'invalid_type.string': { ja: '文字で入力してください。', en: 'Enter text.' },
  'invalid_type.boolean': { ja: 'はい・いいえで指定してください。', en: 'Must be true or false.' },
  'invalid_type.object': { ja: '項目の形式が正しくありません。', en: 'Must be an object.' },
  'invalid_type.array': { ja: '一覧（リスト）で指定してください。', en: 'Must be a list.' },
  'too_small.number': { ja: '{min}以上の値を入力してください。', en: 'Must be {min} or more.' },
  'too_small.string': { ja: '入力してください。', en: 'Enter a value.' },
  'too_small.array': { ja: '{min}件以上入力してください。', en: 'Add at least {min}.' },
  'too_big.number': { ja: '{max}以下の値を入力してください。', en: 'Must be {max} or less.' },
  'too_big.string': {
    ja: '{max}文字以内で入力してください。',
    en: 'Must be {max} characters or fewer.',
  },
  'too_big.array': { ja: '{max}件以内にしてください。', en: 'Add {max} or fewer.' },
  invalid_value: { ja: '選択肢から選んでください。', en: 'Choose one of the options.' },
  'invalid_format.datetime': {
    ja: '日時は 2026-12-01T10:00:00+09:00 のように、時差を付けた形式で指定してください。',
    en: 'Use an ISO 8601 date and time with an offset, e.g. 2026-12-01T10:00:00+09:00.',
  },
  'invalid_format.uuid': {
    ja: 'ID の形式が正しくありません（小文字の UUID）。',
    en: 'Must be a UUID in lowercase.',
  },
  'invalid_format.sha256': {
    ja: '写真の識別子（SHA-256）の形式が正しくありません。',
    en: 'Must be a SHA-256 hash in lowercase hex.',
  },
  unrecognized_key: { ja: 'この項目は受け付けていません。', en: 'This field is not allowed.' },
  unsupported_form_version: {
    ja: 'この様式の版（{formVersion}）には対応していません。',
    en: 'Form version {formVersion} is not supported.',
  },
  cannot_be_unconfirmed: {
    ja: 'この項目は「未確認」にできません。',
    en: 'This field cannot be marked unconfirmed.',
  },
  duplicate: { ja: '同じものが重複しています。', en: 'This is listed more than once.' },
  supersedes_self: {
    ja: '訂正する報告として、この報告自身は指定できません。',
    en: 'A report cannot supersede itself.',
  },
  sex_sum_exceeds_total: {
    ja: '男性と女性の合計が、避難者数（総数）を超えています。',
    en: 'Men and women together exceed the total number of evacuees.',
  },
  exceeds_evacuee_total: {
    ja: '避難者数（総数）を超えています。',
    en: 'This exceeds the total number of evacuees.',
  },
  exceeds_households: {
    ja: '避難世帯数を超えています。',
    en: 'This exceeds the number of evacuee households.',
  },
  households_exceed_persons: {
    ja: '世帯数が人数を超えています。',
    en: 'There cannot be more households than people.',
  },
  exceeds_toilet_total: {
    ja: '使えるトイレの数が、トイレの総数を超えています。',
    en: 'Usable toilets cannot exceed the total number of toilets.',
  },
  opened_after_reported: {
    ja: '開設日時が報告日時より後になっています。',
    en: 'The opening time is after the time of the report.',
  },
  needed_by_before_requested: {
    ja: '必要な期限が、要請した日時より前になっています。',
    en: 'The needed-by time is before the time of the request.',
  },
  location_required: {
    ja: '場所を入力してください（緯度・経度、または住所）。',
    en: 'Enter the place: latitude and longitude, or an address.',
  },
  item_name_required: {
    ja: '品目が「その他」のときは、品名を入力してください。',
    en: 'Enter the name of the item.',
  },
} as const satisfies Record<string, LocalizedMessage>;

/** A key of {@link validationMessages}: a code, or `code.variant` for the type-specific wording. */
export type ValidationMessageKey = keyof typeof validationMessages;

function fill(template: string, params?: MessageParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    params[name] === undefined ? whole : String(params[name]),
  );
}

/** Builds a {@link FieldError}; the code is the key without its variant (`too_big.number` → `too_big`). */
export function fieldError(
  path: string,
  key: ValidationMessageKey,
  params?: MessageParams,
): FieldError {
  const template = validationMessages[key];
  return {
    path,
    code: key.split('.')[0]!,
    message: { ja: fill(template.ja, params), en: fill(template.en, params) },
  };
}
