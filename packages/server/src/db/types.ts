/** Which driver a {@link Db} runs on. */
export type DbKind = 'pglite' | 'postgres';

/** One result row: column name → value (jsonb as objects, timestamptz as Date, date as 'YYYY-MM-DD'). */
export type Row = Record<string, unknown>;

/** The statements available inside a transaction (same SQL, `$1` parameters). */
export interface DbExecutor {
  /** The driver behind this database. */
  readonly kind: DbKind;
  /** Runs one parameterised statement (`$1`, `$2`, …) and returns its rows. */
  query<T extends object = Row>(sql: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs one or more statements without parameters (migrations, DDL). */
  exec(sql: string): Promise<void>;
}

/** Removes a LISTEN handler. */
export type Unlisten = () => Promise<void>;

/** One database, whichever driver: the only storage API the server's routes use. */
export interface Db extends DbExecutor {
  /** Runs `fn` in a transaction: committed when it resolves, rolled back when it throws. Use `tx`, not the outer db, inside. */
  transaction<T>(fn: (tx: DbExecutor) => Promise<T>): Promise<T>;
  /** Subscribes to a Postgres NOTIFY channel (on PGlite, notifications from this process only). */
  listen(channel: string, handler: (payload: string) => void): Promise<Unlisten>;
  /** Sends a NOTIFY to every listener of `channel`, in every server instance sharing the database. */
  notify(channel: string, payload: string): Promise<void>;
  /** Closes connections (and the PGlite data directory lock); the db is unusable afterwards. */
  close(): Promise<void>;
}
