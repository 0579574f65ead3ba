import { createFakeShelterServer } from '../testing/fake-server';
import { exampleReportData } from '../validation/fixtures';
import { createReport } from '../validation/report';
import { memorySendLock } from './lock';
import { Outbox, type OutboxOptions } from './outbox';
import {
  examplePhoto,
  manualClock,
  manualSignal,
  SHELTER,
  uniqueDatabaseName,
} from './test-support';
import { interpretPhotoResponse } from './transport';
import { OutboxError, type PhotoSendRequest, type Transport } from './types';

const outboxes: Outbox[] = [];
afterEach(() => {
  for (const outbox of outboxes.splice(0)) outbox.stop();
});

function setup(overrides: Partial<OutboxOptions> = {}) {
  const time = manualClock();
  const server = createFakeShelterServer({ now: () => new Date(time.now) });
  const network = { online: true };
  const photoCalls: PhotoSendRequest[] = [];
  const fake = server.transport({ online: () => network.online });
  const transport: Transport = {
    send: (request, options) => fake.send(request, options),
    sendPhoto(request, options) {
      photoCalls.push(request);
      return fake.sendPhoto!(request, options);
    },
  };
  const databaseName = overrides.databaseName ?? uniqueDatabaseName();
  const open = () => {
    const outbox = new Outbox({
      transport,
      databaseName,
      lock: memorySendLock(),
      channel: null,
      storage: null,
      signals: [manualSignal().signal],
      clock: time.clock,
      ...overrides,
    });
    outboxes.push(outbox);
    return outbox;
  };
  return { outbox: open(), open, server, time, network, photoCalls, databaseName };
}

/** A damage draft with these photos saved on the device and listed in its data. */
async function damageDraft(outbox: Outbox, photos: Awaited<ReturnType<typeof examplePhoto>>[]) {
  const draft = await outbox.createDraft({ shelterId: SHELTER, kind: 'damage' });
  for (const photo of photos) await outbox.attachPhoto(draft.id, photo);
  await outbox.saveDraft(draft.id, {
    ...exampleReportData.damage,
    photos: photos.map((photo) => photo.reference),
  });
  return draft.id;
}

const statuses = (outbox: Outbox, id: string) => {
  const snapshot = outbox.getSnapshot();
  const item = [...snapshot.entries, ...snapshot.sent].find((entry) => entry.id === id);
  return item?.photos?.map((photo) => photo.status);
};

