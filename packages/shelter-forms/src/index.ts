export type { DamageReportFormProps } from './components/DamageReportForm/DamageReportForm';
export { DamageReportForm } from './components/DamageReportForm/DamageReportForm';
export type { OutboxStatusProps } from './components/OutboxStatus/OutboxStatus';
export { OutboxStatus } from './components/OutboxStatus/OutboxStatus';
export type { ExportHandler } from './components/OutboxStatus/OutboxTransfer';
export type { ReportFormProps } from './components/ReportForm/ReportForm';
export type { ReportKindLabelProps } from './components/ReportKindLabel/ReportKindLabel';
export { ReportKindLabel } from './components/ReportKindLabel/ReportKindLabel';
export type { ShelterClosingFormProps } from './components/ShelterClosingForm/ShelterClosingForm';
export { ShelterClosingForm } from './components/ShelterClosingForm/ShelterClosingForm';
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
export * from './core/index';
export type {
  GeolocationFix,
  GeolocationLike,
  GeolocationState,
  GeolocationStatus,
} from './hooks/useGeolocation';
export { useGeolocation } from './hooks/useGeolocation';
export type { ReportOutboxState } from './hooks/useOutbox';
export { useOutbox, useReportOutboxState } from './hooks/useOutbox';
export type { OutboxDraft, UseOutboxDraftOptions } from './hooks/useOutboxDraft';
export { useOutboxDraft } from './hooks/useOutboxDraft';
export type { ReportFields, UseReportFieldsOptions } from './hooks/useReportFields';
export { useReportFields } from './hooks/useReportFields';
export type { ReportFormPhase, ReportFormState, UseReportFormOptions } from './hooks/useReportForm';
export { useReportForm } from './hooks/useReportForm';
export {
  useHqTranslator,
  useOutboxTranslator,
  useShelterFormsTranslator,
} from './hooks/useShelterFormsTranslator';
export { shelterFormsCatalogs } from './intl';
