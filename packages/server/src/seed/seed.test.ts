import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { createApp } from '../app.ts';
import { createTestAccount } from '../testing/auth.ts';
import { captureLogger } from '../testing/capture-logger.ts';
import { describeEachDb } from '../testing/databases.ts';
import { sampleAccounts } from './sample-accounts.ts';
import { seed } from './seed.ts';

describeEachDb('seed', (db) => {
  it('inserts nothing without sample data', async () => {
    expect(await seed(db(), { sample: false })).toEqual({ seeded: false, reason: 'not_requested' });
    expect(await db().query('select * from city')).toEqual([]);
    expect(await db().query('select * from sites')).toEqual([]);
    expect(await db().query('select * from accounts')).toEqual([]);
  });

  it('loads the sample city with a main office and four branches, every record marked as sample', async () => {
    expect(await seed(db(), { sample: true })).toEqual({ seeded: true, reason: 'sample_loaded' });
    const [city] = await db().query<{ name: Record<string, string>; sample: boolean }>(
      'select name, sample from city',
    );
    expect(city).toEqual({
      name: {
        ja: '宇和島市（サンプルデータ）',
        en: 'Uwajima City (sample data)',
        'ja-easy': expect.stringContaining('データ'),
      },
      sample: true,
    });
    const sites = await db().query<{ kind: string; sample: boolean; name: { ja: string } }>(
      'select kind, sample, name from sites order by sort_order',
    );
    expect(sites.map(({ kind }) => kind)).toEqual(['main', 'branch', 'branch', 'branch', 'branch']);
    expect(sites.every(({ sample }) => sample)).toBe(true);
    expect(sites[0]?.name.ja).toBe('本庁');
    expect(sites.slice(1).every(({ name }) => name.ja.endsWith('支所'))).toBe(true);
  });

  it('leaves a database that already has data alone', async () => {
    await seed(db(), { sample: true });
    expect(await seed(db(), { sample: true })).toEqual({ seeded: false, reason: 'not_empty' });
    expect(await db().query('select count(*) as n from sites')).toEqual([{ n: 5 }]);

    await db().exec('truncate city, sites cascade'); // booths and bookings reference sites
    await db().query(`insert into sites (id, kind, name) values ('real-office', 'main', $1)`, [
      { ja: '市役所', en: 'City Hall', 'ja-easy': 'しやくしょ' },
    ]);
    expect(await seed(db(), { sample: true })).toEqual({ seeded: false, reason: 'not_empty' });
    expect(await db().query('select id from sites')).toEqual([{ id: 'real-office' }]);
    expect(await db().query('select * from city')).toEqual([]);
  });

  it('creates the sample accounts of the README, marked as sample, who can sign in', async () => {
    await seed(db(), { sample: true });
    const accounts = await db().query<{
      username: string;
      role: string;
      shelter_id: string | null;
      sample: boolean;
    }>('select username, role, shelter_id, sample from accounts order by username');
    expect(accounts).toEqual([
      { username: 'sample-family-register', role: 'staff', shelter_id: null, sample: true },
      { username: 'sample-hq', role: 'hq', shelter_id: null, sample: true },
      { username: 'sample-migration', role: 'staff', shelter_id: null, sample: true },
      { username: 'sample-shelter', role: 'shelter', shelter_id: 'E3820390001111', sample: true },
      { username: 'sample-welfare', role: 'staff', shelter_id: null, sample: true },
    ]);
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const app = createApp({ db: db(), logger: captureLogger().logger });
    for (const { username, password } of sampleAccounts) {
      expect(readme).toContain(`| \`${username}\``);
      expect(readme).toContain(`\`${password}\``);
      const response = await app.request('/api/v1/auth/login', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username, password }),
      });
      expect(response.status).toBe(200);
    }
  });

  it('never adds sample accounts (public passphrases) to a database that has accounts', async () => {
    await createTestAccount(db(), { username: 'real-hq', role: 'hq' });
    expect(await seed(db(), { sample: true })).toEqual({ seeded: false, reason: 'not_empty' });
    expect(await db().query('select username from accounts')).toEqual([{ username: 'real-hq' }]);
    expect(await db().query('select * from city')).toEqual([]);
  });

  it('seeds once when several starts race', async () => {
    const results = await Promise.all([1, 2, 3, 4].map(() => seed(db(), { sample: true })));
    expect(results.filter(({ seeded }) => seeded)).toHaveLength(1);
    expect(await db().query('select count(*) as n from sites')).toEqual([{ n: 5 }]);
  });
});
