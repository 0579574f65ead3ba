// @vitest-environment node
import { readFileSync } from 'node:fs';
import { importShelterMasterData } from './import';

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`../../../test/fixtures/${name}`, import.meta.url)));
const sample = () =>
  new Uint8Array(readFileSync(new URL('../fixtures/sample-shelters.csv', import.meta.url)));
const issues = (list: { line: number; code: string }[]) =>
  list.map(({ line, code }) => `${line}:${code}`);

describe('importShelterMasterData', () => {
  it('imports the GSI 指定避難所 CSV, reporting malformed rows by line and importing the rest', () => {
    const result = importShelterMasterData(fixture('gsi-shelters.csv'));
    expect(result.format).toBe('gsi_shelters');
    expect(result.encoding).toBe('utf-8');
    expect(result.shelters.map((shelter) => [shelter.line, shelter.nationalShelterId])).toEqual([
      [2, 'E3820390001111'],
      [3, 'E3820390002121'],
      [9, 'E3820390007111'],
      [10, 'E3820390008111'],
    ]);
    expect(issues(result.errors)).toEqual([
      '5:invalid_id',
      '6:duplicate_id',
      '7:missing_name',
      '8:column_count',
    ]);
    expect(result.errors[1]?.message.ja).toContain('2行目');
    expect(issues(result.warnings)).toEqual(['9:coordinates_swapped', '10:missing_location']);
    expect(result.shelters[0]).toEqual({
      nationalShelterId: 'E3820390001111',
      localGovernmentCode: '382035',
      name: '北浦小学校（サンプル）',
      address: '愛媛県宇和島市北浦町1番1号（架空の住所）',
      designation: 'shelter',
      shelterType: 'general',
      location: { type: 'Point', coordinates: [132.5606, 33.2233] },
      remarks: '避難スペース：体育館\nサンプル',
      line: 2,
    });
    expect(result.shelters[1]).toMatchObject({
      shelterType: 'welfare',
      acceptedPeople: '要配慮者（高齢者・障害者等）',
      remarks: '1階は浸水のおそれ\n2階以上を使用',
    });
    expect(result.shelters[2]?.location?.coordinates).toEqual([132.57, 33.23]);
  });

  it('reads the same file saved as Shift_JIS', () => {
    const utf8 = importShelterMasterData(fixture('gsi-shelters.csv'));
    const sjis = importShelterMasterData(fixture('gsi-shelters-sjis.csv'));
    expect(sjis.encoding).toBe('shift_jis');
    expect(sjis.shelters).toEqual(utf8.shelters);
    expect(sjis.errors).toEqual(utf8.errors);
  });

  it('imports a per-municipality GSI 指定緊急避難場所 CSV with its hazard flags', () => {
    const result = importShelterMasterData(fixture('gsi-emergency-sites.csv'));
    expect(result.format).toBe('gsi_emergency_sites');
    expect(result.errors).toEqual([]);
    expect(result.shelters.map(({ designation, hazards }) => ({ designation, hazards }))).toEqual([
      {
        designation: 'emergency_site',
        hazards: { earthquake: true, tsunami: true, largeFire: true },
      },
      {
        designation: 'emergency_site',
        hazards: {
          flood: true,
          stormSurge: true,
          earthquake: true,
          tsunami: true,
          inlandFlooding: true,
        },
      },
    ]);
  });

  it('imports the Digital Agency sheet 03 tolerantly and says what it fixed', () => {
    const result = importShelterMasterData(fixture('da-sheet03.csv'));
    expect(result.format).toBe('da_emergency_sites');
    expect(issues(result.errors)).toEqual(['4:invalid_id']);
    expect(result.shelters[0]).toMatchObject({
      nationalShelterId: 'E0110090001201',
      localGovernmentCode: '011002',
      nameKana: 'サンプルチュウオウコウエン',
      nameEnglish: 'Sample Central Park',
      address: '北海道札幌市（サンプル）サンプル町1-1',
      maxCapacity: 1000,
      hazards: { flood: true, earthquake: true, largeFire: true },
    });
    expect(result.shelters[1]).toMatchObject({
      address: '北海道札幌市（サンプル）サンプル町2-2 管理棟',
      maxCapacity: 500,
    });
    expect(result.shelters[2]).not.toHaveProperty('maxCapacity');
    expect(issues(result.warnings)).toEqual([
      '2:kana_normalised',
      '2:code_padded',
      '2:address_joined',
      '2:capacity_parsed',
      '5:capacity_unreadable',
    ]);
  });

  it('refuses a file it does not recognise, and reports an unterminated quote', () => {
    expect(issues(importShelterMasterData('a,b,c\n1,2,3').errors)).toEqual(['1:unknown_format']);
    expect(issues(importShelterMasterData('').errors)).toEqual(['1:unknown_format']);
    const broken =
      '共通ID,施設・場所名,住所,緯度,経度\nE3820390001111,A,B,33.2,132.5\nE3820390002111,"C,D,33.2,132.5\n';
    const result = importShelterMasterData(broken);
    expect(result.shelters).toHaveLength(1);
    expect(issues(result.errors)).toEqual(['3:unterminated_quote']);
  });

  it('reads the sample city: 20 fictional shelters, none malformed', () => {
    const result = importShelterMasterData(sample());
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.shelters).toHaveLength(20);
    expect(new Set(result.shelters.map((shelter) => shelter.nationalShelterId)).size).toBe(20);
    expect(result.shelters.every((shelter) => shelter.name.endsWith('（サンプル）'))).toBe(true);
    expect(result.shelters.filter((shelter) => shelter.shelterType === 'welfare')).toHaveLength(3);
  });
});
