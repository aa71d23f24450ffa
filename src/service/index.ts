import { response } from '../protocol/http';
import type { PushRequest } from '../protocol/types';
import type { PhoneConnection, Env, Release, ServiceResult, ServiceState } from './state';
import { handleWnsNotification } from './wns/notify';
import { reconnectWns, tickWns } from './wns/release';
import { handleTokenRequest } from './wns/token-endpoint';

export * from './state';
export { openWnsChannel, WNS_CHANNEL_LIFETIME_MS } from './wns/channels';
export { registerApp } from './wns/apps';
export { setAppCredentials, setNotificationQueue, setWnsSettings } from './wns/settings';
export type { WnsSettings, WnsServiceState } from './wns/wns-state';
export { seededRandom, type Random } from './random';

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
};

/** The push service: one request in, the next state, the response and any deliveries out. */
export function handleRequest(state: ServiceState, request: PushRequest, env: Env): ServiceResult {
  const host = hostOf(request.url);
  if (host === 'login.live.com') return handleTokenRequest(state, request, env);
  if (host.endsWith('.notify.windows.com')) return handleWnsNotification(state, request, env);
  return {
    state,
    response: response(404),
    deliveries: [],
    kind: 'unknown',
    service: 'unknown',
    verdict: { summary: `${host || request.url} is not a push service endpoint Tilecast emulates` },
  };
}

/**
 * Time passes on the virtual clock: release batched notifications that are due, expire what
 * outlived its TTL. Called on every clock change and on a steady beat while the page is open.
 */
export function tick(state: ServiceState, env: Env): { state: ServiceState } & Release {
  return tickWns(state, env);
}

/** The phone's connection changed: on reconnect, the offline queues flush, in order. */
export function setConnection(
  state: ServiceState,
  connection: PhoneConnection,
  env: Env,
): { state: ServiceState } & Release {
  return reconnectWns(state, connection, env);
}

/** The app was uninstalled (or closed its channels): its URIs stop working. */
export function closeAppChannels(state: ServiceState, appId: string): ServiceState {
  const channels = Object.fromEntries(
    Object.entries(state.channels).filter(([, c]) => c.appId !== appId),
  );
  return { ...state, channels };
}
