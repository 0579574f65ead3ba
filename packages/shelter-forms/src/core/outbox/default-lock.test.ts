// Without Web Locks (jsdom, old Safari) the outbox falls back to the IndexedDB lease: two tabs on
// one database still send one at a time, each report once, in order.
import { createFakeShelterServer } from '../testing/fake-server';
import { exampleReportData } from '../validation/fixtures';
import { Outbox } from './outbox';
import { channelBus, SHELTER, uniqueDatabaseName } from './test-support';

it('sends each report once, in order, from two tabs sharing the lease lock', async () => {
  expect((navigator as { locks?: unknown }).locks).toBeUndefined();
  const server = createFakeShelterServer();
  let inFlight = 0;
  let most = 0;
  const transport = server.transport();
  const databaseName = uniqueDatabaseName();
  const bus = channelBus();
  const tabs = [0, 1].map(
    () =>
      new Outbox({
        databaseName,
        channel: bus.create(),
        storage: null,
        signals: [],
        transport: {
          async send(request) {
            inFlight += 1;
            most = Math.max(most, inFlight);
            await new Promise((resolve) => setTimeout(resolve, 2));
            inFlight -= 1;
            return transport.send(request);
          },
        },
      }),
  );
  const ids: string[] = [];
  for (const [index, kind] of (['status', 'closing', 'status', 'closing'] as const).entries()) {
    const tab = tabs[index % 2]!;
    const draft = await tab.createDraft({
      shelterId: SHELTER,
      kind,
      data: exampleReportData[kind],
    });
    await tab.submit(draft.id);
    ids.push(draft.id);
  }
  await Promise.all(tabs.map((tab) => tab.start()));
  await Promise.all(tabs.map((tab) => tab.sendNow()));
  await Promise.all(tabs.map((tab) => tab.whenIdle()));
  expect(server.order).toEqual(ids);
  expect(most).toBe(1);
  for (const tab of tabs) tab.stop();
});
