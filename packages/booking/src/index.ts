export type { AvailabilityEditorProps } from './components/AvailabilityEditor/AvailabilityEditor';
export { AvailabilityEditor } from './components/AvailabilityEditor/AvailabilityEditor';
export type { BookingWidgetProps } from './components/BookingWidget/BookingWidget';
export { BookingWidget } from './components/BookingWidget/BookingWidget';
export type { BookingErrorSource } from './components/BookingWidget/useWidgetEffects';
export type { ChangeableStep, CheckAnswersProps } from './components/CheckAnswers/CheckAnswers';
export { CheckAnswers } from './components/CheckAnswers/CheckAnswers';
export type { ConfirmationProps } from './components/Confirmation/Confirmation';
export { Confirmation } from './components/Confirmation/Confirmation';
export type { ConsultationModeLabelProps } from './components/ConsultationModeLabel/ConsultationModeLabel';
export { ConsultationModeLabel } from './components/ConsultationModeLabel/ConsultationModeLabel';
export type { LocationPickerProps } from './components/LocationPicker/LocationPicker';
export { LocationPicker } from './components/LocationPicker/LocationPicker';
export type { ManageBookingProps } from './components/ManageBooking/ManageBooking';
export { ManageBooking } from './components/ManageBooking/ManageBooking';
export type { HeadingLevel } from './components/parts/Heading';
export type { ResidentDetailsFormProps } from './components/ResidentDetailsForm/ResidentDetailsForm';
export { ResidentDetailsForm } from './components/ResidentDetailsForm/ResidentDetailsForm';
export type { ServicePickerProps } from './components/ServicePicker/ServicePicker';
export { ServicePicker } from './components/ServicePicker/ServicePicker';
export type { SlotPickerProps, SlotPickerView } from './components/SlotPicker/SlotPicker';
export { SlotPicker } from './components/SlotPicker/SlotPicker';
export type {
  StaffScheduleProps,
  StaffScheduleView,
} from './components/StaffSchedule/StaffSchedule';
export { StaffSchedule } from './components/StaffSchedule/StaffSchedule';
export type { UseBookingFlowResult } from './hooks/useBookingFlow';
export { useBookingFlow, useBookingFlowState } from './hooks/useBookingFlow';
export { useBookingTranslator } from './hooks/useBookingTranslator';
export type {
  CalendarDayProps,
  CalendarGridAria,
  UseCalendarGridOptions,
} from './hooks/useCalendarGrid';
export { useCalendarGrid } from './hooks/useCalendarGrid';
export type {
  ManageActionState,
  ManageBookingState,
  UseManageBookingOptions,
} from './hooks/useManageBooking';
export { useManageBooking } from './hooks/useManageBooking';
export { bookingCatalogs } from './intl';
export * from './widget-core';
