import { relayUriFor as mapToRelay } from '../protocol/relay-uri';
import type { Set } from './store';

/** The page's link to the Node relay (see transport/relay-client.ts). */
export type RelayStatus = {
  /** `unavailable`: no relay serves this page (e.g. a static host); in-page pushes still work. */
  state: 'connecting' | 'connected' | 'unavailable';
  /** Is this tab the phone that relayed requests reach? */
  active: boolean;
  /** Emulator tabs connected to the relay, this one included. */
  pages: number;
  /** Makes this tab the active phone; set by the relay client while connected. */
  activate?: () => void;
};

export const initialRelayStatus: RelayStatus = { state: 'connecting', active: false, pages: 0 };

export type RelayActions = { setRelayStatus(status: RelayStatus): void };

export const relayActions = (set: Set): RelayActions => ({
  setRelayStatus(status) {
    set({ relay: status });
  },
});

/**
 * A channel or token URI as a back end outside the browser reaches it through the relay. Without
 * a page (the Node entry) there is no origin, and the relay URI is a path on the relay's server.
 */
export const relayUriFor = (uri: string, origin = globalThis.location?.origin ?? ''): string =>
  mapToRelay(uri, origin) ?? '';
