import { type Locale, languageTag } from '@machi-dx/ui';
import { parseIsoInstant } from '@machi-dx/ui/core';

const formatters = /* @__PURE__ */ new Map<string, Intl.DateTimeFormat>();

function formatter(locale: Locale, withDate: boolean): Intl.DateTimeFormat {
  const key = `${locale}:${withDate}`;
  let found = formatters.get(key);
  if (!found) {
    // Reports are read in Tokyo time wherever the device or the HQ screen is set.
    found = new Intl.DateTimeFormat(languageTag(locale) === 'en' ? 'en-GB' : 'ja-JP', {
      timeZone: 'Asia/Tokyo',
      ...(withDate
        ? {
            month: languageTag(locale) === 'en' ? 'short' : 'long',
            day: 'numeric',
            weekday: 'short',
          }
        : {}),
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    formatters.set(key, found);
  }
  return found;
}

/**
 * A time in Tokyo for people: `12月1日(火) 10:42` / `Tue 1 Dec, 10:42`, or `10:42` alone
 * (`timeOnly`). Text that is not an ISO instant is returned as it is.
 */
export function formatDateTime(
  value: string | number | Date,
  locale: Locale,
  timeOnly = false,
): string {
  const instant = typeof value === 'string' ? parseIsoInstant(value) : new Date(value);
  if (!instant || Number.isNaN(instant.getTime())) return String(value);
  return formatter(locale, !timeOnly).format(instant);
}

/** A count with the locale's digit grouping (1,200). */
export function formatCount(value: number, locale: Locale): string {
  return value.toLocaleString(languageTag(locale) === 'en' ? 'en-GB' : 'ja-JP');
}
