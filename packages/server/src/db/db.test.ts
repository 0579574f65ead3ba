import { expect, it } from 'vitest';
import { describeEachDb } from '../testing/databases.ts';
import { SqlState, sqlErrorInfo } from './sql-errors.ts';

describeEachDb(
  'Db',
  (db, kind) => {
    it(`reports its kind`, () => {
      expect(db().kind).toBe(kind);
    });

    it('runs $1 parameters and returns the same value types on both drivers', async () => {
      await db().exec(`
        drop table if exists kinds;
        create table kinds (n int8, amount numeric, at timestamptz, day date, doc jsonb, label text);
      `);
      const at = new Date('2026-12-01T01:00:00Z');
      await db().query('insert into kinds values ($1, $2, $3, $4, $5, $6)', [
        9_007_199_254_740_991,
        '12.50',
        at,
        '2026-12-01',
        { name: { ja: '本庁' }, list: [1, 2] },
        undefined,
      ]);
      const rows = await db().query('select *, count(*) over () as total from kinds');
      expect(rows).toEqual([
        {
          n: 9_007_199_254_740_991,
          amount: '12.50',
          at,
          day: '2026-12-01',
          doc: { name: { ja: '本庁' }, list: [1, 2] },
          label: null,
          total: 1,
        },
      ]);
    });

    it('serialises JS arrays by the column type: jsonb arrays as JSON, text[] as arrays', async () => {
      await db().exec('drop table if exists lists; create table lists (doc jsonb, tags text[])');
      await db().query('insert into lists values ($1, $2)', [
        [{ item: 'water' }, 2],
        ['a', 'b'],
      ]);
      expect(await db().query('select doc, tags from lists')).toEqual([
        { doc: [{ item: 'water' }, 2], tags: ['a', 'b'] },
      ]);
      const rows = await db().query('select $1::text[] @> array[$2] as has', [['x', 'y'], 'y']);
      expect(rows).toEqual([{ has: true }]);
    });

    it('commits a transaction that resolves and rolls back one that throws', async () => {
      await db().exec('drop table if exists ledger; create table ledger (entry text primary key)');
      await db().transaction(async (tx) => {
        await tx.query('insert into ledger values ($1)', ['kept']);
      });
      await expect(
        db().transaction(async (tx) => {
          await tx.query('insert into ledger values ($1)', ['dropped']);
          throw new Error('changed my mind');
        }),
      ).rejects.toThrow('changed my mind');
      expect(await db().query('select entry from ledger')).toEqual([{ entry: 'kept' }]);
    });

    it('refuses the outer db inside its own transaction instead of deadlocking', async () => {
      await expect(db().transaction(() => db().query('select 1'))).rejects.toThrow(
        'db.query() called inside db.transaction(): use the transaction',
      );
    });

    it('exposes SQLSTATE and constraint of a failed statement', async () => {
      await db().exec(
        'drop table if exists uniq; create table uniq (id text constraint uniq_pk primary key)',
      );
      await db().query('insert into uniq values ($1)', ['a']);
      const error = await db()
        .query('insert into uniq values ($1)', ['a'])
        .catch((caught: unknown) => caught);
      expect(sqlErrorInfo(error)).toEqual({
        code: SqlState.uniqueViolation,
        constraint: 'uniq_pk',
      });
      expect(sqlErrorInfo(new Error('plain'))).toEqual({});
    });

    it('delivers NOTIFY payloads to listeners until they unlisten', async () => {
      const received: string[] = [];
      const unlisten = await db().listen('board_updates', (payload) => received.push(payload));
      await db().notify('board_updates', 'shelter-1');
      await expect.poll(() => received).toEqual(['shelter-1']);
      await unlisten();
      await db().notify('board_updates', 'shelter-2');
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(received).toEqual(['shelter-1']);
      await expect(db().listen('Robert"); drop table x;--', () => {})).rejects.toThrow(
        'invalid channel name',
      );
    });
  },
  { migrated: false, resetBetweenTests: false },
);
