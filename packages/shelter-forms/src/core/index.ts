// The framework-free entry: no React, no DOM at import time. Servers and other back ends import only this.

export type {
  EventSourceConstructor,
  HqClient,
  HqClientOptions,
  HqRequestOptions,
  HqSupplyRequestFilter,
} from './hq/client';
export { createHqClient } from './hq/client';
export type { HqApiErrorInit } from './hq/error';
export { HqApiError, hqErrorFromBody, isHqApiError } from './hq/error';
export type {
  EventSourceLike,
  HqConnectionState,
  HqLiveOptions,
  HqLiveSubscription,
} from './hq/live';
export type { HqSelectedShelter, HqSnapshot, HqStoreOptions } from './hq/store';
export { HqStore } from './hq/store';
export type {
  HqAccount,
  HqAccountRole,
  HqEvent,
  HqListedPhoto,
  HqOverview,
  HqPhotoReceivedEvent,
  HqReport,
  HqReportReceivedEvent,
  HqShelter,
  HqShelterList,
  HqShelterStatus,
  HqSheltersImportedEvent,
  HqSupplyRequest,
  HqSupplyRequestStatusChangedEvent,
} from './hq/types';
export type { ReportKind } from './kinds';
export { isReportKind, reportKinds } from './kinds';
export type {
  HazardKind,
  ShelterImportResult,
  ShelterMasterRecord,
  ShelterSourceFormat,
} from './master-data/import';
export { hazardKinds, importShelterMasterData } from './master-data/import';
export type { ImportIssueCode, ShelterImportIssue } from './master-data/issues';
export type { BackoffOptions } from './outbox/backoff';
export { OutboxStorageError } from './outbox/database';
export type {
  OutboxChannel,
  OutboxClock,
  OutboxMessage,
  ResumeSignal,
  ResumeTrigger,
  StorageManagerLike,
} from './outbox/environment';
export { browserResumeSignals } from './outbox/environment';
export type { SendLock } from './outbox/lock';
export { memorySendLock } from './outbox/lock';
export type { OutboxOptions } from './outbox/outbox';
export { Outbox } from './outbox/outbox';
export { reportStatus } from './outbox/snapshot';
export type { OutboxExportFile, RejectedImport } from './outbox/transfer';
export { OUTBOX_EXPORT_FORMAT, readExportFile, sameReport } from './outbox/transfer';
export type { FetchTransportOptions } from './outbox/transport';
export {
  createFetchTransport,
  createPingProbe,
  interpretPhotoResponse,
  interpretResponse,
  reportsPath,
} from './outbox/transport';
export type {
  Attention,
  AttentionReason,
  ConnectivityProbe,
  DraftInput,
  ImportResult,
  OutboxEntry,
  OutboxErrorCode,
  OutboxPhoto,
  OutboxSnapshot,
  OutboxStatus,
  PhotoReceipt,
  PhotoSendRequest,
  PhotoSendResult,
  PhotoStatus,
  Receipt,
  RetryReason,
  SendRequest,
  SendResult,
  SentEntry,
  StorageState,
  SubmitResult,
  Transport,
} from './outbox/types';
export { attentionReasons, OutboxError, outboxStatuses, retryReasons } from './outbox/types';
export type { DecodedImage, PhotoCodec, PreparedPhoto, PreparePhotoOptions } from './photos';
export { fitWithin, photoUploadPath, preparePhoto, sha256Hex } from './photos';
export type { NationalShelterIdParts } from './shelter-id';
export { isLocalGovernmentCode, isNationalShelterId, parseNationalShelterId } from './shelter-id';
export type {
  FakeShelterServer,
  FakeShelterServerOptions,
  StoredPhoto,
  StoredReport,
} from './testing/fake-server';
export { createFakeShelterServer } from './testing/fake-server';
export type { UuidV7Options } from './uuid';
export { createUuidV7, isUuid, uuidv7 } from './uuid';
export type { ClosingReportData } from './validation/closing';
export type {
  CareNeedCategory,
  DamageKind,
  DamageSeverity,
  FacilityAvailability,
  LifelineKind,
  LifelineStatus,
  OccupancyStatus,
  OpeningStatus,
  PhotoContentType,
  SafetyCheckItem,
  SafetyCheckResult,
  SpaceCondition,
  StaffSupportKind,
  SupplyItem,
  SupplyLevel,
  SupplyUnit,
} from './validation/codes';
export {
  basicSupplyItems,
  careNeedCategories,
  damageKinds,
  damageSeverities,
  facilityAvailabilities,
  lifelineKinds,
  lifelineStatuses,
  occupancyStatuses,
  openingStatuses,
  photoContentTypes,
  safetyCheckItems,
  safetyCheckResults,
  spaceConditions,
  staffSupportKinds,
  supplyItems,
  supplyLevels,
  supplyUnits,
} from './validation/codes';
export type { DamageReportData, PhotoReference } from './validation/damage';
export { MAX_PHOTO_DIMENSION, MAX_PHOTOS } from './validation/damage';
export type { FieldSpec } from './validation/fields';
export { exampleReportData } from './validation/fixtures';
export type { FieldError, LocalizedMessage } from './validation/messages';
export { validationMessages } from './validation/messages';
export type { FacilitySafetyCheck, OpeningReportData } from './validation/opening';
export type {
  CreateReportOptions,
  Report,
  ReportDataByKind,
  ShelterReport,
  ValidationResult,
} from './validation/report';
export {
  confirmableFields,
  createReport,
  currentFormVersions,
  reportFieldSpecs,
  reportJsonSchema,
  validateReport,
  validateReportData,
} from './validation/report';
export type {
  DrinkingWater,
  InfectionControlShortage,
  LivingConditions,
  StatusReportData,
} from './validation/status';
export type {
  SupplyLine,
  SupplyRequestData,
  SupplyRequestStatus,
} from './validation/supply-request';
export {
  canAdvanceSupplyRequest,
  nextSupplyRequestStatus,
  supplyRequestStatuses,
} from './validation/supply-request';
