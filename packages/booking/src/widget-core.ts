// The zod-free part of ./core, re-exported from the widget entry so a browser bundle gets the
// API client, flow store and message keys without the schemas (servers import ./core instead).

export type { BookingApiErrorInit } from './core/api/error';
export { BookingApiError, isBookingApiError } from './core/api/error';
export type { FetchBookingApiOptions } from './core/api/fetch';
export { createFetchBookingApi } from './core/api/fetch';
export type { BookingApi, CreateBookingOptions, RequestOptions, StaffApi } from './core/api/types';
export type { BookingErrorCode } from './core/errors';
export { fieldLimits } from './core/field-rules';
export type { DetailsDraft, FlowField, FlowFieldError } from './core/flow/details';
export {
  accommodationTypes,
  emptyDetails,
  toFlowFieldErrors,
  validateDetails,
} from './core/flow/details';
export { bookingBodyOf } from './core/flow/steps';
export type { BookingFlow, BookingFlowOptions, DetailsPatch } from './core/flow/store';
export { createBookingFlow } from './core/flow/store';
export type {
  BookingFlowState,
  BookingStep,
  Loadable,
  SlotTakenNotice,
  SubmissionState,
  YearMonth,
} from './core/flow/types';
export { bookingSteps } from './core/flow/types';
export type { MessageParams } from './core/messages';
export {
  accommodationKey,
  bookingStatusKey,
  closedReasonKey,
  errorCodeKey,
  fieldErrorKey,
} from './core/messages';
export type { ConsultationMode } from './core/modes';
export { consultationModes, isConsultationMode } from './core/modes';
export { createIdempotencyKey, isValidReference, normalizeReference } from './core/reference';
export type * from './core/types';
