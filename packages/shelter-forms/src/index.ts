export type { ReportKindLabelProps } from './components/ReportKindLabel/ReportKindLabel';
export { ReportKindLabel } from './components/ReportKindLabel/ReportKindLabel';
export * from './core/index';
export type { ReportOutboxState } from './hooks/useOutbox';
export { useOutbox, useReportOutboxState } from './hooks/useOutbox';
export type { OutboxDraft, UseOutboxDraftOptions } from './hooks/useOutboxDraft';
export { useOutboxDraft } from './hooks/useOutboxDraft';
export { useShelterFormsTranslator } from './hooks/useShelterFormsTranslator';
export { shelterFormsCatalogs } from './intl';
