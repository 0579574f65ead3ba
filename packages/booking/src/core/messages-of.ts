// The catalog-reading message functions, made over one set of catalogs: the widget's flow code
// reads the flow catalogs alone (./flow-messages), the server and the public API every catalog
// (./messages), so the booking widget's bundle carries no staff or manage wording.
import { type Catalogs, interpolate, type Locale } from '@machi-dx/ui/core';
import type { FieldError, LocalizedMessage } from './types';

/** Values for a message's `{placeholders}`. */
export type MessageParams = Readonly<Record<string, string | number>>;

/** The message functions over one set of catalogs. */
export interface CatalogMessages {
  hasMessage(key: string): boolean;
  localizedMessage(key: string, params?: MessageParams): LocalizedMessage;
  messageIn(locale: Locale, key: string, params?: MessageParams): string;
  fieldErrorKey(error: Pick<FieldError, 'path' | 'code'>): string;
  fieldError(path: string, code: string, params?: MessageParams): FieldError;
  errorCodeKey(code: string): string;
}

/** A field path without list indexes: `accommodations.1.language` → `accommodations.language`. */
function fieldOfPath(path: string): string {
  return path
    .split('.')
    .filter((part) => part !== '' && !/^\d+$/.test(part))
    .join('.');
}

/** The message functions reading `catalogs` (Japanese is complete and the fallback). */
export function messagesOf(catalogs: Catalogs): CatalogMessages {
  const japanese = catalogs.ja;
  const hasMessage = (key: string) => Object.hasOwn(japanese, key);
  const messageIn = (locale: Locale, key: string, params?: MessageParams) =>
    interpolate(catalogs[locale]?.[key] ?? japanese[key] ?? key, params);
  const localizedMessage = (key: string, params?: MessageParams): LocalizedMessage => ({
    ja: messageIn('ja', key, params),
    en: messageIn('en', key, params),
  });
  const fieldErrorKey = (error: Pick<FieldError, 'path' | 'code'>) => {
    const field = fieldOfPath(error.path);
    const specific = `booking.field.${field}.${error.code}`;
    if (field !== '' && hasMessage(specific)) return specific;
    const generic = `booking.field.${error.code}`;
    return hasMessage(generic) ? generic : 'booking.field.invalid';
  };
  return {
    hasMessage,
    localizedMessage,
    messageIn,
    fieldErrorKey,
    fieldError(path, code, params) {
      const message = localizedMessage(fieldErrorKey({ path, code }), params);
      return params ? { path, code, message, params: { ...params } } : { path, code, message };
    },
    errorCodeKey(code) {
      const key = `booking.error.${code}`;
      return hasMessage(key) ? key : 'booking.error.unknown';
    },
  };
}
