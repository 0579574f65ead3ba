import {
  importShelterMasterData,
  type ShelterImportIssue,
  type ShelterImportResult,
  type ShelterMasterRecord,
} from '@machi-dx/shelter-forms/core';
import type { DbExecutor } from '../db/types.ts';

/** Column limits of the `shelters` table, checked per row so one long cell skips only its row. */
const LIMITS = [
  ['name', 200, '施設・場所名'],
  ['nameKana', 200, '名称_カナ'],
  ['nameEnglish', 200, '名称_英字'],
  ['address', 500, '住所'],
  ['acceptedPeople', 1000, '受入対象者'],
  ['phone', 50, '電話番号'],
  ['remarks', 4000, '備考'],
] as const satisfies readonly (readonly [keyof ShelterMasterRecord, number, string])[];

/** A row problem: the importer's, or one of the database's limits (`value_too_long`, `capacity_too_large`). */
export type RowIssue = Omit<ShelterImportIssue, 'code'> & { code: string };

/** {@link importShelterMasterData}'s result with the server's own row checks added. */
export type ParsedShelterFile = Omit<ShelterImportResult, 'errors'> & { errors: RowIssue[] };

function tooLong(line: number, column: string, max: number): RowIssue {
  return {
    line,
    column,
    code: 'value_too_long',
    message: {
      ja: `${column}が長すぎます（${max}文字まで）。この行は読み込んでいません。`,
      en: `${column} is too long (at most ${max} characters); the row was not imported.`,
    },
  };
}

/** The importer's result with rows the database would refuse moved to `errors`. */
export function parseShelterFile(bytes: Uint8Array): ParsedShelterFile {
  const result: ParsedShelterFile = importShelterMasterData(bytes);
  const shelters: ShelterMasterRecord[] = [];
  for (const shelter of result.shelters) {
    const problem = LIMITS.find(([field, max]) => (shelter[field]?.length ?? 0) > max);
    if (problem) result.errors.push(tooLong(shelter.line, problem[2], problem[1]));
    else if ((shelter.maxCapacity ?? 0) > 1_000_000) {
      result.errors.push({
        line: shelter.line,
        column: '想定収容人数',
        code: 'capacity_too_large',
        message: {
          ja: '想定収容人数が大きすぎます。この行は読み込んでいません。',
          en: 'The capacity is too large; the row was not imported.',
        },
      });
    } else shelters.push(shelter);
  }
  result.errors.sort((a, b) => a.line - b.line);
  return { ...result, shelters };
}

/** How many rows an upsert created and updated. */
export interface UpsertCounts {
  created: number;
  updated: number;
}

/**
 * Inserts or updates shelters by their national id in one statement (a re-import refreshes names,
 * addresses and coordinates; reports are never touched). `sample` marks the sample city's rows.
 */
export async function upsertShelters(
  tx: DbExecutor,
  shelters: readonly ShelterMasterRecord[],
  options: { sample: boolean },
): Promise<UpsertCounts> {
  if (shelters.length === 0) return { created: 0, updated: 0 };
  const records = shelters.map((shelter) => ({
    id: shelter.nationalShelterId,
    local_government_code: shelter.localGovernmentCode,
    name: shelter.name,
    name_kana: shelter.nameKana ?? null,
    name_english: shelter.nameEnglish ?? null,
    kind: shelter.designation,
    shelter_type: shelter.shelterType ?? null,
    address: shelter.address,
    latitude: shelter.location?.coordinates[1] ?? null,
    longitude: shelter.location?.coordinates[0] ?? null,
    capacity: shelter.maxCapacity ?? null,
    hazards: Object.keys(shelter.hazards ?? {}),
    accepted_people: shelter.acceptedPeople ?? null,
    phone: shelter.phone ?? null,
    remarks: shelter.remarks ?? null,
  }));
  // xmax = 0 tells a fresh insert from an update of an existing row.
  const rows = await tx.query<{ created: boolean }>(
    `insert into shelters (id, local_government_code, name, name_kana, name_english, kind,
                           shelter_type, address, latitude, longitude, capacity, hazards,
                           accepted_people, phone, remarks, sample, imported_at)
     select x.id, x.local_government_code, x.name, x.name_kana, x.name_english, x.kind,
            x.shelter_type, x.address, x.latitude, x.longitude, x.capacity,
            array(select jsonb_array_elements_text(x.hazards)), x.accepted_people, x.phone,
            x.remarks, $2, now()
     from jsonb_to_recordset($1::jsonb) as x(
       id text, local_government_code text, name text, name_kana text, name_english text,
       kind text, shelter_type text, address text, latitude double precision,
       longitude double precision, capacity integer, hazards jsonb, accepted_people text,
       phone text, remarks text)
     on conflict (id) do update set
       local_government_code = excluded.local_government_code, name = excluded.name,
       name_kana = excluded.name_kana, name_english = excluded.name_english,
       kind = excluded.kind, shelter_type = excluded.shelter_type, address = excluded.address,
       latitude = excluded.latitude, longitude = excluded.longitude, capacity = excluded.capacity,
       hazards = excluded.hazards, accepted_people = excluded.accepted_people,
       phone = excluded.phone, remarks = excluded.remarks, sample = excluded.sample,
       imported_at = excluded.imported_at
     returning (xmax = 0) as created`,
    [records, options.sample],
  );
  const created = rows.filter((row) => row.created).length;
  return { created, updated: rows.length - created };
}
