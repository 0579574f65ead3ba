import { createFetchTransport, createPingProbe, Outbox } from '@machi-dx/shelter-forms';

let outbox: Outbox | undefined;

/**
 * The page's one outbox, created and started on first use and kept for the life of the page (it
 * outlives every form and every in-app navigation). Reports go to the same origin with the
 * session cookie; reachability is the server's uncached ping, not `navigator.onLine`.
 */
export function shelterOutbox(): Outbox {
  if (!outbox) {
    outbox = new Outbox({ transport: createFetchTransport(), probe: createPingProbe() });
    void outbox.start();
  }
  return outbox;
}
