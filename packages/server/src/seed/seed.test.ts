import { expect, it } from 'vitest';
import { describeEachDb } from '../testing/databases.ts';
import { seed } from './seed.ts';

describeEachDb('seed', (db) => {
  it('inserts nothing without sample data', async () => {
    expect(await seed(db(), { sample: false })).toEqual({ seeded: false, reason: 'not_requested' });
    expect(await db().query('select * from city')).toEqual([]);
    expect(await db().query('select * from sites')).toEqual([]);
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

    await db().exec('truncate city, sites');
    await db().query(`insert into sites (id, kind, name) values ('real-office', 'main', $1)`, [
      { ja: '市役所', en: 'City Hall', 'ja-easy': 'しやくしょ' },
    ]);
    expect(await seed(db(), { sample: true })).toEqual({ seeded: false, reason: 'not_empty' });
    expect(await db().query('select id from sites')).toEqual([{ id: 'real-office' }]);
    expect(await db().query('select * from city')).toEqual([]);
  });

  it('seeds once when several starts race', async () => {
    const results = await Promise.all([1, 2, 3, 4].map(() => seed(db(), { sample: true })));
    expect(results.filter(({ seeded }) => seeded)).toHaveLength(1);
    expect(await db().query('select count(*) as n from sites')).toEqual([{ n: 5 }]);
  });
});