describe('Outbox: photos', () => {
  it('keeps photos on the device with the draft and uploads each once after HQ has the report', async () => {
    const { outbox, server, photoCalls } = setup();
    await outbox.start();
    const photos = [await examplePhoto(1), await examplePhoto(2), await examplePhoto(3)];
    const id = await damageDraft(outbox, photos);
    expect(statuses(outbox, id)).toEqual(['waiting', 'waiting', 'waiting']);
    // A draft's photos are not counted as unsent: the report is not submitted yet.
    expect(outbox.getSnapshot().unsentPhotos).toBe(0);

    await outbox.submit(id);
    expect(outbox.getSnapshot().unsentPhotos).toBe(3);
    await outbox.whenIdle();
    expect(server.order).toEqual([id]);
    expect(server.photoOrder).toEqual(photos.map((photo) => `${id}/${photo.reference.sha256}`));
    expect(photoCalls).toHaveLength(3);
    const stored = server.photos.get(`${id}/${photos[0]!.reference.sha256}`);
    expect(stored?.bytes).toEqual(new Uint8Array(await photos[0]!.blob.arrayBuffer()));

    const sent = outbox.getSnapshot().sent[0]!;
    expect(sent.photos).toEqual(
      photos.map((photo) =>
        expect.objectContaining({
          sha256: photo.reference.sha256,
          status: 'delivered',
          receipt: expect.objectContaining({ reportId: id, receivedAt: expect.any(String) }),
        }),
      ),
    );
    expect(outbox.getSnapshot().unsentPhotos).toBe(0);
    // The bytes stay with the sent log (previews, corrections) until it is pruned.
    expect(await outbox.getPhoto(id, photos[1]!.reference.sha256)).toBeInstanceOf(Blob);
  });

  it('uploads only the photos the report still lists, and forgets the others', async () => {
    const { outbox, server } = setup();
    await outbox.start();
    const kept = await examplePhoto(4);
    const dropped = await examplePhoto(5);
    const id = await damageDraft(outbox, [kept, dropped]);
    await outbox.saveDraft(id, { ...exampleReportData.damage, photos: [kept.reference] });
    await outbox.submit(id);
    await outbox.whenIdle();
    expect(server.photoOrder).toEqual([`${id}/${kept.reference.sha256}`]);
    expect(await outbox.getPhoto(id, dropped.reference.sha256)).toBeUndefined();
  });

  it('survives a reload before sending: a new outbox over the same database uploads them', async () => {
    const { outbox, open, server, network } = setup();
    network.online = false;
    await outbox.start();
    const photos = [await examplePhoto(6), await examplePhoto(7)];
    const id = await damageDraft(outbox, photos);
    await outbox.submit(id);
    await outbox.whenIdle();
    outbox.stop();

    network.online = true;
    const reloaded = open();
    await reloaded.start();
    await reloaded.whenIdle();
    expect(server.photoOrder).toHaveLength(2);
    expect(statuses(reloaded, id)).toEqual(['delivered', 'delivered']);
  });

  it('retries a photo whose report the server does not have yet (404) with backoff; a refusal needs a person and can be retried', async () => {
    const { outbox, server, time } = setup({
      transport: {
        send: (request) => createFakeShelterServer().transport().send(request),
        sendPhoto: async (request) => {
          const answer = await server.receivePhoto(request);
          return interpretPhotoResponse(answer.status, answer.body, request);
        },
      },
    });
    await outbox.start();
    const photo = await examplePhoto(8);
    const id = await damageDraft(outbox, [photo]);
    await outbox.submit(id);
    await outbox.whenIdle();
    // The report went to another server: this one answers 404 for the photo, which is retried.
    const waiting = outbox.getSnapshot().sent[0]!.photos![0]!;
    expect(waiting).toMatchObject({ status: 'waiting', lastError: 'report_not_received' });
    expect(outbox.getSnapshot().nextAttemptAt).toBeGreaterThan(time.now);

    // Now it has the report, but with other photos listed: 422, a person must look.
    const other = createReport('damage', {
      ...exampleReportData.damage,
      photos: [(await examplePhoto(9)).reference],
    });
    server.receive({ shelterId: SHELTER, report: { ...other, id } });
    await outbox.sendNow();
    expect(outbox.getSnapshot().sent[0]!.photos![0]).toMatchObject({
      status: 'needs_attention',
      attention: { reason: 'validation_failed', status: 422 },
    });
    expect(outbox.getSnapshot().unsentPhotos).toBe(1);
    await outbox.retryPhotos(id);
    await outbox.whenIdle();
    expect(outbox.getSnapshot().sent[0]!.photos![0]!.status).toBe('needs_attention');
  });

  it('attaches photos only to drafts, with bytes that match their hash', async () => {
    const { outbox } = setup();
    await outbox.start();
    const photo = await examplePhoto(10);
    const id = await damageDraft(outbox, [photo]);
    // The same photo again changes nothing.
    await outbox.attachPhoto(id, photo);
    expect(statuses(outbox, id)).toEqual(['waiting']);
    const wrong = { ...(await examplePhoto(11)), reference: photo.reference };
    await expect(outbox.attachPhoto(id, wrong)).rejects.toThrow(TypeError);
    await outbox.submit(id);
    await expect(outbox.attachPhoto(id, await examplePhoto(12))).rejects.toEqual(
      new OutboxError('not_draft', id),
    );
  });

  it('carries photos into a correction, and a discarded draft takes its photos along', async () => {
    const { outbox, server } = setup();
    await outbox.start();
    const photo = await examplePhoto(13);
    const id = await damageDraft(outbox, [photo]);
    await outbox.submit(id);
    await outbox.whenIdle();

    const correction = await outbox.correct(id);
    expect(statuses(outbox, correction.id)).toEqual(['waiting']);
    await outbox.submit(correction.id);
    await outbox.whenIdle();
    expect(server.photoOrder).toEqual([
      `${id}/${photo.reference.sha256}`,
      `${correction.id}/${photo.reference.sha256}`,
    ]);

    const draft = await damageDraft(outbox, [await examplePhoto(14)]);
    await outbox.discard(draft);
    expect(await outbox.getPhoto(draft, (await examplePhoto(14)).reference.sha256)).toBeUndefined();
  });

  it('says when a report lists photos this device does not have (an imported report)', async () => {
    const { outbox, server } = setup();
    await outbox.start();
    const report = createReport('damage', exampleReportData.damage);
    await outbox.enqueue(SHELTER, report);
    await outbox.whenIdle();
    expect(server.order).toEqual([report.id]);
    expect(statuses(outbox, report.id)).toEqual(['missing']);
    expect(outbox.getSnapshot().unsentPhotos).toBe(1);
  });

  it('keeps sent reports whose photos are not all delivered when the sent log is pruned', async () => {
    const photosOnline = { value: true };
    const server = createFakeShelterServer();
    const fake = server.transport();
    const { outbox, time } = setup({
      transport: {
        send: (request) => fake.send(request),
        sendPhoto: async (request) =>
          photosOnline.value
            ? fake.sendPhoto!(request)
            : { ok: false, retryable: true, reason: 'network' },
      },
    });
    await outbox.start();
    const delivered = await examplePhoto(15);
    const id = await damageDraft(outbox, [delivered]);
    await outbox.submit(id);
    await outbox.whenIdle();
    photosOnline.value = false;
    const waiting = await examplePhoto(16);
    const second = await damageDraft(outbox, [waiting]);
    await outbox.submit(second);
    await outbox.whenIdle();
    expect(statuses(outbox, second)).toEqual(['waiting']);

    time.advance(10 * 24 * 60 * 60 * 1000);
    await outbox.pruneSent(60_000);
    expect(outbox.getSnapshot().sent.map((entry) => entry.id)).toEqual([second]);
    expect(await outbox.getPhoto(id, delivered.reference.sha256)).toBeUndefined();
    expect(await outbox.getPhoto(second, waiting.reference.sha256)).toBeInstanceOf(Blob);
  });
});

describe('interpretPhotoResponse', () => {
  const request = { reportId: 'r', sha256: 'h' };
  it('maps 201/200 with the photo to delivered, 404 to a retry, other 4xx to a person', () => {
    const photo = { reportId: 'r', sha256: 'h', receivedAt: '2026-12-01T12:00:00+09:00' };
    expect(interpretPhotoResponse(201, { photo }, request)).toEqual({
      ok: true,
      receipt: photo,
      duplicate: false,
    });
    expect(
      interpretPhotoResponse(200, { photo: { ...photo, sha256: 'x' } }, request),
    ).toMatchObject({ ok: false, retryable: true, reason: 'bad_response' });
    expect(interpretPhotoResponse(404, undefined, request)).toMatchObject({
      retryable: true,
      reason: 'report_not_received',
    });
    expect(interpretPhotoResponse(413, undefined, request)).toMatchObject({
      retryable: false,
      reason: 'rejected',
      status: 413,
    });
    expect(interpretPhotoResponse(429, undefined, request, 5000)).toMatchObject({
      retryable: true,
      reason: 'rate_limited',
      retryAfterMs: 5000,
    });
  });
});
