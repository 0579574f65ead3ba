import type { Db, DbKind, Row } from '../db/types.ts';

/**
 * A Db that answers every query with `rows` (or fails with `failWith`): for HTTP tests about
 * headers, errors and static files, where starting a real database proves nothing and costs seconds.
 */
export function fakeDb(options: { kind?: DbKind; rows?: Row[]; failWith?: Error } = {}): Db {
  const answer = async <T>() => {
    if (options.failWith) throw options.failWith;
    return (options.rows ?? []) as T[];
  };
  const db: Db = {
    kind: options.kind ?? 'pglite',
    query: answer,
    exec: async () => {
      await answer();
    },
    transaction: (fn) => fn(db),
    listen: async () => async () => {},
    notify: async () => {},
    close: async () => {},
  };
  return db;
}
