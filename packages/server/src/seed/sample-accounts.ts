import type { NewAccount } from '../auth/accounts.ts';

/**
 * The sample city's accounts, created only with sample data. Their passphrases are published in
 * the package README, so they must never exist in a real city's database: the seed refuses to run
 * when any account exists, and a start without sample data creates none.
 */
export const sampleAccounts: readonly Omit<NewAccount, 'sample'>[] = [
  {
    username: 'sample-migration',
    displayName: '移住・定住支援 担当（サンプル）',
    role: 'staff',
    password: 'sample-migration-passphrase',
  },
  {
    username: 'sample-family-register',
    displayName: '戸籍の届出 担当（サンプル）',
    role: 'staff',
    password: 'sample-family-register-passphrase',
  },
  {
    username: 'sample-welfare',
    displayName: '生活保護の相談 担当（サンプル）',
    role: 'staff',
    password: 'sample-welfare-passphrase',
  },
  {
    username: 'sample-hq',
    displayName: '災害対策本部（サンプル）',
    role: 'hq',
    password: 'sample-hq-passphrase',
  },
  {
    username: 'sample-shelter',
    displayName: 'サンプル避難所（架空）',
    role: 'shelter',
    // In the 全国共通避難所・避難場所ID form: E + 38203 (宇和島市) + serial 90001 (the 9xxxx range
    // marks samples) + 1 1 (指定避難所, 一般) + 1 — the id the shelter-forms tests use. The sample
    // shelter import should contain a shelter with this id.
    shelterId: 'E3820390001111',
    password: 'sample-shelter-passphrase',
  },
];
