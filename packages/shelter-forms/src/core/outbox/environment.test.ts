import { broadcastChannel, browserResumeSignals, readStorageState } from './environment';
import { tick } from './test-support';

describe('browserResumeSignals', () => {
  it('resumes on online, on becoming visible and on a back/forward-cache restore, until unsubscribed', () => {
    const triggers: string[] = [];
    const unsubscribe = browserResumeSignals((trigger) => triggers.push(trigger));
    window.dispatchEvent(new Event('online'));
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    document.dispatchEvent(new Event('visibilitychange'));
    visibility.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    const restored = Object.assign(new Event('pageshow'), { persisted: true });
    window.dispatchEvent(restored);
    window.dispatchEvent(Object.assign(new Event('pageshow'), { persisted: false }));
    unsubscribe();
    window.dispatchEvent(new Event('online'));
    expect(triggers).toEqual(['online', 'visible', 'start']);
    visibility.mockRestore();
  });
});

describe('broadcastChannel', () => {
  it('carries messages between two channels of the same name', async () => {
    const a = broadcastChannel('outbox-channel-test');
    const b = broadcastChannel('outbox-channel-test');
    const received: unknown[] = [];
    const unsubscribe = b?.subscribe((message) => received.push(message));
    a?.post({ type: 'changed' });
    await vi.waitFor(() => expect(received).toEqual([{ type: 'changed' }]));
    unsubscribe?.();
    a?.post({ type: 'released' });
    await tick(20);
    expect(received).toHaveLength(1);
    a?.close();
    b?.close();
  });
});

describe('readStorageState', () => {
  it('reports what the browser tells, and nothing it cannot', async () => {
    expect(await readStorageState(undefined)).toEqual({});
    expect(
      await readStorageState({
        persisted: async () => true,
        estimate: async () => ({ usage: 1, quota: 2 }),
      }),
    ).toEqual({ persisted: true, usage: 1, quota: 2 });
    expect(
      await readStorageState({ persisted: () => Promise.reject(new Error('denied')) }, undefined),
    ).toEqual({});
  });
});
