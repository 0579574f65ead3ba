import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db, DbExecutor, DbKind, Row, Unlisten } from './types.ts';

/** What a driver provides; {@link guardedDb} adds the checks every driver needs. */
export interface DriverOperations {
  query(sql: string, params: unknown[]): Promise<Row[]>;
  exec(sql: string): Promise<void>;
  transaction<T>(fn: (tx: Pick<DriverOperations, 'query' | 'exec'>) => Promise<T>): Promise<T>;
  listen(channel: string, handler: (payload: string) => void): Promise<Unlisten>;
  notify(channel: string, payload: string): Promise<void>;
  close(): Promise<void>;
}

const CHANNEL = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Wraps driver operations in the {@link Db} contract: `undefined` parameters become NULL on both
 * drivers, channel names are checked, and using the outer db inside its own transaction throws —
 * on PGlite (one connection, queued) that call would otherwise wait for the transaction forever.
 */
export function guardedDb(kind: DbKind, driver: DriverOperations): Db {
  const insideTransaction = new AsyncLocalStorage<true>();
  let closed = false;

  const assertUsable = (operation: string) => {
    if (closed) throw new Error(`db.${operation}() called after db.close()`);
    if (insideTransaction.getStore()) {
      throw new Error(
        `db.${operation}() called inside db.transaction(): use the transaction's own executor (tx.${operation})`,
      );
    }
  };
  const executor = (ops: Pick<DriverOperations, 'query' | 'exec'>): DbExecutor => ({
    kind,
    query: <T extends object = Row>(sql: string, params: readonly unknown[] = []) =>
      ops.query(sql, params.map(nullForUndefined)) as Promise<T[]>,
    exec: (sql: string) => ops.exec(sql),
  });
  const outer = executor(driver);

  // Every method is async so misuse always surfaces as a rejected promise, never a sync throw.
  return {
    kind,
    async query(sql, params) {
      assertUsable('query');
      return outer.query(sql, params);
    },
    async exec(sql) {
      assertUsable('exec');
      return outer.exec(sql);
    },
    async transaction(fn) {
      assertUsable('transaction');
      return driver.transaction((tx) => insideTransaction.run(true, () => fn(executor(tx))));
    },
    async listen(channel, handler) {
      assertUsable('listen');
      assertChannel(channel);
      return driver.listen(channel, handler);
    },
    async notify(channel, payload) {
      assertUsable('notify');
      assertChannel(channel);
      return driver.notify(channel, payload);
    },
    async close() {
      if (closed) return;
      closed = true;
      await driver.close();
    },
  };
}

function nullForUndefined(value: unknown): unknown {
  return value === undefined ? null : value;
}

function assertChannel(channel: string) {
  // Channel names end up as identifiers in LISTEN; keep them to a safe, unquoted form.
  if (!CHANNEL.test(channel)) {
    throw new Error(
      `invalid channel name ${JSON.stringify(channel)}: use lower-case letters, digits and _`,
    );
  }
}
