import { toKatakana, validatePhone } from '@machi-dx/ui/core';
import { parseNationalShelterId } from '../shelter-id';
import { type CsvRecord, decodeCsvBytes, parseCsv } from './csv';
import { type ImportIssueCode, issue, type ShelterImportIssue } from './issues';

/** Disasters a 指定緊急避難場所 is designated for (the 8 GSI / Digital Agency flags). */
export const hazardKinds = [
  'flood',
  'landslide',
  'stormSurge',
  'earthquake',
  'tsunami',
  'largeFire',
  'inlandFlooding',
  'volcano',
] as const;
/** One of {@link hazardKinds}. */
export type HazardKind = (typeof hazardKinds)[number];

const hazardColumns: Record<string, HazardKind> = {
  洪水: 'flood',
  '崖崩れ、土石流及び地滑り': 'landslide',
  高潮: 'stormSurge',
  地震: 'earthquake',
  津波: 'tsunami',
  大規模な火事: 'largeFire',
  内水氾濫: 'inlandFlooding',
  火山現象: 'volcano',
};

/** The file layouts the importer recognises from their header row. */
export type ShelterSourceFormat = 'gsi_shelters' | 'gsi_emergency_sites' | 'da_emergency_sites';

/** One shelter or site of the master data, keyed by its 全国共通避難所・避難場所ID. */
export interface ShelterMasterRecord {
  nationalShelterId: string;
  /** 6-digit 地方公共団体コード with check digit. */
  localGovernmentCode: string;
  name: string;
  nameKana?: string;
  nameEnglish?: string;
  address: string;
  /** 指定避難所 or 指定緊急避難場所, from the ID. */
  designation: 'shelter' | 'emergency_site';
  /** 一般避難所 / 福祉避難所, for shelters. */
  shelterType?: 'general' | 'welfare';
  /** GeoJSON Point, [longitude, latitude]. */
  location?: { type: 'Point'; coordinates: [number, number] };
  /** Disasters a site is designated for. */
  hazards?: Partial<Record<HazardKind, true>>;
  maxCapacity?: number;
  /** 受入対象者. */
  acceptedPeople?: string;
  phone?: string;
  remarks?: string;
  /** The line of the source file the record came from. */
  line: number;
}

/** The outcome of {@link importShelterMasterData}: what was imported, skipped, and fixed. */
export interface ShelterImportResult {
  format?: ShelterSourceFormat;
  encoding: 'utf-8' | 'shift_jis';
  shelters: ShelterMasterRecord[];
  /** Rows (or the file) that were not imported. */
  errors: ShelterImportIssue[];
  /** Rows imported with a value fixed or left out. */
  warnings: ShelterImportIssue[];
}

/** Header names normalised: NFKC (full-width letters, digits and spaces), no spaces, no BOM. */
function normaliseHeader(name: string): string {
  return name.normalize('NFKC').replace(/[\s\uFEFF]/g, '');
}

function detectFormat(headers: readonly string[]): ShelterSourceFormat | undefined {
  const has = (name: string) => headers.includes(name);
  if (has('共通ID')) return has('洪水') || has('津波') ? 'gsi_emergency_sites' : 'gsi_shelters';
  if (has('名称') && (has('ID') || has('所在地_連結表記'))) return 'da_emergency_sites';
  return undefined;
}

const truthy = /^(1|○|〇|◯|true|yes|有|あり|対象)$/i;

/**
 * Imports 指定避難所 / 指定緊急避難場所 master data from the GSI CSVs (with or without the
 * 都道府県名及び市町村名 column) or the Digital Agency standard dataset sheet 03. A pure function:
 * bytes in (UTF-8 with or without BOM, or Shift_JIS), records out. Malformed rows are reported with
 * their line numbers and skipped; the rest are imported, with what was fixed reported as warnings.
 */
export function importShelterMasterData(
  input: Uint8Array | ArrayBuffer | string,
): ShelterImportResult {
  const { text, encoding } = decodeCsvBytes(input);
  const { records, unterminatedQuoteAt } = parseCsv(text);
  const result: ShelterImportResult = { encoding, shelters: [], errors: [], warnings: [] };
  const header = records.find((record) => record.fields.some((field) => field.trim() !== ''));
  const headers = header?.fields.map(normaliseHeader) ?? [];
  const format = detectFormat(headers);
  if (!header || !format) {
    result.errors.push(issue(header?.line ?? 1, 'unknown_format'));
    return result;
  }
  result.format = format;
  const seen = new Map<string, number>();
  for (const record of records) {
    if (record.line <= header.line || record.fields.every((field) => field.trim() === '')) continue;
    const row = readRow(record, headers, format, result);
    if (!row) continue;
    const first = seen.get(row.nationalShelterId);
    if (first !== undefined) {
      result.errors.push(issue(record.line, 'duplicate_id', { line: first }, '共通ID'));
      continue;
    }
    seen.set(row.nationalShelterId, record.line);
    result.shelters.push(row);
  }
  if (unterminatedQuoteAt !== undefined) {
    result.errors.push(issue(unterminatedQuoteAt, 'unterminated_quote'));
  }
  return result;
}

