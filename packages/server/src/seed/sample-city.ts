/** A name in every locale the portal speaks. */
export interface LocalizedName {
  ja: string;
  en: string;
  'ja-easy': string;
}

/** A postal address in Japanese and English. */
export interface SiteAddress {
  postalCode: string;
  ja: string;
  en: string;
}

/** A main office or branch office as stored in `sites`. */
export interface SiteRecord {
  id: string;
  kind: 'main' | 'branch';
  name: LocalizedName;
  address?: SiteAddress;
  sortOrder: number;
}

/** The sample city's name: marked as sample in every locale so nobody mistakes it for real data. */
export const sampleCityName: LocalizedName = {
  ja: '宇和島市（サンプルデータ）',
  en: 'Uwajima City (sample data)',
  'ja-easy': 'うわじまし（れんしゅう用の データ）',
};

/**
 * One main office and four branch offices. The branch names and every address are invented
 * (000- postal codes, 架空 town names) so no resident is sent to a real counter by sample data.
 */
export const sampleSites: readonly SiteRecord[] = [
  {
    id: 'main-office',
    kind: 'main',
    name: { ja: '本庁', en: 'Main Office', 'ja-easy': 'ほんちょう（市役所）' },
    address: {
      postalCode: '000-0001',
      ja: '愛媛県宇和島市サンプル町1番1号（架空の住所）',
      en: '1-1 Sample-cho, Uwajima, Ehime (fictional address)',
    },
    sortOrder: 0,
  },
  {
    id: 'kitaura-branch',
    kind: 'branch',
    name: { ja: '北浦支所', en: 'Kitaura Branch Office', 'ja-easy': 'きたうら ししょ' },
    address: {
      postalCode: '000-0002',
      ja: '愛媛県宇和島市北浦町2番3号（架空の住所）',
      en: '2-3 Kitaura-cho, Uwajima, Ehime (fictional address)',
    },
    sortOrder: 10,
  },
  {
    id: 'minamiyama-branch',
    kind: 'branch',
    name: { ja: '南山支所', en: 'Minamiyama Branch Office', 'ja-easy': 'みなみやま ししょ' },
    address: {
      postalCode: '000-0003',
      ja: '愛媛県宇和島市南山町4番5号（架空の住所）',
      en: '4-5 Minamiyama-cho, Uwajima, Ehime (fictional address)',
    },
    sortOrder: 20,
  },
  {
    id: 'higashidani-branch',
    kind: 'branch',
    name: { ja: '東谷支所', en: 'Higashidani Branch Office', 'ja-easy': 'ひがしだに ししょ' },
    address: {
      postalCode: '000-0004',
      ja: '愛媛県宇和島市東谷町6番7号（架空の住所）',
      en: '6-7 Higashidani-cho, Uwajima, Ehime (fictional address)',
    },
    sortOrder: 30,
  },
  {
    id: 'nishihama-branch',
    kind: 'branch',
    name: { ja: '西浜支所', en: 'Nishihama Branch Office', 'ja-easy': 'にしはま ししょ' },
    address: {
      postalCode: '000-0005',
      ja: '愛媛県宇和島市西浜町8番9号（架空の住所）',
      en: '8-9 Nishihama-cho, Uwajima, Ehime (fictional address)',
    },
    sortOrder: 40,
  },
];
