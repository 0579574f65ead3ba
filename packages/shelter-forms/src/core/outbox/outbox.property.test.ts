// The outbox's promise, checked against a hostile network: every report typed at a shelter reaches
// HQ exactly once, none is lost, and each shelter's reports arrive in the order they were queued —
// whatever the network drops, delays, duplicates or answers with 5xx, across page reloads in the
// middle of a send and two tabs sharing one database.
import fc from 'fast-check';
import { createFakeShelterServer } from '../testing/fake-server';
import { exampleReportData } from '../validation/fixtures';
import { memorySendLock, type SendLock } from './lock';
import { Outbox } from './outbox';
import { channelBus, OTHER_SHELTER, SHELTER, tick, uniqueDatabaseName } from './test-support';
import { interpretResponse } from './transport';
import type { SendResult } from './types';

type Fault =
  | 'ok'
  | 'drop_request'
  | 'drop_response'
  | 'duplicate'
  | 'server_error'
  | 'delay'
  | 'reload';
type Step =
  | { type: 'submit'; tab: number; shelter: number; kind: 'status' | 'closing' }
  | { type: 'flush'; tab: number }
  | { type: 'late' };

const faultArbitrary = fc.constantFrom<Fault>(
  'ok',
  'ok',
  'drop_request',
  'drop_response',
  'duplicate',
  'server_error',
  'delay',
  'reload',
);
const stepArbitrary: fc.Arbitrary<Step> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('submit' as const),
      tab: fc.nat(1),
      shelter: fc.nat(1),
      kind: fc.constantFrom('status' as const, 'closing' as const),
    }),
  },
  { weight: 3, arbitrary: fc.record({ type: fc.constant('flush' as const), tab: fc.nat(1) }) },
  { weight: 1, arbitrary: fc.constant({ type: 'late' as const }) },
);

interface Tab {
  outbox: Outbox;
  die: () => void;
  death: Promise<void>;
}

