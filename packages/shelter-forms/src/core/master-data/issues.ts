import type { LocalizedMessage } from '../validation/messages';

/** A problem found in one line of a master-data file. */
export interface ShelterImportIssue {
  /** 1-based line of the file where the record starts. */
  line: number;
  /** The column concerned, as named in the file's header. */
  column?: string;
  code: ImportIssueCode;
  message: LocalizedMessage;
}

const messages = {
  unknown_format: {
    ja: '国土地理院の指定避難所・指定緊急避難場所データ、または自治体標準オープンデータセット（指定緊急避難場所一覧）の見出し行が見つかりません。',
    en: 'No header row of the GSI shelter or emergency-site data or of the Digital Agency standard dataset (sheet 03) was found.',
  },
  unterminated_quote: {
    ja: 'この行から始まる「"」が閉じられていません。以降は読み込んでいません。',
    en: 'A quote opened on this line is never closed; nothing after it was imported.',
  },
  column_count: {
    ja: '列の数が見出し行より少ないため、読み込んでいません。',
    en: 'This row has fewer columns than the header; it was not imported.',
  },
  missing_id: {
    ja: '全国共通避難所・避難場所IDがありません。',
    en: 'The national shelter ID is missing.',
  },
  invalid_id: {
    ja: '全国共通避難所・避難場所IDの形式が正しくありません（E＋13桁）。',
    en: 'The national shelter ID is not valid (E followed by 13 characters).',
  },
  duplicate_id: {
    ja: '同じIDが{line}行目にもあります。最初の行だけを読み込みました。',
    en: 'The same ID is on line {line}; only the first was imported.',
  },
  missing_name: { ja: '施設・場所名がありません。', en: 'The name is missing.' },
  missing_address: { ja: '住所がありません。', en: 'The address is missing.' },
  address_joined: {
    ja: '住所を分割された列から組み立てました。',
    en: 'The address was assembled from its separate columns.',
  },
  kana_normalised: {
    ja: '名称のカナを全角カタカナにそろえました。',
    en: 'The kana name was normalised to full-width katakana.',
  },
  code_padded: {
    ja: '全国地方公共団体コードの先頭の0を補いました。',
    en: 'The leading zero of the local government code was restored.',
  },
  code_mismatch: {
    ja: '全国地方公共団体コード（{code}）がIDの市区町村と一致しません。IDのほうを使いました。',
    en: 'The local government code ({code}) does not match the ID; the ID was used.',
  },
  phone_unrecognised: {
    ja: '電話番号の形式が確認できません。そのまま読み込みました。',
    en: 'The phone number could not be checked; it was kept as written.',
  },
  capacity_parsed: {
    ja: '想定収容人数「{value}」を数値として読み込みました。',
    en: 'The capacity "{value}" was read as a number.',
  },
  capacity_unreadable: {
    ja: '想定収容人数「{value}」を数値として読めないため、空にしました。',
    en: 'The capacity "{value}" is not a number and was left out.',
  },
  missing_location: { ja: '緯度・経度がありません。', en: 'The coordinates are missing.' },
  invalid_location: {
    ja: '緯度・経度が日本の範囲にないため、空にしました。',
    en: 'The coordinates are not in Japan and were left out.',
  },
  coordinates_swapped: {
    ja: '緯度と経度が入れ替わっていたため、直しました。',
    en: 'Latitude and longitude were swapped and have been corrected.',
  },
} as const satisfies Record<string, LocalizedMessage>;

/** Why a row was skipped or fixed. */
export type ImportIssueCode = keyof typeof messages;

/** Builds a {@link ShelterImportIssue}. */
export function issue(
  line: number,
  code: ImportIssueCode,
  params?: Record<string, string | number>,
  column?: string,
): ShelterImportIssue {
  const fill = (template: string) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => String(params?.[name] ?? whole));
  return {
    line,
    ...(column ? { column } : {}),
    code,
    message: { ja: fill(messages[code].ja), en: fill(messages[code].en) },
  };
}
