import { setupWorker } from 'msw/browser';
import type { TilecastStore } from '../store';
import { createPushAnswer, type PushAnswer } from './handlers';
import { routeWorkerMessage } from './worker-messages';

/** Starts the service worker that *is* the push service for this page. */
export async function startPushService(store: TilecastStore): Promise<void> {
  answerPushRequests(navigator.serviceWorker, createPushAnswer(store));
  // msw registers and activates its worker, keeps it alive, and passes the app's own requests
  // through; every push-service request is answered by the listener above.
  const worker = setupWorker();
  await worker.start({
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    onUnhandledRequest: 'bypass',
    quiet: true,
  });
}

/**
 * Answers the worker's push-service requests in the page, before msw's client sees them.
 *
 * msw's client would turn each request into a `Request`, clone it, run the handler chain on it,
 * build a `Response` and then rebuild both from the life-cycle echo; it also leaves both
 * `MessagePort`s of a request open. That is main-thread work per push, and dead objects Blink
 * finalizes inside its atomic garbage-collection pause (issue 10, B2). Here a request is one
 * message in, one plain reply out: the worker builds the `Response` itself.
 * Registered before msw's own listener.
 */
function answerPushRequests(container: ServiceWorkerContainer, answer: PushAnswer): void {
  container.addEventListener('message', (event: MessageEvent<unknown>) => {
    const [port] = event.ports;
    if (!port) return;
    const route = routeWorkerMessage(event.data, answer);
    if (route.kind === 'msw') {
      closeWhenDone(port, event.data);
      return;
    }
    event.stopImmediatePropagation();
    // A message posted before close() is still delivered.
    if (route.kind === 'reply') port.postMessage(route.reply);
    port.close();
  });
}

/**
 * msw never answers a RESPONSE echo, and answers a REQUEST exactly once (here: "passthrough");
 * left open, a dead port is closed inside the garbage collector's pause instead.
 */
function closeWhenDone(port: MessagePort, data: unknown): void {
  const type = (data as { type?: unknown } | null)?.type;
  if (type === 'RESPONSE') port.close();
  if (type !== 'REQUEST') return;
  const post = port.postMessage.bind(port) as (...args: unknown[]) => void;
  port.postMessage = (...args: unknown[]) => {
    post(...args);
    port.close();
  };
}