async function run(plannedFaults: readonly Fault[], steps: Step[], tabCount: number) {
  const faults = [...plannedFaults];
  const server = createFakeShelterServer();
  const databaseName = uniqueDatabaseName();
  const bus = channelBus();
  const mutex = memorySendLock();
  const late: (() => void)[] = [];
  const submitted: { id: string; shelterId: string; report: unknown }[] = [];
  const conflicts: string[] = [];
  let healed = false;
  let reloads = 0;

  const receive = (request: Parameters<typeof server.receive>[0]): SendResult => {
    const { status, body } = server.receive(structuredClone(request));
    const result = interpretResponse(status, body, request.report.id);
    if (!result.ok && !result.retryable) conflicts.push(`${request.report.id}:${result.reason}`);
    return result;
  };

  const tabs: Tab[] = [];
  // Pages being loaded again after a reload; the driver waits for them like a user would.
  const reopening: Promise<void>[] = [];
  const open = async (index: number) => {
    let die = () => {};
    const death = new Promise<void>((resolve) => {
      die = resolve;
    });
    // A dead page's lock is released by the browser; the page's own promise never settles.
    const lock: SendLock = {
      run: (task) => mutex.run(() => Promise.race([task(), death])) as never,
    };
    const outbox = new Outbox({
      databaseName,
      lock,
      channel: bus.create(),
      storage: null,
      signals: [],
      transport: {
        async send(request) {
          const fault = healed ? 'ok' : (faults.shift() ?? 'ok');
          switch (fault) {
            case 'drop_request':
              return { ok: false, retryable: true, reason: 'network' };
            case 'drop_response':
              receive(request);
              return { ok: false, retryable: true, reason: 'network' };
            case 'duplicate':
              receive(request);
              late.push(() => receive(request));
              return receive(request);
            case 'server_error':
              return interpretResponse(503, undefined, request.report.id);
            case 'delay':
              await tick(Math.floor(Math.random() * 4));
              return receive(request);
            case 'reload': {
              // The request is on the wire when the page reloads: it may arrive now, later, or never.
              reloads += 1;
              const fate = reloads % 3;
              if (fate === 0) receive(request);
              if (fate === 1) late.push(() => receive(request));
              const tab = tabs[index]!;
              tab.die();
              tab.outbox.stop();
              reopening.push(open(index));
              return new Promise<never>(() => {});
            }
            default:
              return receive(request);
          }
        },
      },
    });
    tabs[index] = { outbox, die, death };
    await outbox.start();
  };

  for (let index = 0; index < tabCount; index += 1) await open(index);
  const alive = (index: number) => tabs[index % tabCount]!;
  const settle = (tab: Tab, promise: Promise<unknown>) => Promise.race([promise, tab.death]);
  const pending: Promise<unknown>[] = [];

  for (const step of steps) {
    if (step.type === 'submit') {
      const tab = alive(step.tab);
      const shelterId = step.shelter ? OTHER_SHELTER : SHELTER;
      const data = { ...exampleReportData[step.kind], remarks: `report ${submitted.length}` };
      const draft = await tab.outbox.createDraft({ shelterId, kind: step.kind, data });
      const result = await tab.outbox.submit(draft.id);
      expect(result.ok).toBe(true);
      submitted.push({ id: draft.id, shelterId, report: draft.report });
    } else if (step.type === 'flush') {
      const tab = alive(step.tab);
      pending.push(settle(tab, tab.outbox.sendNow()));
    } else {
      late.shift()?.();
    }
    await Promise.all(reopening.splice(0));
  }

  // The network heals; every page keeps pressing "send now" until nothing is left.
  await Promise.all(pending);
  healed = true;
  for (let round = 0; round < 20 && server.stored.size < submitted.length; round += 1) {
    await Promise.all(reopening.splice(0));
    await Promise.all(tabs.map((tab) => settle(tab, tab.outbox.sendNow())));
  }
  for (const deliver of late.splice(0)) deliver();
  await Promise.all(reopening.splice(0));
  await Promise.all(tabs.map((tab) => settle(tab, tab.outbox.sendNow())));
  await tick(10);

  // None lost, none counted twice, nothing else stored.
  expect(conflicts).toEqual([]);
  expect([...server.stored.keys()].sort()).toEqual(submitted.map(({ id }) => id).sort());
  expect(new Set(server.order).size).toBe(server.order.length);
  for (const { id, report } of submitted) expect(server.stored.get(id)?.report).toEqual(report);
  // Each shelter's reports in the order they were queued.
  for (const shelterId of [SHELTER, OTHER_SHELTER]) {
    const queued = submitted.filter((item) => item.shelterId === shelterId).map(({ id }) => id);
    expect(server.order.filter((id) => server.stored.get(id)?.shelterId === shelterId)).toEqual(
      queued,
    );
  }
  // Every page can prove delivery: the sent log holds the server's receipt. Other tabs learn of it
  // through the channel, so their view is eventually (not instantly) complete.
  for (const tab of tabs) {
    await vi.waitFor(
      () => {
        const snapshot = tab.outbox.getSnapshot();
        expect(snapshot).toMatchObject({ ready: true, unsent: 0 });
        const sent = new Map(snapshot.sent.map((entry) => [entry.id, entry.receipt]));
        for (const { id } of submitted)
          expect(sent.get(id)).toEqual(server.stored.get(id)?.receipt);
      },
      { timeout: 5_000 },
    );
  }
  for (const tab of tabs) tab.outbox.stop();
}

describe('Outbox under a hostile network (property-based)', () => {
  it('delivers every report exactly once, in order per shelter, with reloads mid-send (one tab)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(faultArbitrary, { maxLength: 40 }),
        fc.array(stepArbitrary, { minLength: 1, maxLength: 20 }),
        (faults, steps) => run(faults, steps, 1),
      ),
      { numRuns: 75 },
    );
  }, 120_000);

  it('delivers every report exactly once with two tabs sharing the lock and the database', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(faultArbitrary, { maxLength: 40 }),
        fc.array(stepArbitrary, { minLength: 1, maxLength: 20 }),
        (faults, steps) => run(faults, steps, 2),
      ),
      { numRuns: 75 },
    );
  }, 120_000);
});
