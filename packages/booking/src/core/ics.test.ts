// @vitest-environment node

import { hostTimeZoneNames, inHostTimeZone } from '../../../../tooling/hostTimeZones';
import { bookingToIcs, createIcs, escapeIcsText, foldIcsLine } from './ics';
import type { Booking, Location, Service } from './types';

/** A small RFC 5545 reader: unfolds, splits name;params:value, unescapes TEXT. */
function parseIcs(ics: string) {
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const physical = ics.slice(0, -2).split('\r\n');
  for (const line of physical)
    expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
  const logical = ics
    .slice(0, -2)
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n');
  const components: string[] = [];
  const properties = new Map<string, { params: string[]; value: string }>();
  for (const line of logical) {
    const match = /^([A-Z-]+)((?:;[^:;]+)*):(.*)$/.exec(line);
    if (!match) throw new Error(`Malformed line: ${line}`);
    const [, name, params, raw] = match as unknown as [string, string, string, string];
    if (name === 'BEGIN') components.push(raw);
    const key = `${components.at(-1)}.${name}`;
    const value = raw.replace(/\\([\\;,nN])/g, (_, char: string) =>
      char.toLowerCase() === 'n' ? '\n' : char,
    );
    if (!properties.has(key))
      properties.set(key, { params: params.split(';').filter(Boolean), value });
  }
  return { components, get: (key: string) => properties.get(key) };
}

const text = (ja: string, en = ja) => ({ ja, en, 'ja-easy': ja });

const booking: Booking = {
  reference: 'UWJ-7K4P-M2',
  status: 'confirmed',
  serviceId: 'family-register',
  locationId: 'branch-yoshida',
  start: '2026-12-01T10:00:00+09:00',
  end: '2026-12-01T10:30:00+09:00',
  resident: { name: '宇和島 太郎', nameKana: 'ウワジマ タロウ', phone: '0895-24-1111' },
  accommodations: [],
  cancellableUntil: '2026-11-30T17:15:00+09:00',
  createdAt: '2026-11-20T09:00:00+09:00',
};
const service: Pick<Service, 'name' | 'documents'> = {
  name: text('出生届など戸籍の届出', 'Family register notifications'),
  documents: [text('本人確認書類', 'Photo ID'), text('出生証明書', 'Birth certificate')],
};
const branch: Pick<Location, 'kind' | 'name' | 'address'> = {
  kind: 'branch',
  name: text('吉田支所', 'Yoshida Branch Office'),
  address: {
    postalCode: '799-3792',
    ja: '愛媛県宇和島市吉田町東小路甲633-1',
    en: '633-1 Higashikoji-ko, Yoshida-cho',
  },
};

