// Shared by the stories (and so by the tests that reuse them); not part of the package's API.
import type { ComponentType, ReactNode } from 'react';
import { useEffect, useState } from 'react';
import { expect, userEvent, waitFor, within } from 'storybook/test';
import type { ReportKind } from '../core/kinds';
import type { StorageManagerLike } from '../core/outbox/environment';
import { memorySendLock } from '../core/outbox/lock';
import { Outbox } from '../core/outbox/outbox';
import type { Transport } from '../core/outbox/types';
import type { PhotoCodec } from '../core/photos';
import { createFakeShelterServer, type FakeShelterServer } from '../core/testing/fake-server';
import { exampleReportData } from '../core/validation/fixtures';

/** The sample shelter the stories report for (宇和島市（サンプル）, 施設 90001). */
export const STORY_SHELTER = 'E3820390001111';

/** What a story's outbox is given to work with. */
export interface StoryOutboxContext {
  outbox: Outbox;
  server: FakeShelterServer;
  /** Flips the fake network. */
  setOnline(online: boolean): void;
}

/** How a story's outbox and network start. */
export interface StoryOutboxOptions {
  /** The fake server is reachable. Default false (a shelter with no signal). */
  online?: boolean;
  /** Every request hangs (a report stays 送信中). */
  hang?: boolean;
  /** Every write to this outbox's database fails with QuotaExceededError. */
  storageFull?: boolean;
  /** What `navigator.storage` answers. Default: persisted, 2.4 MB of 1 GB used. */
  storage?: StorageManagerLike;
  /** Puts reports in place before the story shows. */
  setup?: (context: StoryOutboxContext) => Promise<void>;
}

const fullDatabases = new Set<string>();
let quotaPatched = false;

/**
 * Makes writes to the named databases fail as a full disk does. Patched on the prototype because the
 * outbox reaches IndexedDB through `idb`; it works the same on fake-indexeddb and in Chromium.
 */
function fillStorage(databaseName: string) {
  fullDatabases.add(databaseName);
  if (quotaPatched) return;
  quotaPatched = true;
  const put = IDBObjectStore.prototype.put;
  IDBObjectStore.prototype.put = function patchedPut(
    this: IDBObjectStore,
    ...args: Parameters<IDBObjectStore['put']>
  ) {
    if (fullDatabases.has(this.transaction.db.name)) {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    }
    return put.apply(this, args);
  };
}

const hangingTransport: Transport = {
  send: (_request, options) =>
    new Promise((resolve) => {
      options?.signal?.addEventListener('abort', () =>
        resolve({ ok: false, retryable: true, reason: 'network' }),
      );
    }),
};

let stories = 0;

/** Queues a valid report of `kind` (the example data) and answers its id. */
export async function queueExample(
  outbox: Outbox,
  kind: ReportKind,
  data?: object,
): Promise<string> {
  const draft = await outbox.createDraft({
    shelterId: STORY_SHELTER,
    kind,
    data: { ...exampleReportData[kind], ...data } as never,
  });
  await outbox.submit(draft.id);
  return draft.id;
}

/**
 * A fresh outbox on its own database and an in-memory server with the real idempotency rules, made
 * when the story mounts and removed when it unmounts; renders nothing until the setup is done.
 */
export function StoryOutbox({
  children,
  ...options
}: StoryOutboxOptions & { children: (context: StoryOutboxContext) => ReactNode }) {
  const [context, setContext] = useState<StoryOutboxContext>();
  // The options of the first render: the outbox is made once per mount.
  const [initial] = useState(options);
  useEffect(() => {
    const {
      online: startOnline = false,
      hang = false,
      storageFull = false,
      storage,
      setup,
    } = initial;
    stories += 1;
    const databaseName = `machi-dx-story-${stories}-${Math.random().toString(36).slice(2)}`;
    const network = { online: startOnline };
    const server = createFakeShelterServer();
    const outbox = new Outbox({
      transport: hang ? hangingTransport : server.transport({ online: () => network.online }),
      probe: async () => hang || network.online,
      databaseName,
      lock: memorySendLock(),
      channel: null,
      signals: [],
      storage: storage ?? {
        persist: async () => true,
        persisted: async () => true,
        estimate: async () => ({ usage: 2_400_000, quota: 1_000_000_000 }),
      },
    });
    const value: StoryOutboxContext = {
      outbox,
      server,
      setOnline(online) {
        network.online = online;
        if (online) void outbox.sendNow();
      },
    };
    let live = true;
    void (async () => {
      await outbox.start();
      await setup?.(value);
      if (storageFull) {
        fillStorage(databaseName);
        // Surface the problem at once, as a failed autosave would.
        await outbox
          .createDraft({ shelterId: STORY_SHELTER, kind: 'status' })
          .catch(() => undefined);
      }
      if (live) setContext(value);
    })();
    return () => {
      live = false;
      fullDatabases.delete(databaseName);
      outbox.stop();
      indexedDB.deleteDatabase(databaseName);
    };
  }, [initial]);
  return context ? <div data-story-ready="">{children(context)}</div> : null;
}

