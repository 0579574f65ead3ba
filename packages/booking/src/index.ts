export type { ConsultationModeLabelProps } from './components/ConsultationModeLabel/ConsultationModeLabel';
export { ConsultationModeLabel } from './components/ConsultationModeLabel/ConsultationModeLabel';
export * from './core/index';
export { useBookingTranslator } from './hooks/useBookingTranslator';
export { bookingCatalogs } from './intl';
