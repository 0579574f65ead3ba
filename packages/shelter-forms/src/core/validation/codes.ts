// Code lists of the report fields. Values are English snake_case codes on the wire; their names
// in Japanese, English and やさしい日本語 live in intl (`shelter.code.<list>.<value>`).

/** 開設状況: 未開設 / 開設 / 閉鎖 / 不明 / 常設 (EEI lists these "etc."; `statusLabel` keeps local wording). */
export const openingStatuses = ['not_opened', 'open', 'closed', 'unknown', 'permanent'] as const;
/** One of {@link openingStatuses}. */
export type OpeningStatus = (typeof openingStatuses)[number];

/** 施設の安全確認 checklist items. */
export const safetyCheckItems = ['structure', 'nonStructural', 'surroundings', 'fire'] as const;
/** One of {@link safetyCheckItems}. */
export type SafetyCheckItem = (typeof safetyCheckItems)[number];
/** Result of one safety check: 異常なし / 異常あり / 未点検. */
export const safetyCheckResults = ['ok', 'problem', 'unchecked'] as const;
/** One of {@link safetyCheckResults}. */
export type SafetyCheckResult = (typeof safetyCheckResults)[number];

/** 定員状況: 余裕 / 満員 / 超過. */
export const occupancyStatuses = ['available', 'full', 'over_capacity'] as const;
/** One of {@link occupancyStatuses}. */
export type OccupancyStatus = (typeof occupancyStatuses)[number];

/** 要配慮者 categories, each a head count in `careNeeds`. */
export const careNeedCategories = [
  'elderlyNeedingCare',
  'disabled',
  'pregnantOrNursing',
  'infants',
  'foreignResidents',
  'chronicIllnessOrAllergy',
  'medicalDevices',
] as const;
/** One of {@link careNeedCategories}. */
export type CareNeedCategory = (typeof careNeedCategories)[number];

/** 必要な人的支援: 保健師, 看護師, 医師, 介護職, 通訳, 心のケア, その他. */
export const staffSupportKinds = [
  'public_health_nurse',
  'nurse',
  'doctor',
  'care_worker',
  'interpreter',
  'mental_health',
  'other',
] as const;
/** One of {@link staffSupportKinds}. */
export type StaffSupportKind = (typeof staffSupportKinds)[number];

/** How much of something there is: 足りている / 不足 / ない / 不明. */
export const supplyLevels = ['sufficient', 'short', 'none', 'unknown'] as const;
/** One of {@link supplyLevels}. */
export type SupplyLevel = (typeof supplyLevels)[number];

/** Lifelines reported in `lifelines`. */
export const lifelineKinds = ['power', 'water', 'gas', 'telecom'] as const;
/** One of {@link lifelineKinds}. */
export type LifelineKind = (typeof lifelineKinds)[number];
/** 使用可 / 一部支障 / 使用不可 / 不明 (our list: no national code list exists). */
export const lifelineStatuses = [
  'available',
  'partially_disrupted',
  'unavailable',
  'unknown',
] as const;
/** One of {@link lifelineStatuses}. */
export type LifelineStatus = (typeof lifelineStatuses)[number];

/** Living space: 十分 / 手狭 / 過密. */
export const spaceConditions = ['adequate', 'crowded', 'overcrowded'] as const;
/** One of {@link spaceConditions}. */
export type SpaceCondition = (typeof spaceConditions)[number];
/** Bathing or laundry: 利用可 / 一部利用可 / 利用不可. */
export const facilityAvailabilities = ['available', 'limited', 'unavailable'] as const;
/** One of {@link facilityAvailabilities}. */
export type FacilityAvailability = (typeof facilityAvailabilities)[number];

/**
 * The Cabinet Office's 8 basic push-support items (食料, 毛布, 乳児用粉ミルク又は乳児用液体ミルク,
 * 乳児・小児用おむつ, 大人用のおむつ, 携帯トイレ・簡易トイレ, トイレットペーパー, 生理用品).
 */
export const basicSupplyItems = [
  'food',
  'blankets',
  'infant_formula',
  'infant_diapers',
  'adult_diapers',
  'portable_toilets',
  'toilet_paper',
  'sanitary_products',
] as const;
/** A basic item, or `other` with its name in `itemName`. */
export const supplyItems = [
  'food',
  'blankets',
  'infant_formula',
  'infant_diapers',
  'adult_diapers',
  'portable_toilets',
  'toilet_paper',
  'sanitary_products',
  'other',
] as const;
/** One of {@link supplyItems}. */
export type SupplyItem = (typeof supplyItems)[number];
/** Units, so that HQ can add quantities up: 個 / 食 / 枚 / 箱 / L / 袋 / ロール / 組. */
export const supplyUnits = [
  'piece',
  'meal',
  'sheet',
  'box',
  'litre',
  'pack',
  'roll',
  'set',
] as const;
/** One of {@link supplyUnits}. */
export type SupplyUnit = (typeof supplyUnits)[number];

/** 被害の種類: 道路 / 土砂災害 / 浸水 / 建物 / ライフライン / その他. */
export const damageKinds = [
  'road',
  'landslide',
  'flooding',
  'building',
  'lifeline',
  'other',
] as const;
/** One of {@link damageKinds}. */
export type DamageKind = (typeof damageKinds)[number];
/** 程度: 軽微 / 中程度 / 甚大 / 不明. */
export const damageSeverities = ['minor', 'moderate', 'severe', 'unknown'] as const;
/** One of {@link damageSeverities}. */
export type DamageSeverity = (typeof damageSeverities)[number];
/** Image types a photo may have after resizing on the device. */
export const photoContentTypes = ['image/jpeg', 'image/webp', 'image/png'] as const;
/** One of {@link photoContentTypes}. */
export type PhotoContentType = (typeof photoContentTypes)[number];
