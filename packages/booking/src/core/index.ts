// The framework-free entry: no React, no DOM. Servers and other back ends import only this.
// It includes the zod schemas; the widget entry (".") re-exports only the zod-free parts.

export type { BookingApiErrorInit } from './api/error';
export { BookingApiError, isBookingApiError } from './api/error';
export type { FetchBookingApiOptions } from './api/fetch';
export { createFetchBookingApi } from './api/fetch';
export { createMemoryBookingApi } from './api/memory';
export type {
  MemoryBookingApi,
  MemoryBookingApiOptions,
  MemoryBookingSeed,
  MemoryOperation,
  MemorySeedBooking,
  MemoryService,
  MemoryStaffMember,
} from './api/memory-types';
export { sampleBookingSeed } from './api/sample';
export type { BookingApi, CreateBookingOptions, RequestOptions, StaffApi } from './api/types';
export type { BookingErrorCode } from './errors';
export { bookingErrorBody, bookingErrorStatuses, slotUnavailableBody } from './errors';
export { fieldLimits } from './field-rules';
export type { DetailsDraft, FlowField, FlowFieldError } from './flow/details';
export {
  accommodationTypes,
  emptyDetails,
  toFlowFieldErrors,
  validateDetails,
} from './flow/details';
export { bookingBodyOf } from './flow/steps';
export type { BookingFlow, BookingFlowOptions, DetailsPatch } from './flow/store';
export { createBookingFlow } from './flow/store';
export type {
  BookingFlowState,
  BookingStep,
  Loadable,
  SlotTakenNotice,
  SubmissionState,
  YearMonth,
} from './flow/types';
export { bookingSteps } from './flow/types';
export type { BookingCalendarContext, CalendarEvent } from './ics';
export { bookingToIcs, createIcs } from './ics';
export type { MessageParams } from './messages';
export {
  accommodationKey,
  bookingStatusKey,
  closedReasonKey,
  errorCodeKey,
  fieldError,
  fieldErrorKey,
  localizedMessage,
} from './messages';
export type { ConsultationMode } from './modes';
export { consultationModes, isConsultationMode } from './modes';
export {
  constantTimeEqual,
  createIdempotencyKey,
  generateManageToken,
  generateReference,
  hashManageToken,
  isValidReference,
  normalizeReference,
  referenceAlphabet,
} from './reference';
export * from './schemas/index';
export {
  availabilityResponse,
  computeAvailability,
  isServiceOfferedAt,
} from './slots/availability';
export type { ChangeCheck, CutoffOptions } from './slots/cutoff';
export { cancellationCutoff, checkChangeAllowed } from './slots/cutoff';
export { defaultWeeklyHours } from './slots/hours';
export type { SlotCheck, SlotRefusal } from './slots/resources';
export { assignResources, checkSlot, findAlternatives, isOnSlotBoundary } from './slots/resources';
export type {
  BookedTime,
  ResourceAssignment,
  SlotLocation,
  SlotRulesInput,
  SlotService,
  SpecialistHours,
} from './slots/types';
export type * from './types';
