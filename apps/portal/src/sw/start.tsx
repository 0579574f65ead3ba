import { createRoot } from 'react-dom/client';
import { watchEntry } from './entryGuard';
import { registerServiceWorker } from './register';
import { UpdateBanner } from './UpdateBanner';

/**
 * Registers the service worker and mounts the update banner in its own root after the app's:
 * an offline-capable app shell, and a new version applied only when the person asks.
 */
export function startServiceWorker(): void {
  watchEntry();
  const updates = registerServiceWorker();
  if (!updates) return;
  const container = document.createElement('div');
  container.className = 'portal-update-root';
  document.body.append(container);
  createRoot(container).render(<UpdateBanner updates={updates} />);
}
