// Every message the core exposes is a catalog key (src/intl), so a city can reword it through the
// ui I18nProvider and ja-easy gets its own wording. The wire's bilingual `{ ja, en }` messages are
// rendered from the same catalogs, so server and widget never disagree on wording.
import { interpolate, type Locale } from '@machi-dx/ui/core';
import en from '../intl/en.json';
import ja from '../intl/ja.json';
import jaEasy from '../intl/ja-easy.json';
import type {
  AccommodationType,
  BookingStatus,
  ClosedDayReason,
  FieldError,
  LocalizedMessage,
} from './types';

const japanese: Readonly<Record<string, string>> = ja;
const english: Readonly<Record<string, string>> = en;
const easy: Readonly<Record<string, string>> = jaEasy;

/** Values for a message's `{placeholders}`. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** Whether this package's catalogs define `key`. */
export function hasMessage(key: string): boolean {
  return Object.hasOwn(japanese, key);
}

/** The Japanese and English text of a catalog key, with placeholders filled. */
export function localizedMessage(key: string, params?: MessageParams): LocalizedMessage {
  return {
    ja: interpolate(japanese[key] ?? key, params),
    en: interpolate(english[key] ?? japanese[key] ?? key, params),
  };
}

/** A catalog message in one locale (the package's wording, without a city's overrides). */
export function messageIn(locale: Locale, key: string, params?: MessageParams): string {
  const catalog = locale === 'en' ? english : locale === 'ja-easy' ? easy : japanese;
  return interpolate(catalog[key] ?? japanese[key] ?? key, params);
}

/** A field path without list indexes: `accommodations.1.language` → `accommodations.language`. */
function fieldOfPath(path: string): string {
  return path
    .split('.')
    .filter((part) => part !== '' && !/^\d+$/.test(part))
    .join('.');
}

/**
 * The catalog key for a field error: `booking.field.<path>.<code>` when the field has its own
 * wording, else `booking.field.<code>`, else `booking.field.invalid`.
 */
export function fieldErrorKey(error: Pick<FieldError, 'path' | 'code'>): string {
  const field = fieldOfPath(error.path);
  const specific = `booking.field.${field}.${error.code}`;
  if (field !== '' && hasMessage(specific)) return specific;
  const generic = `booking.field.${error.code}`;
  return hasMessage(generic) ? generic : 'booking.field.invalid';
}

/** Builds a {@link FieldError} with the friendly bilingual message for its field and code. */
export function fieldError(path: string, code: string, params?: MessageParams): FieldError {
  const message = localizedMessage(fieldErrorKey({ path, code }), params);
  return params ? { path, code, message, params: { ...params } } : { path, code, message };
}

/** The catalog key for an API error code (`booking.error.slot_unavailable`), or the generic one. */
export function errorCodeKey(code: string): string {
  const key = `booking.error.${code}`;
  return hasMessage(key) ? key : 'booking.error.unknown';
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
