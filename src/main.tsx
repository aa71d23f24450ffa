import '@fontsource-variable/open-sans/wght.css';
import './index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { ErrorBoundary } from './components/error/ErrorBoundary';
import {
  autosave,
  claimWriter,
  clearStoredState,
  createAutomationApi,
  restore,
  restorePackages,
  savePackages,
  type TilecastApi,
} from './store';
import { tilecastStore } from './store/react';
import { startPushService } from './transport/browser';
import { startRelayClient } from './transport/relay-client';

declare global {
  interface Window {
    tilecast: TilecastApi;
  }
}

// The stored state (journal, apps, channels…) comes back before anything can push or render.
// The service worker registers meanwhile (the slowest step of a cold start): its handlers read
// the store per request, and nothing can reach them before `ready`, which waits for both.
const persistence = { flush: () => Promise.resolve() };
const restored = Promise.all([
  restore(tilecastStore),
  restorePackages(tilecastStore),
  // One tab saves; another would overwrite its journal and apps without a word (storage-role.ts).
  claimWriter().catch(() => true),
]).then(([{ dirty }, , writer]) => {
  if (!writer) return tilecastStore.getState().setStorageRole('other-tab');
  const saving = [autosave(tilecastStore, { dirty }), savePackages(tilecastStore)];
  persistence.flush = () => Promise.all(saving.map((s) => s.flush())).then(() => undefined);
});
const ready = Promise.all([restored, startPushService(tilecastStore)]).then(() => undefined);
// Until the relay client starts there is nothing to wait for; then, the relay's acknowledgement.
const relayLink = { settled: () => Promise.resolve() };
window.tilecast = createAutomationApi(tilecastStore, ready, persistence, relayLink);
// Back ends outside the browser reach this phone through the relay (issue #9), once the
// restored state is in place.
void ready.then(() => {
  relayLink.settled = startRelayClient(tilecastStore).settled;
});

// Real time passes too: release batched notifications and expire TTLs on a steady beat.
setInterval(() => tilecastStore.getState().tick(), 1000);

const root = createRoot(document.getElementById('root')!);
const render = (startupError?: string) =>
  root.render(
    <StrictMode>
      <ErrorBoundary region="Tilecast page" onResetStoredState={clearStoredState}>
        <App startupError={startupError} onResetStoredState={clearStoredState} />
      </ErrorBoundary>
    </StrictMode>,
  );

// Start the worker before the first render, so nothing can push into a service not yet listening.
ready.then(
  () => {
    // The cold-start benchmark (B5) reads this mark.
    performance.mark('tilecast:ready');
    render();
  },
  (error: unknown) => render(error instanceof Error ? error.message : String(error)),
);
