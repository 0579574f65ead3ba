// The page's side of the service worker: registration, noticing a waiting new version, and
// applying it only when asked (the update banner), followed by one reload.

/** What the update banner shows. */
export interface UpdateState {
  /** A new version is installed and waits to be applied. */
  waiting: boolean;
  /** The person asked to apply it: the page reloads when the new worker takes over. */
  applying: boolean;
}

/** The message the waiting worker applies itself on (`SKIP_WAITING` in routing.ts). */
export const SKIP_WAITING_MESSAGE = 'machi-dx:skip-waiting';

/** How often an open page asks the server for a new sw.js. */
const CHECK_INTERVAL_MS = 60 * 60 * 1000;

type Listener = () => void;

/** A subscribable view of the registration for `useSyncExternalStore`, and `apply()`. */
export class ServiceWorkerUpdates {
  private state: UpdateState = { waiting: false, applying: false };
  private readonly listeners = new Set<Listener>();
  private waitingWorker: ServiceWorker | undefined;

  constructor(
    private readonly container: ServiceWorkerContainer,
    private readonly reload: () => void = () => window.location.reload(),
  ) {}

  readonly subscribe = (listener: Listener) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getSnapshot = () => this.state;

  private set(next: Partial<UpdateState>) {
    this.state = { ...this.state, ...next };
    for (const listener of this.listeners) listener();
  }

  /** Follows a registration: a worker already waiting, or one that finishes installing later. */
  watch(registration: ServiceWorkerRegistration): void {
    const offer = (worker: ServiceWorker | null | undefined) => {
      // With no controller this is the first install: nothing to update, it activates by itself.
      if (!worker || !this.container.controller) return;
      this.waitingWorker = worker;
      this.set({ waiting: true });
    };
    offer(registration.waiting);
    registration.addEventListener('updatefound', () => {
      const installing = registration.installing;
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'installed') offer(registration.waiting ?? installing);
      });
    });
    // Another tab applied the update: this page keeps running; the offer is gone.
    this.container.addEventListener('controllerchange', () => {
      if (!this.state.applying) this.set({ waiting: false });
    });
  }

  /** Applies the waiting version: it takes over, then the page reloads once. */
  apply(): void {
    const worker = this.waitingWorker;
    if (!worker || this.state.applying) return;
    this.set({ applying: true });
    this.container.addEventListener('controllerchange', () => this.reload(), { once: true });
    worker.postMessage(SKIP_WAITING_MESSAGE);
  }
}

/**
 * Registers /sw.js (production builds only: main.tsx checks) once the page has loaded, and checks
 * for a new version hourly and whenever the page becomes visible again. Answers the update view,
 * or undefined where service workers are unavailable (old browsers, some private modes, http).
 */
export function registerServiceWorker(): ServiceWorkerUpdates | undefined {
  if (typeof navigator === 'undefined' || !('serviceWorker' in navigator)) return undefined;
  const container = navigator.serviceWorker;
  const updates = new ServiceWorkerUpdates(container);
  const start = () => {
    container
      .register('/sw.js', { scope: '/', updateViaCache: 'none' })
      .then((registration) => {
        updates.watch(registration);
        const check = () => void registration.update().catch(() => undefined);
        setInterval(check, CHECK_INTERVAL_MS);
        document.addEventListener('visibilitychange', () => {
          if (document.visibilityState === 'visible') check();
        });
      })
      .catch(() => undefined); // No worker: the app still works online.
  };
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
  return updates;
}
