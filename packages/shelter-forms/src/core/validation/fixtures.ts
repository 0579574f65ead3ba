// Valid example data of every kind, shared by tests, stories and the outbox tests.
import type { ReportKind } from '../kinds';
import type { ReportDataByKind } from './report';

/** A complete, valid `data` for each report kind (a shelter on 2026-12-01). */
export const exampleReportData: { [K in ReportKind]: ReportDataByKind[K] } = {
  opening: {
    openingStatus: 'open',
    openedAt: '2026-12-01T09:30:00+09:00',
    openingReason: '震度6弱の地震のため',
    evacueeTotal: 42,
    reportedAt: '2026-12-01T09:55:00+09:00',
    reporter: '避難所運営班 山田',
    contactChannel: '衛星電話 090-0000-0000',
    facilitySafetyCheck: {
      structure: 'ok',
      nonStructural: 'problem',
      note: '体育館の窓ガラス1枚破損',
    },
  },
  status: {
    reportSequence: 2,
    asOf: '2026-12-01T12:00:00+09:00',
    occupancyStatus: 'available',
    evacueeTotal: 120,
    evacueeMale: 55,
    evacueeFemale: 60,
    evacueeHouseholds: 48,
    selfEvacuatedPersons: 10,
    selfEvacuatedHouseholds: 4,
    populationDay: 90,
    populationNight: 130,
    evacueesOutsideShelterAtHome: 35,
    evacueesOutsideShelterInCars: 12,
    careNeeds: { elderlyNeedingCare: 8, infants: 5, foreignResidents: 3 },
    staffSupportNeeded: ['public_health_nurse', 'interpreter'],
    drinkingWater: { status: 'short', litres: 200 },
    toiletCountUsable: 4,
    toiletCountTotal: 10,
    lifelines: {
      power: 'available',
      water: 'unavailable',
      gas: 'unknown',
      telecom: 'partially_disrupted',
    },
    suppliesNeeded: [{ item: 'blankets', quantity: 50, unit: 'sheet' }],
    livingConditions: { space: 'crowded', beds: 20, bathing: 'unavailable', blankets: 'short' },
    petCount: 3,
    remarks: '夜間の冷え込みが厳しい',
  },
  supply_request: {
    requestedAt: '2026-12-01T12:10:00+09:00',
    neededBy: '2026-12-01T18:00:00+09:00',
    items: [
      { item: 'food', quantity: 360, unit: 'meal' },
      { item: 'infant_formula', quantity: 10, unit: 'piece', itemName: '液体ミルク' },
      { item: 'other', itemName: 'ブルーシート', quantity: 20, unit: 'sheet' },
    ],
    beneficiaries: 120,
  },
  damage: {
    damageKind: 'road',
    severity: 'severe',
    latitude: 33.2233,
    longitude: 132.5606,
    description: '避難所前の市道が陥没し通行できない',
    reportedAt: '2026-12-01T10:20:00+09:00',
    photos: [
      {
        sha256: /* @__PURE__ */ 'a'.repeat(64),
        contentType: 'image/jpeg',
        width: 1600,
        height: 1200,
        byteLength: 350_000,
      },
    ],
  },
  closing: {
    closedAt: '2026-12-05T10:00:00+09:00',
    remainingEvacuees: 6,
    evacueesMovedTo: '第二中学校避難所',
  },
};
