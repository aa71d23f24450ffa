import { decodeUtf8, response } from '../protocol/http';
import { classify } from '../protocol/endpoint';
import type { PushRequest } from '../protocol/types';
import {
  linkOf,
  type PhoneConnection,
  type Env,
  type Release,
  type ServiceResult,
  type ServiceState,
} from './state';
import { findWnsChannel } from './wns/channels';
import { handleWnsNotification } from './wns/notify';
import { findMpnsChannel } from './mpns/channels';
import { handleMpnsNotification } from './mpns/notify';
import { flushOffline, releaseBatched } from './mpns/queue';
import { reconnectWns, tickWns } from './wns/release';
import { handleTokenRequest } from './wns/token-endpoint';

import { serviceEvents, type ServiceEvent } from './events';

export * from './state';
export type { ServiceEvent } from './events';
export { openWnsChannel, WNS_CHANNEL_LIFETIME_MS } from './wns/channels';
export { registerApp } from './wns/apps';
export { setAppCredentials, setNotificationQueue, setWnsSettings } from './wns/settings';
export type { WnsSettings, WnsServiceState } from './wns/wns-state';
export { seededRandom, type Random, type Secret } from './random';
export {
  openMpnsChannel,
  MPNS_MAX_CHANNELS_PER_DEVICE,
  type MpnsOpenOptions,
} from './mpns/channels';
export type { MpnsDelivery, MpnsSettings, MpnsServiceState } from './mpns/types';

/** A step of the service with what it did as events (deliveries, holds, expiries). */
export type ServiceStep = ServiceResult & { events: ServiceEvent[] };
export type ReleaseStep = { state: ServiceState } & Release & { events: ServiceEvent[] };

/** The push service: one request in, the next state, the response and its events out. */
export function handleRequest(state: ServiceState, request: PushRequest, env: Env): ServiceStep {
  const result = route(state, request, env);
  return { ...result, events: serviceEvents(result) };
}

function route(state: ServiceState, request: PushRequest, env: Env): ServiceResult {
  const endpoint = classify(request.url);
  if (endpoint?.kind === 'token') return handleTokenRequest(state, request, env);
  if (endpoint?.service === 'wns') return handleWnsNotification(state, request, env);
  if (endpoint?.service === 'mpns') return handleMpnsNotification(state, request, env);
  return {
    state,
    response: response(404),
    deliveries: [],
    kind: 'unknown',
    service: 'unknown',
    verdict: { summary: `${request.url} is not a push-service endpoint Tilecast emulates` },
  };
}

function merge(state: ServiceState, a: Release, b: Release): ReleaseStep {
  const deliveries = [...a.deliveries, ...b.deliveries];
  const expired = [...a.expired, ...b.expired];
  return { state, deliveries, expired, events: serviceEvents({ deliveries, expired }) };
}

/**
 * Time passes on the virtual clock: release batched notifications that are due, expire what
 * outlived its TTL. Called on every clock change and on a steady beat while the page is open.
 */
export function tick(state: ServiceState, env: Env): ReleaseStep {
  // Each service releases its own: MPNS batching classes, WNS cache expiry.
  const mpns = releaseBatched(state, env.now, linkOf(env));
  const wns = tickWns(mpns.state, env);
  return merge(wns.state, mpns, wns);
}

/** The phone's connection changed: on reconnect, the offline queues flush, in order. */
export function setConnection(
  state: ServiceState,
  connection: PhoneConnection,
  env: Env,
): ReleaseStep {
  const wns = reconnectWns(state, connection, env);
  const mpns = flushOffline(wns.state, connection);
  return merge(mpns.state, wns, mpns);
}

/** The app was uninstalled (or closed its channels): its URIs stop working. */
export function closeAppChannels(state: ServiceState, appId: string): ServiceState {
  const channels = Object.fromEntries(
    Object.entries(state.channels).filter(([, c]) => c.appId !== appId),
  );
  return { ...state, channels };
}

/** The app closed one channel (HttpNotificationChannel.Close / PushNotificationChannel.Close). */
export function closeChannel(state: ServiceState, uri: string): ServiceState {
  const channels = Object.fromEntries(
    Object.entries(state.channels).filter(([, c]) => c.uri !== uri),
  );
  return { ...state, channels };
}

/**
 * Whether a request belongs to this service instance: its channel, or its app's credentials.
 * Lets several emulated phones share one process (Node) and each answer only its own traffic.
 */
export function owns(state: ServiceState, request: PushRequest): boolean {
  const endpoint = classify(request.url);
  if (endpoint?.kind === 'token') {
    const clientId = new URLSearchParams(decodeUtf8(request.body)).get('client_id');
    return Object.values(state.apps).some((a) => a.packageSid === clientId);
  }
  if (endpoint?.service === 'wns') return findWnsChannel(state, request.url).found;
  if (endpoint?.service === 'mpns') return findMpnsChannel(state, request.url).found;
  return false;
}