/** Waits for an element of the story to appear (the outbox is set up asynchronously). */
export async function findIn(canvasElement: HTMLElement, selector: string): Promise<HTMLElement> {
  return waitFor(
    () => {
      const element = canvasElement.querySelector<HTMLElement>(selector);
      expect(element).not.toBeNull();
      return element as HTMLElement;
    },
    { timeout: 5000 },
  );
}

/** The clock of the form stories: 2026-12-01 12:05 in Tokyo. */
export const storyNow = () => new Date('2026-12-01T12:05:00+09:00');

/**
 * What every report-form story shares: a fixed clock, an outbox made for the story (configured by
 * `parameters.outbox`), and a play function that waits for the form.
 */
export function reportFormStory<P extends { outbox: Outbox }>(Form: ComponentType<P>) {
  return {
    args: { shelterId: STORY_SHELTER, now: storyNow, autosaveDelayMs: 50 },
    parameters: { outbox: {} as StoryOutboxOptions },
    render: (args: Omit<P, 'outbox'>, { parameters }: { parameters: Record<string, unknown> }) => (
      <StoryOutbox {...(parameters.outbox as StoryOutboxOptions)}>
        {({ outbox }) => <Form {...(args as P)} outbox={outbox} />}
      </StoryOutbox>
    ),
    play: async ({ canvasElement }: { canvasElement: HTMLElement }) => {
      await findIn(canvasElement, '.machi-report-form');
    },
  };
}

/** Presses 確認へ進む (and expects the form to stop at its error summary when `expectErrors`). */
export async function pressContinue(canvasElement: HTMLElement, expectErrors = false) {
  await findIn(canvasElement, '.machi-report-form');
  await userEvent.click(
    within(canvasElement).getByRole('button', { name: /確認へ進む|Continue|つぎへ/ }),
  );
  if (expectErrors) {
    const summary = await findIn(canvasElement, '.machi-error-summary');
    await waitFor(() => expect(summary).toHaveFocus());
  }
}

/** Goes through the check step and queues the report. */
export async function continueAndSend(canvasElement: HTMLElement) {
  await pressContinue(canvasElement);
  await userEvent.click(
    await within(canvasElement).findByRole('button', {
      name: /この内容で報告する|Send this report|これで 送る/,
    }),
  );
}

/** A location service answering with a fix near 宇和島市役所, or refusing as a person who said no. */
export function storyGeolocation(answer: 'found' | 'denied') {
  return {
    getCurrentPosition(success: PositionCallback, failure?: PositionErrorCallback | null) {
      setTimeout(() => {
        if (answer === 'found') {
          success({
            coords: { latitude: 33.2233214, longitude: 132.5605901, accuracy: 12 },
          } as GeolocationPosition);
        } else {
          failure?.({ code: 1, message: 'User denied Geolocation' } as GeolocationPositionError);
        }
      }, 20);
    },
  };
}

/** A photo codec that keeps the picture as it is (no canvas in jsdom); sizes as a phone camera's. */
export const storyPhotoCodec: PhotoCodec = {
  decode: async (file) => ({
    source: file as unknown as CanvasImageSource,
    width: 4032,
    height: 3024,
  }),
  encode: async (image) => image.source as unknown as Blob,
};

/** A small picture file (an SVG square of one colour), distinct per colour. */
export function storyPhoto(colour: string): File {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="400" height="300"><rect width="400" height="300" fill="${colour}"/></svg>`;
  return new File([svg], `${colour}.svg`, { type: 'image/svg+xml' });
}

/** Resolves once the outbox's snapshot satisfies `ready` (e.g. a report was delivered). */
export function whenOutbox(
  outbox: Outbox,
  ready: (snapshot: ReturnType<Outbox['getSnapshot']>) => boolean,
) {
  return new Promise<void>((resolve) => {
    if (ready(outbox.getSnapshot())) return resolve();
    const unsubscribe = outbox.subscribe(() => {
      if (!ready(outbox.getSnapshot())) return;
      unsubscribe();
      resolve();
    });
  });
}

/** Three reports queued with no signal: a status report, a supply request and a damage report. */
export async function threeQueued({ outbox }: StoryOutboxContext) {
  await queueExample(outbox, 'status');
  await queueExample(outbox, 'supply_request');
  await queueExample(outbox, 'damage');
}

/**
 * A report HQ refuses with 409 id_conflict: HQ already holds other content under its id (as after
 * a device restored from an old backup). It ends 要対応.
 */
export async function refusedReport({ outbox, server }: StoryOutboxContext) {
  const draft = await outbox.createDraft({
    shelterId: STORY_SHELTER,
    kind: 'status',
    data: exampleReportData.status,
  });
  const report = draft.report;
  server.receive({
    shelterId: STORY_SHELTER,
    report: { ...report, data: { ...report.data, evacueeTotal: 130 } },
  });
  await outbox.submit(draft.id);
  await whenOutbox(outbox, (snapshot) => snapshot.counts.needs_attention === 1);
}
