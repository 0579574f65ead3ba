export type { DamageReportFormProps } from './components/DamageReportForm/DamageReportForm';
export { DamageReportForm } from './components/DamageReportForm/DamageReportForm';
export type {
  BoardFilter,
  BoardRow,
  BoardSort,
  BoardSortKey,
} from './components/hq/board';
export {
  boardRow,
  boardSortKeys,
  DEFAULT_STALE_AFTER_MINUTES,
  filterRows,
  isOpen,
  minutesSince,
  sortRows,
  summarizeShelters,
} from './components/hq/board';
export type {
  HqOverview,
  HqReport,
  HqShelter,
  HqShelterStatus,
  HqSupplyRequest,
} from './components/hq/types';
export type { OutboxStatusProps } from './components/OutboxStatus/OutboxStatus';
export { OutboxStatus } from './components/OutboxStatus/OutboxStatus';
export type { ExportHandler } from './components/OutboxStatus/OutboxTransfer';
export type { ReportFormProps } from './components/ReportForm/ReportForm';
export type { ReportKindLabelProps } from './components/ReportKindLabel/ReportKindLabel';
export { ReportKindLabel } from './components/ReportKindLabel/ReportKindLabel';
export type { ShelterBoardProps } from './components/ShelterBoard/ShelterBoard';
export { ShelterBoard } from './components/ShelterBoard/ShelterBoard';
export type { ShelterClosingFormProps } from './components/ShelterClosingForm/ShelterClosingForm';
export { ShelterClosingForm } from './components/ShelterClosingForm/ShelterClosingForm';
export type { ShelterDetailProps } from './components/ShelterDetail/ShelterDetail';
export { ShelterDetail } from './components/ShelterDetail/ShelterDetail';
export type { ShelterMapProps } from './components/ShelterMap/ShelterMap';
export { ShelterMap } from './components/ShelterMap/ShelterMap';
export type { ShelterOpeningFormProps } from './components/ShelterOpeningForm/ShelterOpeningForm';
export { ShelterOpeningForm } from './components/ShelterOpeningForm/ShelterOpeningForm';
export type { ShelterStatusFormProps } from './components/ShelterStatusForm/ShelterStatusForm';
export {
  continueStatusReport,
  ShelterStatusForm,
} from './components/ShelterStatusForm/ShelterStatusForm';
export type { StorageStatusProps } from './components/StorageStatus/StorageStatus';
export { StorageStatus } from './components/StorageStatus/StorageStatus';
export type { SupplyRequestFormProps } from './components/SupplyRequestForm/SupplyRequestForm';
export { SupplyRequestForm } from './components/SupplyRequestForm/SupplyRequestForm';
export type {
  SupplyQueueView,
  SupplyRequestQueueProps,
} from './components/SupplyRequestQueue/SupplyRequestQueue';
export { SupplyRequestQueue } from './components/SupplyRequestQueue/SupplyRequestQueue';
export type { TotalsPanelProps } from './components/TotalsPanel/TotalsPanel';
export { TotalsPanel } from './components/TotalsPanel/TotalsPanel';
export * from './core/index';
export type {
  GeolocationFix,
  GeolocationLike,
  GeolocationState,
  GeolocationStatus,
} from './hooks/useGeolocation';
export { useGeolocation } from './hooks/useGeolocation';
export type { UseHqBoardDataOptions } from './hooks/useHqStore';
export { useHqBoardData, useHqStore } from './hooks/useHqStore';
export { useMediaQuery } from './hooks/useMediaQuery';
export { useNow } from './hooks/useNow';
export type { ReportOutboxState } from './hooks/useOutbox';
export { useOutbox, useReportOutboxState } from './hooks/useOutbox';
export type { OutboxDraft, UseOutboxDraftOptions } from './hooks/useOutboxDraft';
export { useOutboxDraft } from './hooks/useOutboxDraft';
export type { ReportFields, UseReportFieldsOptions } from './hooks/useReportFields';
export { useReportFields } from './hooks/useReportFields';
export type { ReportFormPhase, ReportFormState, UseReportFormOptions } from './hooks/useReportForm';
export { useReportForm } from './hooks/useReportForm';
export type { ShelterBoardState, UseShelterBoardOptions } from './hooks/useShelterBoard';
export { useShelterBoard } from './hooks/useShelterBoard';
export {
  useHqTranslator,
  useOutboxTranslator,
  useShelterFormsTranslator,
} from './hooks/useShelterFormsTranslator';
export { shelterFormsCatalogs } from './intl';