function readRow(
  record: CsvRecord,
  headers: readonly string[],
  format: ShelterSourceFormat,
  result: ShelterImportResult,
): ShelterMasterRecord | undefined {
  const { line, fields } = record;
  const error = (code: ImportIssueCode, column?: string) => {
    result.errors.push(issue(line, code, undefined, column));
    return undefined;
  };
  const warn = (code: ImportIssueCode, column?: string, params?: Record<string, string | number>) =>
    result.warnings.push(issue(line, code, params, column));
  // Trailing empty cells are common (Excel); a short row has lost columns and cannot be trusted.
  if (fields.length < headers.length) return error('column_count');
  const cell = (name: string) => {
    const index = headers.indexOf(name);
    return index < 0 ? '' : (fields[index] ?? '').trim();
  };

  const da = format === 'da_emergency_sites';
  const idColumn = da ? (headers.includes('共通ID') ? '共通ID' : 'ID') : '共通ID';
  const rawId = cell(idColumn).normalize('NFKC').toUpperCase();
  const parts = parseNationalShelterId(rawId);
  if (!parts) return error(rawId ? 'invalid_id' : 'missing_id', idColumn);
  const name = cell(da ? '名称' : '施設・場所名');
  if (!name) return error('missing_name', da ? '名称' : '施設・場所名');

  const shelter: ShelterMasterRecord = {
    nationalShelterId: rawId,
    localGovernmentCode: parts.localGovernmentCode,
    name,
    address: '',
    designation: parts.designation,
    ...(parts.shelterType ? { shelterType: parts.shelterType } : {}),
    line,
  };
  if (da) readDigitalAgencyColumns(shelter, cell, warn);
  else shelter.address = cell('住所');
  if (!shelter.address) warn('missing_address', da ? '所在地_連結表記' : '住所');

  readLocation(shelter, cell('緯度'), cell('経度'), warn);
  const hazards: Partial<Record<HazardKind, true>> = {};
  for (const [column, hazard] of Object.entries(hazardColumns)) {
    if (truthy.test(cell(column) || cell(`災害種別_${column}`))) hazards[hazard] = true;
  }
  if (Object.keys(hazards).length) shelter.hazards = hazards;
  const accepted = cell('受入対象者');
  if (accepted) shelter.acceptedPeople = accepted;
  const remarks = [cell('その他市町村長が必要と認める事項'), cell('備考')]
    .filter(Boolean)
    .join('\n');
  if (remarks) shelter.remarks = remarks;
  return shelter;
}

function readDigitalAgencyColumns(
  shelter: ShelterMasterRecord,
  cell: (name: string) => string,
  warn: (code: ImportIssueCode, column?: string, params?: Record<string, string | number>) => void,
) {
  const kana = cell('名称_カナ');
  if (kana) {
    const katakana = toKatakana(kana);
    shelter.nameKana = katakana.ok ? katakana.value : kana;
    if (katakana.ok && katakana.value !== kana) warn('kana_normalised', '名称_カナ');
  }
  const english = cell('名称_英字');
  if (english) shelter.nameEnglish = english;

  // Spreadsheets drop the leading zero of codes such as 012025 (北海道).
  const code = cell('全国地方公共団体コード').normalize('NFKC');
  const expected = shelter.localGovernmentCode;
  if (code && code !== expected && code !== expected.slice(0, 5)) {
    if (code.length < 6 && code.padStart(6, '0') === expected)
      warn('code_padded', '全国地方公共団体コード');
    else warn('code_mismatch', '全国地方公共団体コード', { code });
  }

  const joined = cell('所在地_連結表記');
  const parts = ['所在地_都道府県', '所在地_市区町村', '所在地_町字', '所在地_番地以下'].map(cell);
  const building = cell('建物名等(方書)');
  if (joined)
    shelter.address = building && !joined.includes(building) ? `${joined} ${building}` : joined;
  else if (parts.some(Boolean)) {
    shelter.address = [parts.join(''), building].filter(Boolean).join(' ');
    warn('address_joined', '所在地_連結表記');
  }

  const phone = cell('電話番号');
  if (phone) {
    const checked = validatePhone(phone);
    shelter.phone = checked.ok ? checked.value : phone;
    if (!checked.ok) warn('phone_unrecognised', '電話番号');
  }
  // 想定収容人数 is text in the standard ("約500人", "1,000").
  const capacity = cell('想定収容人数');
  if (capacity) {
    const digits = capacity.normalize('NFKC').replace(/[,，\s]|人|名|約/g, '');
    if (/^\d+$/.test(digits)) {
      shelter.maxCapacity = Number(digits);
      if (digits !== capacity) warn('capacity_parsed', '想定収容人数', { value: capacity });
    } else {
      warn('capacity_unreadable', '想定収容人数', { value: capacity });
    }
  }
}

function readLocation(
  shelter: ShelterMasterRecord,
  latitudeText: string,
  longitudeText: string,
  warn: (code: ImportIssueCode, column?: string) => void,
) {
  if (!latitudeText && !longitudeText) return warn('missing_location', '緯度');
  let latitude = Number(latitudeText.normalize('NFKC'));
  let longitude = Number(longitudeText.normalize('NFKC'));
  const inJapan = (lat: number, lon: number) => lat >= 20 && lat <= 46 && lon >= 122 && lon <= 154;
  if (!inJapan(latitude, longitude) && inJapan(longitude, latitude)) {
    [latitude, longitude] = [longitude, latitude];
    warn('coordinates_swapped', '緯度');
  }
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude) || !inJapan(latitude, longitude)) {
    return warn('invalid_location', '緯度');
  }
  shelter.location = { type: 'Point', coordinates: [longitude, latitude] };
}
