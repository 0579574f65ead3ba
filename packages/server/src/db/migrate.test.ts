import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeEachDb, driversUnderTest, testPostgresUrl } from '../testing/databases.ts';
import { defaultMigrationsDirectory, migrate, readMigrations } from './migrate.ts';

const scratch = mkdtempSync(join(tmpdir(), 'machi-dx-migrations-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function dropEverything(exec: (sql: string) => Promise<void>) {
  await exec('drop schema public cascade; create schema public;');
}

describeEachDb(
  'migrate',
  (db, kind) => {
    it('applies the shipped migrations once, and a second run applies nothing and keeps data', async () => {
      await dropEverything((sql) => db().exec(sql));
      const shipped = readMigrations(defaultMigrationsDirectory()).map(({ name }) => name);
      expect(shipped[0]).toBe('0001_init.sql');

      expect(await migrate(db())).toEqual({ applied: shipped });
      await db().query(`insert into sites (id, kind, name) values ('main-office', 'main', $1)`, [
        { ja: '本庁', en: 'Main Office', 'ja-easy': 'ほんちょう' },
      ]);

      expect(await migrate(db())).toEqual({ applied: [] });
      expect(await db().query('select id from sites')).toEqual([{ id: 'main-office' }]);
      const recorded = await db().query<{ name: string }>(
        'select name from schema_migrations order by name',
      );
      expect(recorded.map(({ name }) => name)).toEqual(shipped);
      const [extension] = await db().query(
        "select extname from pg_extension where extname = 'btree_gist'",
      );
      expect(extension).toEqual({ extname: 'btree_gist' });
    });

    it('puts invariants in the database: one main office, names in every locale', async () => {
      await dropEverything((sql) => db().exec(sql));
      await migrate(db());
      const name = { ja: '本庁', en: 'Main', 'ja-easy': 'ほんちょう' };
      await db().query(`insert into sites (id, kind, name) values ('a', 'main', $1)`, [name]);
      await expect(
        db().query(`insert into sites (id, kind, name) values ('b', 'main', $1)`, [name]),
      ).rejects.toMatchObject({ code: '23505' });
      await expect(
        db().query(`insert into sites (id, kind, name) values ('c', 'branch', $1)`, [
          { ja: '支所', en: 'Branch' },
        ]),
      ).rejects.toMatchObject({ code: '23514' });
      await expect(
        db().query(`insert into sites (id, kind, name) values ('d', 'annex', $1)`, [name]),
      ).rejects.toMatchObject({ code: '23514' });
      await db().query('insert into city (name) values ($1)', [name]);
      await expect(db().query('insert into city (name) values ($1)', [name])).rejects.toMatchObject(
        {
          code: '23505',
        },
      );
    });

    it('runs each migration in a transaction: a failing one leaves nothing behind', async () => {
      await dropEverything((sql) => db().exec(sql));
      const migrations = [
        { name: '0001_a.sql', sql: 'create table a (id int primary key);' },
        { name: '0002_b.sql', sql: 'create table b (id int); select no_such_function();' },
      ];
      await expect(migrate(db(), { migrations })).rejects.toThrow(/no_such_function/);
      expect(
        await db().query("select to_regclass('b')::text as b, to_regclass('a')::text as a"),
      ).toEqual([{ a: 'a', b: null }]);
      const fixed = [migrations[0]!, { name: '0002_b.sql', sql: 'create table b (id int);' }];
      expect(await migrate(db(), { migrations: fixed })).toEqual({ applied: ['0002_b.sql'] });
    });

    it('orders by number and refuses bad names, duplicates and edited history', async () => {
      await dropEverything((sql) => db().exec(sql));
      const applied = await migrate(db(), {
        migrations: [
          { name: '0002_second.sql', sql: 'insert into log values (2);' },
          { name: '0001_first.sql', sql: 'create table log (n int); insert into log values (1);' },
        ],
      });
      expect(applied.applied).toEqual(['0001_first.sql', '0002_second.sql']);
      expect(await db().query('select n from log order by n')).toEqual([{ n: 1 }, { n: 2 }]);

      await expect(migrate(db(), { migrations: [{ name: 'init.sql', sql: '' }] })).rejects.toThrow(
        'must be named NNNN_lower_snake_case.sql',
      );
      await expect(
        migrate(db(), {
          migrations: [
            { name: '0003_x.sql', sql: '' },
            { name: '0003_y.sql', sql: '' },
          ],
        }),
      ).rejects.toThrow('share the number 0003');
      await expect(
        migrate(db(), {
          migrations: [{ name: '0001_first.sql', sql: 'create table log (n bigint);' }],
        }),
      ).rejects.toThrow('migration 0001_first.sql was changed after it was applied');
    });

    it('reads NNNN_name.sql files from a directory, ignores other files and CRLF-only edits', async () => {
      await dropEverything((sql) => db().exec(sql));
      writeFileSync(join(scratch, '0001_notes.sql'), 'create table notes (body text);\r\n');
      writeFileSync(join(scratch, 'README.md'), '# not a migration');
      expect(await migrate(db(), { directory: scratch })).toEqual({ applied: ['0001_notes.sql'] });
      writeFileSync(join(scratch, '0001_notes.sql'), 'create table notes (body text);\n');
      expect(await migrate(db(), { directory: scratch })).toEqual({ applied: [] });
    });

    it(`is safe when several ${kind === 'postgres' ? 'instances' : 'callers'} start at once`, async () => {
      await dropEverything((sql) => db().exec(sql));
      const driver = driversUnderTest().find((candidate) => candidate.kind === kind)!;
      // On Postgres, separate connection pools stand in for separate server processes.
      const others =
        kind === 'postgres' ? await Promise.all([1, 2, 3].map(() => openWithoutReset(driver))) : [];
      try {
        const runs = await Promise.all([db(), db(), ...others].map((each) => migrate(each)));
        const applied = runs.flatMap((run) => run.applied);
        expect(applied.sort()).toEqual(
          readMigrations(defaultMigrationsDirectory()).map(({ name }) => name),
        );
      } finally {
        await Promise.all(others.map((other) => other.close()));
      }
    });
  },
  { migrated: false, resetBetweenTests: false },
);

/** A second connection pool to the same test database (the driver's `open` would reset the schema). */
async function openWithoutReset(driver: { kind: string }) {
  const { openDb } = await import('./open.ts');
  if (driver.kind !== 'postgres') throw new Error('only for postgres');
  return openDb({ databaseUrl: testPostgresUrl()!, maxConnections: 2 });
}
