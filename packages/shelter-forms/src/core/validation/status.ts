import {
  type CareNeedCategory,
  careNeedCategories,
  type FacilityAvailability,
  facilityAvailabilities,
  type LifelineKind,
  type LifelineStatus,
  lifelineKinds,
  lifelineStatuses,
  type OccupancyStatus,
  occupancyStatuses,
  type SpaceCondition,
  type StaffSupportKind,
  type SupplyLevel,
  spaceConditions,
  staffSupportKinds,
  supplyLevels,
} from './codes';
import { confirmablePaths, notMoreThan, type ReportDefinition } from './definition';
import { count, datetime, each, type FieldSpec, oneOf, text } from './fields';
import { checkItemNames, type SupplyLine, supplyLineSpec } from './supply-request';

/** 飲料水: how much there is, and litres in stock. */
export interface DrinkingWater {
  status?: SupplyLevel;
  litres?: number;
}

/** 居住環境. */
export interface LivingConditions {
  /** Space per person. */
  space?: SpaceCondition;
  /** Beds in use (e.g. cardboard beds). */
  beds?: number;
  bathing?: FacilityAvailability;
  laundry?: FacilityAvailability;
  blankets?: SupplyLevel;
}

/** A shortage of infection-control supplies (masks, disinfectant …). */
export interface InfectionControlShortage {
  item: string;
  quantity?: number;
}

/** `data` of a status report (状況報告, 第n報). Counts are flat so an HQ export maps 1:1 to EEI. */
export interface StatusReportData {
  /** 報番号: n of 第n報. */
  reportSequence: number;
  /** 時点 (○時現在). */
  asOf: string;
  /** 定員状況. */
  occupancyStatus?: OccupancyStatus;
  /** 避難者数（総数）, including self-evacuated people; required unless marked 未確認. */
  evacueeTotal?: number;
  evacueeMale?: number;
  evacueeFemale?: number;
  /** 避難世帯数. */
  evacueeHouseholds?: number;
  /** うち自主避難（人）. */
  selfEvacuatedPersons?: number;
  /** うち自主避難（世帯）. */
  selfEvacuatedHouseholds?: number;
  /** 昼間の避難者数. */
  populationDay?: number;
  /** 夜間の避難者数. */
  populationNight?: number;
  /** 避難所以外の避難者: 在宅. */
  evacueesOutsideShelterAtHome?: number;
  /** 避難所以外の避難者: 車中泊. */
  evacueesOutsideShelterInCars?: number;
  /** 要配慮者数, per category. */
  careNeeds?: Partial<Record<CareNeedCategory, number>>;
  /** 必要な人的支援. */
  staffSupportNeeded?: StaffSupportKind[];
  /** Details of the staff support needed. */
  staffSupportDetail?: string;
  /** 飲料水. */
  drinkingWater?: DrinkingWater;
  /** トイレの数: usable. */
  toiletCountUsable?: number;
  /** トイレの数: total (基). */
  toiletCountTotal?: number;
  /** ライフライン. */
  lifelines?: Partial<Record<LifelineKind, LifelineStatus>>;
  /** 支援が必要な物資. */
  suppliesNeeded?: SupplyLine[];
  /** 感染症対策物資の不足. */
  infectionControlShortage?: InfectionControlShortage[];
  /** 居住環境. */
  livingConditions?: LivingConditions;
  /** ペットの数. */
  petCount?: number;
  /** ペットについて (where they stay, needs). */
  petNote?: string;
  /** 特記事項. */
  remarks?: string;
  /** Fields not yet confirmed (未確認). */
  unconfirmedFields?: string[];
}

const fields = {
  reportSequence: { type: 'integer', min: 1, max: 9999, required: true },
  asOf: datetime(true),
  occupancyStatus: oneOf(occupancyStatuses),
  evacueeTotal: count(true),
  evacueeMale: count(),
  evacueeFemale: count(),
  evacueeHouseholds: count(),
  selfEvacuatedPersons: count(),
  selfEvacuatedHouseholds: count(),
  populationDay: count(),
  populationNight: count(),
  evacueesOutsideShelterAtHome: count(),
  evacueesOutsideShelterInCars: count(),
  careNeeds: {
    type: 'object',
    fields: each(careNeedCategories, count()),
  },
  staffSupportNeeded: {
    type: 'array',
    items: oneOf(staffSupportKinds),
    maxItems: 7, // staffSupportKinds.length, written out so bundlers can drop the spec
    unique: true,
  },
  staffSupportDetail: text(1000),
  drinkingWater: {
    type: 'object',
    fields: { status: oneOf(supplyLevels), litres: count() },
  },
  toiletCountUsable: count(),
  toiletCountTotal: count(),
  lifelines: {
    type: 'object',
    fields: each(lifelineKinds, oneOf(lifelineStatuses)),
  },
  suppliesNeeded: { type: 'array', items: supplyLineSpec, maxItems: 50 },
  infectionControlShortage: {
    type: 'array',
    items: { type: 'object', fields: { item: text(100, true), quantity: count() } },
    maxItems: 20,
  },
  livingConditions: {
    type: 'object',
    fields: {
      space: oneOf(spaceConditions),
      beds: count(),
      bathing: oneOf(facilityAvailabilities),
      laundry: oneOf(facilityAvailabilities),
      blankets: oneOf(supplyLevels),
    },
  },
  petCount: count(),
  petNote: text(1000),
  remarks: text(2000),
  unconfirmedFields: { type: 'array', items: text(100), maxItems: 50, unique: true },
} as const satisfies { [K in keyof Required<StatusReportData>]: FieldSpec };

/** Validation of status reports. */
export const statusDefinition: ReportDefinition = {
  fields,
  confirmable: confirmablePaths(fields, ['reportSequence', 'asOf']),
  rules(context) {
    const male = context.number('evacueeMale');
    const female = context.number('evacueeFemale');
    const total = context.number('evacueeTotal');
    // Not "equal": some evacuees are neither or not yet counted by sex.
    if (
      male !== undefined &&
      female !== undefined &&
      total !== undefined &&
      male + female > total
    ) {
      context.report('evacueeFemale', 'sex_sum_exceeds_total');
    } else {
      notMoreThan(context, 'evacueeMale', 'evacueeTotal', 'exceeds_evacuee_total');
      notMoreThan(context, 'evacueeFemale', 'evacueeTotal', 'exceeds_evacuee_total');
    }
    // Day and night counts are not bounded by the total: it is a count at `asOf` only.
    notMoreThan(context, 'selfEvacuatedPersons', 'evacueeTotal', 'exceeds_evacuee_total');
    for (const category of careNeedCategories) {
      notMoreThan(context, `careNeeds.${category}`, 'evacueeTotal', 'exceeds_evacuee_total');
    }
    notMoreThan(context, 'evacueeHouseholds', 'evacueeTotal', 'households_exceed_persons');
    notMoreThan(context, 'selfEvacuatedHouseholds', 'evacueeHouseholds', 'exceeds_households');
    notMoreThan(
      context,
      'selfEvacuatedHouseholds',
      'selfEvacuatedPersons',
      'households_exceed_persons',
    );
    notMoreThan(context, 'toiletCountUsable', 'toiletCountTotal', 'exceeds_toilet_total');
    checkItemNames(context, 'suppliesNeeded');
  },
};
