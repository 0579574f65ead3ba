// Every message the core exposes is a catalog key (src/intl), so a city can reword it through the
// ui I18nProvider and ja-easy gets its own wording. The wire's bilingual `{ ja, en }` messages are
// rendered from the same catalogs, so server and widget never disagree on wording.
import type { Locale } from '@machi-dx/ui/core';
import { bookingCatalogs } from '../intl';
import { type MessageParams, messagesOf } from './messages-of';
import type {
  AccommodationType,
  BookingStatus,
  ClosedDayReason,
  FieldError,
  LocalizedMessage,
} from './types';

export type { MessageParams } from './messages-of';

const all = /* @__PURE__ */ messagesOf(bookingCatalogs);

/** Whether this package's catalogs define `key`. */
export function hasMessage(key: string): boolean {
  return all.hasMessage(key);
}

/** The Japanese and English text of a catalog key, with placeholders filled. */
export function localizedMessage(key: string, params?: MessageParams): LocalizedMessage {
  return all.localizedMessage(key, params);
}

/** A catalog message in one locale (the package's wording, without a city's overrides). */
export function messageIn(locale: Locale, key: string, params?: MessageParams): string {
  return all.messageIn(locale, key, params);
}

/**
 * The catalog key for a field error: `booking.field.<path>.<code>` when the field has its own
 * wording, else `booking.field.<code>`, else `booking.field.invalid`.
 */
export function fieldErrorKey(error: Pick<FieldError, 'path' | 'code'>): string {
  return all.fieldErrorKey(error);
}

/** Builds a {@link FieldError} with the friendly bilingual message for its field and code. */
export function fieldError(path: string, code: string, params?: MessageParams): FieldError {
  return all.fieldError(path, code, params);
}

/** The catalog key for an API error code (`booking.error.slot_unavailable`), or the generic one. */
export function errorCodeKey(code: string): string {
  return all.errorCodeKey(code);
}

/** The catalog key naming why a day is closed (`booking.closed.holiday`). */
export function closedReasonKey(reason: ClosedDayReason): string {
  return `booking.closed.${reason}`;
}

/** The catalog key naming an accommodation (`booking.accommodation.sign_language`). */
export function accommodationKey(type: AccommodationType): string {
  return `booking.accommodation.${type}`;
}

/** The catalog key naming a booking status (`booking.status.confirmed`). */
export function bookingStatusKey(status: BookingStatus): string {
  return `booking.status.${status}`;
}
