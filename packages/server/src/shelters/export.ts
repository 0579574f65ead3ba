import { careNeedCategories, lifelineKinds } from '@machi-dx/shelter-forms/core';
import { formatTokyoIso } from '@machi-dx/ui/core';
import { type ShelterStateRow, shelterStatus } from './status.ts';

/** One shelter's export values, keyed by column. */
type Values = Record<string, unknown>;

/** One export column: the EEI-aligned English name (the CSV header) and its Japanese label. */
export interface ExportColumn {
  /** EEI `en` name; dotted for a field of a group (`careNeeds.infants`). */
  name: string;
  ja: string;
  value(row: ShelterStateRow, status: ReturnType<typeof shelterStatus>): unknown;
}

const CARE_JA: Record<string, string> = {
  elderlyNeedingCare: '高齢者（要介護）',
  disabled: '障害者',
  pregnantOrNursing: '妊産婦',
  infants: '乳幼児',
  foreignResidents: '外国人',
  chronicIllnessOrAllergy: '慢性疾患・アレルギー',
  medicalDevices: '医療機器使用者',
};
const LIFELINE_JA: Record<string, string> = {
  power: '電気',
  water: '水道',
  gas: 'ガス',
  telecom: '通信',
};

const fromStatus =
  (path: string) =>
  (row: ShelterStateRow): unknown => {
    let value: unknown = row.status_data;
    for (const part of path.split('.')) value = (value as Record<string, unknown> | null)?.[part];
    return value;
  };
const instant = (value: unknown) =>
  typeof value === 'string' && !Number.isNaN(Date.parse(value))
    ? formatTokyoIso(new Date(value))
    : undefined;

/**
 * The columns of `GET /hq/export.csv|json`, named after the EEI (災害対応基本共有情報) attributes as
 * in shelter-data-items.csv, so the file maps 1:1 onto the prefecture's reporting. Counts of the
 * latest status report; opening status, opening and closing time of the latest opening/closing.
 */
export const exportColumns: readonly ExportColumn[] = [
  { name: 'nationalShelterId', ja: '全国共通避難所・避難場所ID', value: (row) => row.id },
  {
    name: 'localGovernmentCode',
    ja: '地方公共団体コード',
    value: (row) => row.local_government_code,
  },
  { name: 'name', ja: '施設名', value: (row) => row.name },
  { name: 'nameKana', ja: '施設名（かな）', value: (row) => row.name_kana },
  { name: 'designation', ja: '指定区分', value: (row) => row.kind },
  { name: 'shelterType', ja: '避難所タイプ', value: (row) => row.shelter_type },
  { name: 'maxCapacity', ja: '想定収容人数', value: (row) => row.capacity },
  { name: 'address', ja: '住所', value: (row) => row.address },
  { name: 'latitude', ja: '緯度', value: (row) => row.latitude },
  { name: 'longitude', ja: '経度', value: (row) => row.longitude },
  { name: 'openingStatus', ja: '開設状況', value: (_row, status) => status.openingStatus },
  {
    name: 'openedAt',
    ja: '開設日時',
    value: (row) =>
      row.opening_kind === 'opening' ? instant(row.opening_data?.openedAt) : undefined,
  },
  {
    name: 'closedAt',
    ja: '閉鎖日時',
    value: (row) =>
      row.opening_kind === 'closing' ? instant(row.opening_data?.closedAt) : undefined,
  },
  { name: 'reportSequence', ja: '報番号', value: fromStatus('reportSequence') },
  { name: 'asOf', ja: '時点', value: (row) => instant(fromStatus('asOf')(row)) },
  { name: 'evacueeTotal', ja: '避難者数（総数）', value: (_row, status) => status.evacueeTotal },
  { name: 'evacueeMale', ja: '避難者数（男）', value: fromStatus('evacueeMale') },
  { name: 'evacueeFemale', ja: '避難者数（女）', value: fromStatus('evacueeFemale') },
  { name: 'evacueeHouseholds', ja: '避難世帯数', value: fromStatus('evacueeHouseholds') },
  {
    name: 'selfEvacuatedPersons',
    ja: 'うち自主避難（人）',
    value: fromStatus('selfEvacuatedPersons'),
  },
  {
    name: 'selfEvacuatedHouseholds',
    ja: 'うち自主避難（世帯）',
    value: fromStatus('selfEvacuatedHouseholds'),
  },
  { name: 'populationDay', ja: '昼間避難者数', value: fromStatus('populationDay') },
  { name: 'populationNight', ja: '夜間避難者数', value: fromStatus('populationNight') },
  {
    name: 'evacueesOutsideShelterAtHome',
    ja: '避難所以外の避難者数（在宅）',
    value: fromStatus('evacueesOutsideShelterAtHome'),
  },
  {
    name: 'evacueesOutsideShelterInCars',
    ja: '避難所以外の避難者数（車中泊）',
    value: fromStatus('evacueesOutsideShelterInCars'),
  },
  { name: 'occupancyStatus', ja: '定員状況', value: fromStatus('occupancyStatus') },
  ...careNeedCategories.map(
    (category): ExportColumn => ({
      name: `careNeeds.${category}`,
      ja: `要配慮者数（${CARE_JA[category] ?? category}）`,
      value: (_row, status) => status.careNeeds[category],
    }),
  ),
  { name: 'staffSupportNeeded', ja: '必要な人的支援', value: fromStatus('staffSupportNeeded') },
  { name: 'drinkingWater.status', ja: '飲料水（状況）', value: fromStatus('drinkingWater.status') },
  { name: 'drinkingWater.litres', ja: '飲料水（L）', value: fromStatus('drinkingWater.litres') },
  {
    name: 'toiletCountUsable',
    ja: 'トイレの数（使用可能）',
    value: fromStatus('toiletCountUsable'),
  },
  { name: 'toiletCountTotal', ja: 'トイレの数（総数）', value: fromStatus('toiletCountTotal') },
  ...lifelineKinds.map(
    (kind): ExportColumn => ({
      name: `lifelines.${kind}`,
      ja: `ライフライン（${LIFELINE_JA[kind] ?? kind}）`,
      value: fromStatus(`lifelines.${kind}`),
    }),
  ),
  { name: 'suppliesNeeded', ja: '支援が必要な物資', value: fromStatus('suppliesNeeded') },
  {
    name: 'infectionControlShortage',
    ja: '感染症対策物資の不足',
    value: fromStatus('infectionControlShortage'),
  },
  {
    name: 'livingConditions.space',
    ja: '居住環境（スペース）',
    value: fromStatus('livingConditions.space'),
  },
  {
    name: 'livingConditions.beds',
    ja: '居住環境（ベッド数）',
    value: fromStatus('livingConditions.beds'),
  },
  {
    name: 'livingConditions.bathing',
    ja: '居住環境（入浴）',
    value: fromStatus('livingConditions.bathing'),
  },
  {
    name: 'livingConditions.laundry',
    ja: '居住環境（洗濯）',
    value: fromStatus('livingConditions.laundry'),
  },
  {
    name: 'livingConditions.blankets',
    ja: '居住環境（毛布）',
    value: fromStatus('livingConditions.blankets'),
  },
  { name: 'petCount', ja: 'ペットの数', value: fromStatus('petCount') },
  { name: 'remarks', ja: '特記事項', value: fromStatus('remarks') },
  { name: 'unconfirmedFields', ja: '未確認項目', value: fromStatus('unconfirmedFields') },
  {
    name: 'openSupplyRequests',
    ja: '未到着の物資要請数',
    value: (_row, status) => status.openSupplyRequests,
  },
  { name: 'lastReportAt', ja: '最終報告日時', value: (_row, status) => status.lastReportAt },
  { name: 'sample', ja: 'サンプルデータ', value: (row) => row.sample },
];

