import { ServiceWorkerUpdates, SKIP_WAITING_MESSAGE } from './register';

/** Enough of the ServiceWorker API to drive an update: workers, a registration, a container. */
function fakeWorker(state: string) {
  const worker = Object.assign(new EventTarget(), { state, postMessage: vi.fn() });
  return worker as unknown as ServiceWorker & {
    state: string;
    postMessage: ReturnType<typeof vi.fn>;
  };
}

function setup({ controlled = true, waiting = false } = {}) {
  const container = Object.assign(new EventTarget(), {
    controller: controlled ? fakeWorker('activated') : null,
  }) as unknown as ServiceWorkerContainer;
  const registration = Object.assign(new EventTarget(), {
    waiting: waiting ? fakeWorker('installed') : null,
    installing: null as ServiceWorker | null,
  }) as unknown as ServiceWorkerRegistration & { installing: ServiceWorker | null };
  const reload = vi.fn();
  const updates = new ServiceWorkerUpdates(container, reload);
  updates.watch(registration);
  return { container, registration, updates, reload };
}

describe('ServiceWorkerUpdates', () => {
  it('offers a version that was already waiting when the page loaded', () => {
    const { updates } = setup({ waiting: true });
    expect(updates.getSnapshot()).toEqual({ waiting: true, applying: false });
  });

  it('offers a new version once it has installed, but not the very first install', () => {
    const first = setup({ controlled: false });
    const fresh = fakeWorker('installing');
    first.registration.installing = fresh;
    first.registration.dispatchEvent(new Event('updatefound'));
    fresh.state = 'installed';
    fresh.dispatchEvent(new Event('statechange'));
    expect(first.updates.getSnapshot().waiting).toBe(false);

    const later = setup();
    const listener = vi.fn();
    later.updates.subscribe(listener);
    const next = fakeWorker('installing');
    later.registration.installing = next;
    later.registration.dispatchEvent(new Event('updatefound'));
    expect(later.updates.getSnapshot().waiting).toBe(false);
    next.state = 'installed';
    next.dispatchEvent(new Event('statechange'));
    expect(later.updates.getSnapshot().waiting).toBe(true);
    expect(listener).toHaveBeenCalled();
  });

  it('applies only when asked: skipWaiting is requested, then one reload when it takes over', () => {
    const { updates, registration, container, reload } = setup({ waiting: true });
    const waiting = registration.waiting as unknown as { postMessage: ReturnType<typeof vi.fn> };
    expect(waiting.postMessage).not.toHaveBeenCalled();
    updates.apply();
    expect(waiting.postMessage).toHaveBeenCalledWith(SKIP_WAITING_MESSAGE);
    expect(updates.getSnapshot().applying).toBe(true);
    expect(reload).not.toHaveBeenCalled();
    container.dispatchEvent(new Event('controllerchange'));
    container.dispatchEvent(new Event('controllerchange'));
    expect(reload).toHaveBeenCalledTimes(1);
  });

  it('does not reload when another tab applied the update; the offer goes away', () => {
    const { updates, container, reload } = setup({ waiting: true });
    container.dispatchEvent(new Event('controllerchange'));
    expect(updates.getSnapshot().waiting).toBe(false);
    expect(reload).not.toHaveBeenCalled();
  });
});
