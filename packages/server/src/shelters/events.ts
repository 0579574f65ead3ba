import type { Db, DbExecutor, Unlisten } from '../db/types.ts';
import type { Logger } from '../logger.ts';

/** The Postgres NOTIFY channel HQ events travel on between server instances. */
export const HQ_EVENTS_CHANNEL = 'machi_hq_events';

/** What the HQ board is told about. */
export const hqEventTypes = [
  'report_received',
  'supply_request_status_changed',
  'shelters_imported',
  'photo_received',
] as const;

/** One of {@link hqEventTypes}. */
export type HqEventType = (typeof hqEventTypes)[number];

/** One event: its id is the SSE `id` a board resumes from. */
export interface HqEvent {
  id: number;
  type: HqEventType;
  data: Record<string, unknown>;
}

/** Events are kept this long for boards that reconnect with `Last-Event-ID`. */
export const HQ_EVENT_RETENTION = '1 day';
/** About one insert in this many also deletes expired events. */
const PRUNE_EVERY = 200;

/**
 * Records an event in the caller's transaction and NOTIFYs it there: Postgres delivers the
 * notification only when the transaction commits, so a board never hears of a change that was
 * rolled back, and every instance listening on the database hears of each one that was not.
 */
export async function recordHqEvent(
  tx: DbExecutor,
  type: HqEventType,
  data: Record<string, unknown>,
): Promise<HqEvent> {
  // One round trip for both: report ingestion runs this once per report. Payloads stay far
  // below NOTIFY's 8000-byte limit: ids, codes, counts and times only.
  const [row] = await tx.query<{ id: number }>(
    `with event as (insert into hq_events (type, data) values ($1, $2) returning id, type, data)
     select id, pg_notify($3, json_build_object('id', id, 'type', type, 'data', data)::text)
     from event`,
    [type, data, HQ_EVENTS_CHANNEL],
  );
  if (!row) throw new Error('insert into hq_events returned no row');
  const event: HqEvent = { id: Number(row.id), type, data };
  if (event.id % PRUNE_EVERY === 0) {
    await tx.query(
      `delete from hq_events where created_at < now() - interval '${HQ_EVENT_RETENTION}'`,
    );
  }
  return event;
}

/** Events after `afterId`, oldest first, at most `limit` (for a board resuming with Last-Event-ID). */
export async function hqEventsAfter(
  db: DbExecutor,
  afterId: number,
  limit: number,
): Promise<HqEvent[]> {
  const rows = await db.query<{ id: number; type: HqEventType; data: Record<string, unknown> }>(
    'select id, type, data from hq_events where id > $1 order by id limit $2',
    [afterId, limit],
  );
  return rows.map((row) => ({ id: Number(row.id), type: row.type, data: row.data }));
}

type Subscriber = (event: HqEvent) => void;

/**
 * One LISTEN per database and process, shared by every open event stream: it starts with the
 * first subscriber and stops after the last one leaves, so an idle server holds no listener.
 */
export class HqEventHub {
  readonly #db: Db;
  readonly #logger: Logger;
  readonly #subscribers = new Set<Subscriber>();
  #listening: Promise<Unlisten> | undefined;
  // A new LISTEN waits for the previous UNLISTEN, so no event is ever delivered twice.
  #stopping: Promise<void> = Promise.resolve();

  constructor(db: Db, logger: Logger) {
    this.#db = db;
    this.#logger = logger;
  }

  /** Calls `subscriber` for every event from now on; resolves once listening. Returns the unsubscribe. */
  async subscribe(subscriber: Subscriber): Promise<() => void> {
    this.#subscribers.add(subscriber);
    try {
      await this.#start();
    } catch (error) {
      this.#subscribers.delete(subscriber);
      throw error;
    }
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.#subscribers.delete(subscriber);
      if (this.#subscribers.size === 0) this.#stop();
    };
  }

  /** How many streams are subscribed (for tests and metrics). */
  get size(): number {
    return this.#subscribers.size;
  }

  #start(): Promise<Unlisten> {
    this.#listening ??= this.#stopping
      .then(() => this.#db.listen(HQ_EVENTS_CHANNEL, (payload) => this.#dispatch(payload)))
      .catch((error: unknown) => {
        this.#listening = undefined;
        throw error;
      });
    return this.#listening;
  }

  #stop() {
    const listening = this.#listening;
    this.#listening = undefined;
    if (!listening) return;
    this.#stopping = listening
      .then((unlisten) => unlisten())
      .catch((error: unknown) => this.#logger.warn({ err: error }, 'unlisten hq events failed'));
  }

  #dispatch(payload: string) {
    let event: HqEvent;
    try {
      event = JSON.parse(payload) as HqEvent;
    } catch {
      this.#logger.warn('ignored a malformed hq event notification');
      return;
    }
    for (const subscriber of this.#subscribers) {
      try {
        subscriber(event);
      } catch (error) {
        this.#logger.error({ err: error }, 'hq event subscriber failed');
      }
    }
  }
}

const hubs = new WeakMap<Db, HqEventHub>();

/** The hub of a database: apps sharing one `Db` share one LISTEN. */
export function hqEventHub(db: Db, logger: Logger): HqEventHub {
  let hub = hubs.get(db);
  if (!hub) {
    hub = new HqEventHub(db, logger);
    hubs.set(db, hub);
  }
  return hub;
}
