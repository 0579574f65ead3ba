/**
 * 全国共通避難所・避難場所ID: `E` + 5-digit municipality code + 5-digit facility serial + type major
 * (1 指定避難所, 2 指定緊急避難場所) + type minor (1 一般, 2 福祉, 0 for sites) + 1 sequence character.
 */
const NATIONAL_SHELTER_ID = /^E\d{10}[12][0-2][0-9A-Za-z]$/;

/** Whether `value` has the form of a 14-character 全国共通避難所・避難場所ID (`E1310100005112`). */
export function isNationalShelterId(value: unknown): value is string {
  return typeof value === 'string' && NATIONAL_SHELTER_ID.test(value);
}

/** What the parts of a 全国共通避難所・避難場所ID say. */
export interface NationalShelterIdParts {
  /** 5-digit municipality code without its check digit. */
  municipalityCode: string;
  /** 6-digit 地方公共団体コード with its check digit. */
  localGovernmentCode: string;
  /** Facility serial within the municipality. */
  facilitySerial: string;
  /** 指定避難所 (`shelter`) or 指定緊急避難場所 (`emergency_site`). */
  designation: 'shelter' | 'emergency_site';
  /** 一般 / 福祉 for a shelter; undefined for a site. */
  shelterType?: 'general' | 'welfare';
}

/** Splits a 全国共通避難所・避難場所ID into its parts; undefined when it is malformed. */
export function parseNationalShelterId(id: string): NationalShelterIdParts | undefined {
  if (!isNationalShelterId(id)) return undefined;
  const municipalityCode = id.slice(1, 6);
  const minor = id[12];
  return {
    municipalityCode,
    localGovernmentCode: withCheckDigit(municipalityCode),
    facilitySerial: id.slice(6, 11),
    designation: id[11] === '1' ? 'shelter' : 'emergency_site',
    ...(id[11] === '1' && minor !== '0'
      ? { shelterType: minor === '2' ? ('welfare' as const) : ('general' as const) }
      : {}),
  };
}

/**
 * The 6-digit 地方公共団体コード for a 5-digit code: check digit = last digit of
 * 11 − (Σ digit × weight 6,5,4,3,2 mod 11) (総務省, JIS X 0402).
 */
export function withCheckDigit(code5: string): string {
  let sum = 0;
  for (let index = 0; index < 5; index += 1) sum += Number(code5[index]) * (6 - index);
  return `${code5}${(11 - (sum % 11)) % 10}`;
}

/** Whether `code` is a 6-digit 地方公共団体コード whose check digit is right. */
export function isLocalGovernmentCode(code: unknown): code is string {
  return (
    typeof code === 'string' && /^\d{6}$/.test(code) && withCheckDigit(code.slice(0, 5)) === code
  );
}