/** Every shelter's values, one record per shelter, in column order. */
export function exportRecords(rows: readonly ShelterStateRow[], now: Date): Values[] {
  return rows.map((row) => {
    const status = shelterStatus(row, now, Number.MAX_SAFE_INTEGER);
    const values: Values = {};
    for (const column of exportColumns) {
      const value = column.value(row, status);
      if (value !== undefined && value !== null) values[column.name] = value;
    }
    return values;
  });
}

/**
 * The JSON export: the same columns, with dotted names nested as in the reports
 * (`careNeeds.infants` → `careNeeds: { infants }`) and latitude/longitude as a GeoJSON `location`.
 */
export function exportJson(records: readonly Values[], now: Date) {
  return {
    exportedAt: formatTokyoIso(now),
    columns: exportColumns.map(({ name, ja }) => ({ name, ja })),
    shelters: records.map((record) => {
      const nested: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(record)) {
        if (name === 'latitude' || name === 'longitude') continue;
        const [group, field] = name.split('.');
        if (field && group) {
          const target = (nested[group] ?? {}) as Record<string, unknown>;
          target[field] = value;
          nested[group] = target;
        } else nested[name] = value;
      }
      if (typeof record.latitude === 'number' && typeof record.longitude === 'number') {
        nested.location = { type: 'Point', coordinates: [record.longitude, record.latitude] };
      }
      return nested;
    }),
  };
}

/** A cell: lists joined with `;`, supply lines as `item×quantity unit`. */
function cellText(value: unknown): string {
  if (value === undefined || value === null) return '';
  if (Array.isArray(value)) {
    return value
      .map((entry) => {
        if (typeof entry !== 'object' || entry === null) return String(entry);
        const line = entry as Record<string, unknown>;
        const name = line.itemName ? `${line.item}(${line.itemName})` : line.item;
        return `${name}×${line.quantity ?? ''}${line.unit ? ` ${line.unit}` : ''}`;
      })
      .join(';');
  }
  return String(value);
}

/**
 * Quotes a CSV cell when needed. Text that a spreadsheet would run as a formula (=, +, -, @, tab,
 * CR at the start) gets a leading apostrophe: remarks come from shelter devices, and HQ opens the
 * file in Excel (CSV injection). Numbers are left alone, so -1 stays a number.
 */
function csvCell(value: unknown): string {
  let text = cellText(value);
  if (typeof value === 'string' && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) || text !== text.trim() ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * The CSV export: UTF-8 with a BOM (so Excel reads Japanese correctly), CRLF line ends, one
 * header row of the EEI names, or of the Japanese labels with `header: 'ja'`.
 */
export function exportCsv(records: readonly Values[], header: 'en' | 'ja' = 'en'): string {
  const lines = [exportColumns.map((column) => csvCell(header === 'ja' ? column.ja : column.name))];
  for (const record of records)
    lines.push(exportColumns.map((column) => csvCell(record[column.name])));
  return `\uFEFF${lines.map((cells) => cells.join(',')).join('\r\n')}\r\n`;
}
