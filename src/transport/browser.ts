import { setupWorker } from 'msw/browser';
import type { TilecastStore } from '../store';
import { createHandlers } from './handlers';

/** Starts the service worker that *is* the push service for this page. */
export async function startPushService(store: TilecastStore): Promise<void> {
  const worker = setupWorker(...createHandlers(store));
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    // Everything that is not a push-service endpoint (the app's own assets) goes to the network.
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}
