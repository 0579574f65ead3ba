// Sample data for Storybook, tests and demos, matching the server's sample city: a main office
// with specialists for the three services and four (fictional) branch offices with one booth each.
import type { LocalizedText, Location } from '../types';
import type { MemoryBookingSeed, MemoryService, MemoryStaffMember } from './memory-types';

const text = (ja: string, en: string, easy: string): LocalizedText => ({ ja, en, 'ja-easy': easy });

const photoId = text(
  '本人確認書類（マイナンバーカード、運転免許証など）',
  'Photo ID (My Number Card, driving licence …)',
  'じぶんの ことが わかる カード(マイナンバーカードなど)',
);

/** The three sample services: 移住・定住支援, 出生届など戸籍の届出, 生活保護の相談. */
export const sampleServices: readonly MemoryService[] = [
  {
    id: 'migration',
    name: text(
      '移住・定住支援',
      'Moving to and settling in Uwajima',
      'うわじまに ひっこして くらす ための 相談',
    ),
    description: text(
      '住まい、仕事、子育てなど、移住と定住についての相談です。',
      'Housing, work, childcare and more for people moving to the city.',
      'すむ ところ、しごと、子(こ)そだてなどの 相談(そうだん)です。',
    ),
    durationMinutes: 30,
    modes: ['branch', 'home'],
    documents: [],
    specialistIds: ['specialist-migration'],
  },
  {
    id: 'family-register',
    name: text(
      '出生届など戸籍の届出',
      'Birth registration and other family register notifications',
      'こせきの とどけ(生まれた ときの とどけなど)',
    ),
    description: text(
      '出生届、婚姻届などの書き方や必要なものを確認します。',
      'We check how to fill in birth, marriage and other notifications and what to bring.',
      'とどけの 書(か)きかたや もって くる ものを いっしょに たしかめます。',
    ),
    durationMinutes: 30,
    modes: ['branch'],
    documents: [
      photoId,
      text(
        '出生証明書（出生届の場合）',
        'Birth certificate (for a birth registration)',
        '生まれた ことの 証明書(しょうめいしょ)',
      ),
    ],
    specialistIds: ['specialist-register'],
  },
  {
    id: 'welfare',
    name: text(
      '生活保護の相談',
      'Public assistance (welfare) consultation',
      'せいかつに こまって いる ときの 相談',
    ),
    description: text(
      '生活にお困りの方の相談です。相談内容は担当職員だけが確認します。',
      'For people struggling to make ends meet. Only the specialist sees what you tell us.',
      'せいかつに こまって いる 人(ひと)の 相談(そうだん)です。',
    ),
    durationMinutes: 60,
    modes: ['branch', 'home'],
    documents: [photoId],
    specialistIds: ['specialist-welfare', 'specialist-welfare-2'],
    minNoticeBusinessDays: 1,
  },
];

const branch = (
  id: string,
  ja: string,
  en: string,
  easy: string,
  postalCode: string,
  address: string,
  addressEn: string,
): Location => ({
  id,
  kind: 'branch',
  name: text(ja, en, easy),
  address: { postalCode, ja: address, en: addressEn },
  booths: [
    { id: `${id}-booth-1`, name: text('相談ブース', 'Consultation booth', '相談(そうだん)ブース') },
  ],
});

/** Four fictional branch offices (one booth each) and "from home". */
export const sampleLocations: readonly Location[] = [
  branch(
    'kitaura-branch',
    '北浦支所',
    'Kitaura Branch Office',
    'きたうら ししょ',
    '000-0002',
    '愛媛県宇和島市北浦町2番3号（架空の住所）',
    '2-3 Kitaura-cho, Uwajima, Ehime (fictional address)',
  ),
  branch(
    'minamiyama-branch',
    '南山支所',
    'Minamiyama Branch Office',
    'みなみやま ししょ',
    '000-0003',
    '愛媛県宇和島市南山町4番5号（架空の住所）',
    '4-5 Minamiyama-cho, Uwajima, Ehime (fictional address)',
  ),
  branch(
    'higashidani-branch',
    '東谷支所',
    'Higashidani Branch Office',
    'ひがしだに ししょ',
    '000-0004',
    '愛媛県宇和島市東谷町6番7号（架空の住所）',
    '6-7 Higashidani-cho, Uwajima, Ehime (fictional address)',
  ),
  branch(
    'nishihama-branch',
    '西浜支所',
    'Nishihama Branch Office',
    'にしはま ししょ',
    '000-0005',
    '愛媛県宇和島市西浜町8番9号（架空の住所）',
    '8-9 Nishihama-cho, Uwajima, Ehime (fictional address)',
  ),
  {
    id: 'home',
    kind: 'home',
    name: text('自宅から（ビデオ通話）', 'From home (video call)', '家(いえ)から(ビデオ)'),
  },
];

/** Sample specialists at the main office; the passwords exist only in sample data. */
export const sampleStaff: readonly MemoryStaffMember[] = [
  { id: 'specialist-migration', username: 'ijuu', password: 'sample-password', name: '移住 花子' },
  { id: 'specialist-register', username: 'koseki', password: 'sample-password', name: '戸籍 一郎' },
  {
    id: 'specialist-welfare',
    username: 'fukushi',
    password: 'sample-password',
    name: '福祉 次郎',
    weeklyHours: [1, 2, 3, 4, 5].flatMap((day) => [
      { day: day as 1, start: '08:30', end: '12:00' },
      { day: day as 1, start: '13:00', end: '17:15' },
    ]),
  },
  {
    id: 'specialist-welfare-2',
    username: 'fukushi2',
    password: 'sample-password',
    name: '福祉 三郎',
  },
];

/** A fresh copy of the sample seed (mutating it never leaks between stories or tests). */
export function sampleBookingSeed(): MemoryBookingSeed {
  return structuredClone({
    services: sampleServices,
    locations: sampleLocations,
    staff: sampleStaff,
    bookings: [],
    bufferMinutes: 10,
    hostSiteId: 'main-office',
    uidDomain: 'uwajima.example',
  }) as MemoryBookingSeed;
}
