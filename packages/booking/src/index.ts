export type { ConsultationModeLabelProps } from './components/ConsultationModeLabel/ConsultationModeLabel';
export { ConsultationModeLabel } from './components/ConsultationModeLabel/ConsultationModeLabel';
export { useBookingTranslator } from './hooks/useBookingTranslator';
export { bookingCatalogs } from './intl';
export * from './widget-core';
