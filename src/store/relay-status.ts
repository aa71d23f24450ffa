import { relayUriFor as mapToRelay } from '../protocol/relay-uri';
import type { ServiceState } from '../service';
import type { Set } from './store';

/** What a tab tells the relay it owns: its channel URIs and its apps' Package SIDs. */
export type RelayClaims = { channels: string[]; clients: string[] };

/** The page's link to the Node relay (see transport/relay-client.ts). */
export type RelayStatus = {
  /** `unavailable`: no relay serves this page (e.g. a static host); in-page pushes still work. */
  state: 'connecting' | 'connected' | 'unavailable';
  /** Is this tab the active phone, which answers requests that no tab owns? */
  active: boolean;
  /** Emulator tabs connected to the relay, this one included. */
  pages: number;
  /** What the relay routes to this tab: the claims it last acknowledged. */
  claims: RelayClaims;
  /** Makes this tab the active phone; set by the relay client while connected. */
  activate?: () => void;
};

const noClaims: RelayClaims = { channels: [], clients: [] };

export const initialRelayStatus: RelayStatus = {
  state: 'connecting',
  active: false,
  pages: 0,
  claims: noClaims,
};

export type RelayActions = { setRelayStatus(status: RelayStatus): void };

export const relayActions = (set: Set): RelayActions => ({
  setRelayStatus(status) {
    set({ relay: status });
  },
});

/**
 * What this tab's push service owns, for the relay's routing: every channel it issued and every
 * app's credentials (the token endpoint's `client_id`). Sorted, so equal sets compare equal.
 */
export const ownedClaims = (service: ServiceState): RelayClaims => ({
  channels: Object.values(service.channels)
    .map((c) => c.uri)
    .sort(),
  clients: Object.values(service.apps)
    .map((a) => a.packageSid)
    .sort(),
});

/**
 * A channel or token URI as a back end outside the browser reaches it through the relay. Without
 * a page (the Node entry) there is no origin, and the relay URI is a path on the relay's server.
 */
export const relayUriFor = (uri: string, origin = globalThis.location?.origin ?? ''): string =>
  mapToRelay(uri, origin) ?? '';
