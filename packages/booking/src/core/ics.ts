// iCalendar (RFC 5545) files for bookings: one VEVENT in Asia/Tokyo with its VTIMEZONE, so a
// calendar app shows the booked wall-clock time whatever zone the resident's device is in.
import { formatTokyoIso, type Locale, parseIsoInstant } from '@machi-dx/ui/core';
import { messageIn } from './messages';
import type { Booking, Location, Service } from './types';

/** One calendar event. Times are instants; they are written as Tokyo wall-clock times. */
export interface CalendarEvent {
  /** Globally unique and stable across reschedules: `reference@domain`. */
  readonly uid: string;
  readonly start: Date | string;
  readonly end: Date | string;
  /** When this version of the event was created (DTSTAMP). */
  readonly stamp: Date;
  readonly summary: string;
  readonly description?: string;
  readonly location?: string;
  readonly url?: string;
  /** Raise on every reschedule so calendar apps replace the old copy; default 0. */
  readonly sequence?: number;
  readonly status?: 'CONFIRMED' | 'CANCELLED';
}

const productId = '-//machi-dx//booking//JA';

// Japan has observed no daylight saving time since 1951: one STANDARD rule is the whole zone.
const tokyoTimeZone = [
  'BEGIN:VTIMEZONE',
  'TZID:Asia/Tokyo',
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0900',
  'TZOFFSETTO:+0900',
  'TZNAME:JST',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** Escapes a TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and newlines. */
export function escapeIcsText(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n?|\n/g, '\\n');
}

const encoder = new TextEncoder();

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with one space.
 * Splits only between code points, so a multi-byte Japanese character is never cut in half.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74; // continuation lines spend one octet on the space
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function instant(value: Date | string): Date {
  const date = typeof value === 'string' ? parseIsoInstant(value) : value;
  if (!date || Number.isNaN(date.getTime())) throw new RangeError(`Invalid time ${String(value)}`);
  return date;
}

/** `20261201T100000` in Tokyo time. */
function tokyoLocal(value: Date | string): string {
  return formatTokyoIso(instant(value)).slice(0, 19).replace(/[-:]/g, '');
}

/** `20261120T010203Z` in UTC. */
function utcStamp(value: Date): string {
  return instant(value)
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

function noLineBreaks(name: string, value: string): string {
  if (/[\r\n]/.test(value)) throw new RangeError(`${name} must not contain line breaks`);
  return value;
}

/** An iCalendar file (CRLF line endings, folded, escaped) with one event in Asia/Tokyo. */
export function createIcs(event: CalendarEvent): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${productId}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...tokyoTimeZone,
    'BEGIN:VEVENT',
    `UID:${noLineBreaks('uid', event.uid)}`,
    `DTSTAMP:${utcStamp(event.stamp)}`,
    `DTSTART;TZID=Asia/Tokyo:${tokyoLocal(event.start)}`,
    `DTEND;TZID=Asia/Tokyo:${tokyoLocal(event.end)}`,
    `SEQUENCE:${event.sequence ?? 0}`,
    `STATUS:${event.status ?? 'CONFIRMED'}`,
    `SUMMARY:${escapeIcsText(event.summary)}`,
  ];
  if (event.location !== undefined) lines.push(`LOCATION:${escapeIcsText(event.location)}`);
  if (event.description !== undefined)
    lines.push(`DESCRIPTION:${escapeIcsText(event.description)}`);
  if (event.url !== undefined) lines.push(`URL:${noLineBreaks('url', event.url)}`);
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return `${lines.map(foldIcsLine).join('\r\n')}\r\n`;
}

/** What {@link bookingToIcs} needs besides the booking. */
export interface BookingCalendarContext {
  readonly service: Pick<Service, 'name' | 'documents'>;
  readonly location: Pick<Location, 'kind' | 'name' | 'address'>;
  /** Language of the texts; default `ja`. */
  readonly locale?: Locale;
  /** Domain for the UID (`UWJ-7K4P-M2@city.example.jp`). */
  readonly uidDomain: string;
  /** The manage page, for the description. Never put the manage token in it: files get forwarded. */
  readonly manageUrl?: string;
  /** DTSTAMP. */
  readonly now: Date;
  /** Number of reschedules so far, as SEQUENCE. */
  readonly sequence?: number;
}

/**
 * The .ics for a booking: title from the service, LOCATION the branch and its address or
 * "ビデオ相談", DESCRIPTION the reference, how to join, documents to bring and the manage page.
 */
export function bookingToIcs(booking: Booking, context: BookingCalendarContext): string {
  const locale = context.locale ?? 'ja';
  const text = (value: { ja: string; en: string; 'ja-easy': string }) => value[locale];
  const { location } = context;
  const placeName = text(location.name);
  const address = location.address
    ? [
        location.address.postalCode ? `〒${location.address.postalCode}` : '',
        (locale === 'en' ? location.address.en : undefined) ?? location.address.ja ?? '',
      ]
        .filter(Boolean)
        .join(' ')
    : '';
  const where =
    location.kind === 'home'
      ? messageIn(locale, 'booking.ics.video')
      : [placeName, address].filter(Boolean).join(' ');
  const description = [
    messageIn(locale, 'booking.ics.reference', { reference: booking.reference }),
    location.kind === 'home'
      ? messageIn(locale, 'booking.ics.joinVideo')
      : messageIn(locale, 'booking.ics.joinBranch', { location: placeName }),
  ];
  if (context.service.documents.length > 0) {
    const separator = locale === 'en' ? ', ' : '、';
    const documents = context.service.documents.map(text).join(separator);
    description.push(messageIn(locale, 'booking.ics.documents', { documents }));
  }
  if (context.manageUrl) {
    description.push(messageIn(locale, 'booking.ics.manage', { url: context.manageUrl }));
  }
  return createIcs({
    uid: `${booking.reference}@${context.uidDomain}`,
    start: booking.start,
    end: booking.end,
    stamp: context.now,
    summary: messageIn(locale, 'booking.ics.title', { service: text(context.service.name) }),
    location: where,
    description: description.join('\n'),
    ...(context.manageUrl ? { url: context.manageUrl } : {}),
    sequence: context.sequence ?? 0,
    status: booking.status === 'cancelled' ? 'CANCELLED' : 'CONFIRMED',
  });
}
