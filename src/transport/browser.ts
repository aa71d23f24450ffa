import { setupWorker } from 'msw/browser';
import type { TilecastStore } from '../store';
import { createHandlers } from './handlers';

/** Starts the service worker that *is* the push service for this page. */
export async function startPushService(store: TilecastStore): Promise<void> {
  closeWorkerPortsWhenDone(navigator.serviceWorker);
  const worker = setupWorker(...createHandlers(store));
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    // Everything that is not a push-service endpoint (the app's own assets) goes to the network.
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}

/**
 * msw's worker sends two `MessagePort`s to the page per request: one the page answers on, one
 * with the response event that is never answered. msw leaves both open, and an open port that
 * dies is closed by Blink's garbage collector inside its atomic pause (a prefinalizer): traced, a
 * bare msw page spent 107 ms of one pause in `CppGC.SweepInvokePreFinalizers` after a burst.
 * Closing each port once it has served its one message spreads that work over the pushes.
 * Registered before msw's own listener.
 */
function closeWorkerPortsWhenDone(container: ServiceWorkerContainer): void {
  container.addEventListener('message', (event: MessageEvent<unknown>) => {
    const [port] = event.ports;
    if (!port) return;
    const type = (event.data as { type?: unknown } | null)?.type;
    if (type === 'RESPONSE') {
      // A life-cycle event: msw never replies to it.
      port.close();
    } else if (type === 'REQUEST') {
      // msw replies exactly once (a mocked response or "passthrough"); a message posted before
      // close() is still delivered.
      const post = port.postMessage.bind(port) as (...args: unknown[]) => void;
      port.postMessage = (...args: unknown[]) => {
        post(...args);
        port.close();
      };
    }
  });
}