describe('createIcs', () => {
  it('escapes TEXT and folds long lines at 75 octets without splitting characters', () => {
    expect(escapeIcsText('a,b;c\\d\r\ne\nf')).toBe('a\\,b\\;c\\\\d\\ne\\nf');
    const long = `DESCRIPTION:${'相談'.repeat(60)}`;
    const folded = foldIcsLine(long);
    for (const line of folded.split('\r\n')) {
      expect(new TextEncoder().encode(line).length).toBeLessThanOrEqual(75);
    }
    expect(folded.replace(/\r\n /g, '')).toBe(long);
    expect(foldIcsLine('X'.repeat(75))).toBe('X'.repeat(75));
  });

  it('writes a VEVENT in Asia/Tokyo with a VTIMEZONE, whatever the host zone', () => {
    for (const zone of hostTimeZoneNames) {
      const ics = inHostTimeZone(zone, () =>
        createIcs({
          uid: 'UWJ-7K4P-M2@city.example.jp',
          start: new Date('2026-12-01T01:00:00Z'),
          end: '2026-12-01T10:30:00+09:00',
          stamp: new Date('2026-11-20T01:02:03.456Z'),
          summary: 'Consultation; with, commas',
          location: 'ビデオ相談',
        }),
      );
      const parsed = parseIcs(ics);
      expect(parsed.components).toEqual(['VCALENDAR', 'VTIMEZONE', 'STANDARD', 'VEVENT']);
      expect(parsed.get('VCALENDAR.VERSION')?.value).toBe('2.0');
      expect(parsed.get('VTIMEZONE.TZID')?.value).toBe('Asia/Tokyo');
      expect(parsed.get('STANDARD.TZOFFSETTO')?.value).toBe('+0900');
      expect(parsed.get('VEVENT.DTSTART')).toEqual({
        params: ['TZID=Asia/Tokyo'],
        value: '20261201T100000',
      });
      expect(parsed.get('VEVENT.DTEND')?.value).toBe('20261201T103000');
      expect(parsed.get('VEVENT.DTSTAMP')?.value).toBe('20261120T010203Z');
      expect(parsed.get('VEVENT.UID')?.value).toBe('UWJ-7K4P-M2@city.example.jp');
      expect(parsed.get('VEVENT.SUMMARY')?.value).toBe('Consultation; with, commas');
      expect(parsed.get('VEVENT.STATUS')?.value).toBe('CONFIRMED');
    }
  });

  it('refuses line breaks where they would inject properties', () => {
    const event = {
      uid: 'x',
      start: booking.start,
      end: booking.end,
      stamp: new Date(),
      summary: 's',
    };
    expect(() => createIcs({ ...event, uid: 'x\r\nATTACH:evil' })).toThrow(RangeError);
    expect(() => createIcs({ ...event, url: 'https://a\nb' })).toThrow(RangeError);
    const ics = createIcs({ ...event, summary: 'a\r\nATTACH:evil' });
    expect(parseIcs(ics).get('VEVENT.ATTACH')).toBeUndefined();
    expect(parseIcs(ics).get('VEVENT.SUMMARY')?.value).toBe('a\nATTACH:evil');
  });
});

describe('bookingToIcs', () => {
  const now = new Date('2026-11-20T00:00:00Z');

  it('names the branch, its address, what to bring and where to manage the booking', () => {
    const parsed = parseIcs(
      bookingToIcs(booking, {
        service,
        location: branch,
        uidDomain: 'city.example.jp',
        manageUrl: 'https://city.example.jp/consultation/manage/UWJ-7K4P-M2',
        now,
        sequence: 2,
      }),
    );
    expect(parsed.get('VEVENT.SUMMARY')?.value).toBe('出生届など戸籍の届出の相談');
    expect(parsed.get('VEVENT.LOCATION')?.value).toBe(
      '吉田支所 〒799-3792 愛媛県宇和島市吉田町東小路甲633-1',
    );
    expect(parsed.get('VEVENT.SEQUENCE')?.value).toBe('2');
    expect(parsed.get('VEVENT.URL')?.value).toBe(
      'https://city.example.jp/consultation/manage/UWJ-7K4P-M2',
    );
    expect(parsed.get('VEVENT.DESCRIPTION')?.value.split('\n')).toEqual([
      '予約番号：UWJ-7K4P-M2',
      '予約の時刻に吉田支所の相談ブースへお越しください。職員がご案内します。',
      'お持ちいただくもの：本人確認書類、出生証明書',
      '予約の確認・変更・取り消し：https://city.example.jp/consultation/manage/UWJ-7K4P-M2',
    ]);
  });

  it('says video consultation and how to join for a session from home, in English too', () => {
    const ics = bookingToIcs(
      { ...booking, status: 'cancelled' },
      {
        service: { ...service, documents: [] },
        location: { kind: 'home', name: text('自宅', 'Home') },
        uidDomain: 'city.example.jp',
        locale: 'en',
        now,
      },
    );
    const parsed = parseIcs(ics);
    expect(parsed.get('VEVENT.LOCATION')?.value).toBe('Video consultation');
    expect(parsed.get('VEVENT.SUMMARY')?.value).toBe('Consultation: Family register notifications');
    expect(parsed.get('VEVENT.DESCRIPTION')?.value).toContain('Join the video consultation');
    expect(parsed.get('VEVENT.STATUS')?.value).toBe('CANCELLED');
    expect(parsed.get('VEVENT.URL')).toBeUndefined();
  });
});
