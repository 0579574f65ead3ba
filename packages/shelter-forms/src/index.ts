export type { ReportKindLabelProps } from './components/ReportKindLabel/ReportKindLabel';
export { ReportKindLabel } from './components/ReportKindLabel/ReportKindLabel';
export * from './core/index';
export { useShelterFormsTranslator } from './hooks/useShelterFormsTranslator';
export { shelterFormsCatalogs } from './intl';
