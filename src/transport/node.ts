// `tilecast/node`: the same push service and phone, headless, for a back end's unit tests.
// Requests made with the process's own fetch (or any client built on it or on http) are
// intercepted by msw/node and answered by the same handlers and store as in the browser.
import { setupServer } from 'msw/node';
import {
  createAutomationApi,
  createTilecastStore,
  type StoreOptions,
  type TilecastApi,
  type TilecastStore,
} from '../store';
import { createHandlers } from './handlers';

// The cloud side, for a test that pushes as a back end would: createCloud(fetch).
export {
  createCloud,
  TokenError,
  TOKEN_URL,
  type Cloud,
  type CloudChannel,
  type CloudFetch,
  type CloudOptions,
  type CloudRequest,
  type CloudResponse,
  type CloudResult,
  type Credentials,
  type SendInit,
  type TileContent,
  type ToastContent,
} from '../cloud';

export type {
  AppRecord,
  ChannelInfo,
  DropRecord,
  JournalEntry,
  Match,
  PhoneSnapshot,
  RawRecord,
  TilecastApi,
  TileRecord,
  ToastRecord,
} from '../store';

/** One headless phone with its own push service. */
export type TilecastNode = TilecastApi & {
  store: TilecastStore;
  /** Stops answering for this phone; the interceptor stops with the last phone. */
  close(): void;
};

const phones: TilecastStore[] = [];
let server: ReturnType<typeof setupServer> | undefined;

/**
 * msw handlers for every phone created in this process: each request goes to the phone whose
 * channel or credentials it names, else to the newest phone (which answers 404 or 400).
 * For users who already run their own `setupServer(...handlers)`.
 */
export const handlers = createHandlers((request) => {
  const owner = phones.find((store) => store.getState().claims(request)) ?? phones.at(-1);
  if (!owner) throw new Error('tilecast/node: no phone exists; call createTilecast() first');
  return owner;
});

/** Starts intercepting push-service URLs in this process (idempotent). */
export function listen(): void {
  if (server) return;
  const started = setupServer(...handlers);
  started.listen({ onUnhandledRequest: 'bypass' });
  server = started;
}

export type CreateOptions = StoreOptions & {
  /** Set false when you pass `handlers` to your own setupServer. Default true. */
  listen?: boolean;
};

export function createTilecast(options: CreateOptions = {}): TilecastNode {
  const store = createTilecastStore(options);
  // No tab, no relay socket: `relay()` says so rather than "connecting" for ever.
  store.getState().setRelayStatus({ ...store.getState().relay, state: 'unavailable' });
  phones.push(store);
  if (options.listen !== false) listen();
  // Real time passes in Node too: batching and TTLs; unref'd so it never keeps a process alive.
  const beat = setInterval(() => store.getState().tick(), 1000);
  (beat as { unref?: () => void }).unref?.();
  return {
    ...createAutomationApi(store, Promise.resolve()),
    store,
    close() {
      clearInterval(beat);
      phones.splice(phones.indexOf(store), 1);
      if (phones.length === 0 && server) {
        server.close();
        server = undefined;
      }
    },
  };
}
