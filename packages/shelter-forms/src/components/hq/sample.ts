// Deterministic sample shelters for the HQ stories, tests and the benchmark; not part of the API.
import { formatTokyoIso } from '@machi-dx/ui/core';
import type { OpeningStatus } from '../../core/validation/codes';
import type { HqReport, HqShelter, HqSupplyRequest } from './types';

/** The time the samples are drawn at: 2026-12-01 15:00 in Tokyo. */
export const SAMPLE_NOW = new Date('2026-12-01T15:00:00+09:00').getTime();

const places = [
  '小学校',
  '中学校',
  '公民館',
  '体育館',
  '集会所',
  '高等学校',
  'コミュニティセンター',
];
const districts = [
  '丸之内',
  '和霊',
  '保手',
  '高串',
  '三間',
  '吉田',
  '津島',
  '九島',
  '遊子',
  '下波',
];
const statuses: readonly (OpeningStatus | null)[] = [
  'open',
  'open',
  'open',
  'open',
  'open',
  'open',
  'open',
  'not_opened',
  'closed',
  'unknown',
  null,
  'permanent',
];

/** The 全国共通ID of sample shelter `n` (宇和島市 38203, 指定避難所・一般). */
export function sampleShelterId(n: number): string {
  return `E38203${String(n).padStart(5, '0')}111`;
}

/**
 * `count` shelters of the sample city: most open, some closed or never opened, about one open
 * shelter in six silent for longer than three hours. The same list every time.
 */
export function sampleShelters(count: number, now = SAMPLE_NOW): HqShelter[] {
  return Array.from({ length: count }, (_, index) => {
    const n = index + 1;
    const openingStatus = statuses[index % statuses.length] ?? null;
    const reported = openingStatus !== null;
    const minutes = reported ? (index * 37) % 420 : null;
    const evacuees =
      openingStatus === 'open' || openingStatus === 'permanent' ? (index * 53) % 400 : 0;
    const infants = evacuees ? index % 9 : 0;
    const elderly = evacuees ? (index * 7) % 23 : 0;
    return {
      nationalShelterId: sampleShelterId(n),
      name: `${districts[index % districts.length]}${places[index % places.length]}${index >= 70 ? ` ${n}` : ''}`,
      address: `宇和島市${districts[index % districts.length]}${(index % 9) + 1}丁目${n}`,
      sample: true,
      status: {
        openingStatus,
        evacueeTotal: reported ? evacuees : null,
        evacueeTotalUnconfirmed: index % 11 === 3,
        careNeeds: { elderlyNeedingCare: elderly, infants },
        careNeedsTotal: elderly + infants,
        openSupplyRequests: index % 5 === 0 ? (index % 3) + 1 : 0,
        lastReportAt: minutes === null ? null : formatTokyoIso(new Date(now - minutes * 60_000)),
        minutesSinceLastReport: minutes,
      },
    };
  });
}

/** A shelter's report history: an opening report, two status reports (the first corrected) and a supply request. */
export function sampleHistory(): HqReport[] {
  const at = (time: string) => `2026-12-01T${time}:00+09:00`;
  const reports: HqReport[] = [
    {
      id: '0193a000-0000-7000-8000-000000000001',
      kind: 'opening',
      createdAt: at('09:55'),
      receivedAt: at('09:56'),
      data: {
        openingStatus: 'open',
        openedAt: at('09:30'),
        evacueeTotal: 42,
        reportedAt: at('09:55'),
        unconfirmedFields: ['evacueeTotal'],
      },
    },
    {
      id: '0193a000-0000-7000-8000-000000000002',
      kind: 'status',
      createdAt: at('12:00'),
      receivedAt: at('12:40'),
      supersededBy: '0193a000-0000-7000-8000-000000000003',
      data: {
        reportSequence: 2,
        asOf: at('12:00'),
        evacueeTotal: 210,
        evacueeMale: 95,
        evacueeFemale: 100,
      },
    },
    {
      id: '0193a000-0000-7000-8000-000000000003',
      kind: 'status',
      createdAt: at('12:45'),
      receivedAt: at('12:46'),
      supersedes: '0193a000-0000-7000-8000-000000000002',
      data: {
        reportSequence: 2,
        asOf: at('12:00'),
        evacueeTotal: 120,
        evacueeMale: 55,
        evacueeFemale: 60,
        careNeeds: { elderlyNeedingCare: 8, infants: 5 },
        lifelines: { power: 'available', water: 'unavailable' },
      },
    },
    {
      id: '0193a000-0000-7000-8000-000000000004',
      kind: 'supply_request',
      createdAt: at('12:50'),
      receivedAt: at('12:51'),
      data: {
        requestedAt: at('12:50'),
        items: [{ item: 'blankets', quantity: 50, unit: 'sheet' }],
        beneficiaries: 120,
      },
      supplyRequest: { status: 'procuring', statusChangedAt: at('13:20') },
    },
  ];
  return reports;
}

/** Supply requests from a few shelters in every status. */
export function sampleSupplyRequests(): HqSupplyRequest[] {
  const at = (time: string) => `2026-12-01T${time}:00+09:00`;
  return [
    {
      id: '0193b000-0000-7000-8000-000000000001',
      shelterId: sampleShelterId(1),
      shelterName: '丸之内小学校',
      status: 'requested',
      requestedAt: at('12:10'),
      neededBy: at('18:00'),
      items: [
        { item: 'food', quantity: 360, unit: 'meal' },
        { item: 'infant_formula', itemName: '液体ミルク', quantity: 10, unit: 'piece' },
      ],
      beneficiaries: 120,
    },
    {
      id: '0193b000-0000-7000-8000-000000000002',
      shelterId: sampleShelterId(2),
      shelterName: '和霊中学校',
      status: 'procuring',
      requestedAt: at('11:30'),
      neededBy: at('16:00'),
      items: [{ item: 'blankets', quantity: 80, unit: 'sheet' }],
    },
    {
      id: '0193b000-0000-7000-8000-000000000003',
      shelterId: sampleShelterId(3),
      shelterName: '保手公民館',
      status: 'in_transit',
      requestedAt: at('10:05'),
      items: [
        { item: 'portable_toilets', quantity: 200, unit: 'piece' },
        { item: 'toilet_paper', quantity: 48, unit: 'roll' },
      ],
      remarks: '高齢者が多い',
    },
    {
      id: '0193b000-0000-7000-8000-000000000004',
      shelterId: sampleShelterId(4),
      shelterName: '高串体育館',
      status: 'arrived',
      requestedAt: at('09:40'),
      items: [{ item: 'other', itemName: 'ブルーシート', quantity: 20, unit: 'sheet' }],
    },
  ];
}
