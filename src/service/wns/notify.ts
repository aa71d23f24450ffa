import { header } from '../../protocol/http';
import { readWnsHeaders, WNS_MAX_PAYLOAD_BYTES, type WnsOptions } from '../../protocol/wns/headers';
import { readWnsMatch } from '../../protocol/wns/match';
import type { PushRequest } from '../../protocol/types';
import {
  linkOf,
  type WnsDelivery,
  type Env,
  type PhoneConnection,
  type ServiceResult,
  type ServiceState,
} from '../state';
import { cacheWhileOffline, expiryOf } from './cache';
import { checkBearer } from './auth';
import { findWnsChannel } from './channels';
import { responder } from './respond';
import { checkThrottle } from './throttle';

/** X-WNS-DeviceConnectionStatus values. [S15] */
const wnsConnection: Record<PhoneConnection, string> = {
  connected: 'connected',
  tempDisconnected: 'tempdisconnected',
  disconnected: 'disconnected',
  inactive: 'disconnected',
};

/** A 503 tells the sender when to come back. [S15, S38] */
const FAULT_RETRY_AFTER_SECONDS = 120;

/**
 * A notification POST (or Action Center DELETE) to a WNS channel URI. Checks run in this order:
 * method (405), service fault (500/503), channel (404 unknown, 410 expired), bearer token (401
 * missing/invalid/expired, 403 other app), headers (400), size (413), channel rate (406); then
 * 200 `received`, delivered at once or cached while the phone is away. WNS never inspects the
 * payload (SPEC §2.3). [S15, S19]
 */
export function handleWnsNotification(
  state: ServiceState,
  request: PushRequest,
  env: Env,
): ServiceResult {
  const lookup = findWnsChannel(state, request.url);
  const channel = lookup.found ? lookup.channel : undefined;
  const { msgId, answer } = responder(state, request, channel, env);

  if (request.method !== 'POST' && request.method !== 'DELETE') {
    return answer(405, `WNS accepts POST (and DELETE on Windows Phone), not ${request.method}`, {
      headers: { Allow: 'POST, DELETE' },
      rule: 'http.method',
    });
  }
  const fault = state.wns.settings.fault;
  if (fault !== 'none') {
    return answer(fault, `Simulated service fault: WNS answers ${fault}`, {
      headers: fault === 503 ? { 'Retry-After': String(FAULT_RETRY_AFTER_SECONDS) } : {},
      rule: `wns.fault.${fault}`,
    });
  }
  if (!channel) {
    const reason = lookup.found ? '' : lookup.reason;
    return answer(404, `Channel not found: ${reason}`, { rule: 'wns.channel.unknown' });
  }
  if (env.now >= channel.expiresAt) {
    return answer(410, 'The channel expired (WNS channels live 30 days)', {
      wnsStatus: 'dropped',
      rule: 'wns.channel.expired',
    });
  }
  const refused = checkBearer(state, request, channel, env, answer);
  if (refused) return refused;

  let options: WnsOptions;
  let match: WnsDelivery['match'];
  if (request.method === 'DELETE') {
    // DELETE removes Action Center toasts; any body is ignored. [S15]
    const read = readWnsMatch(header(request.headers, 'x-wns-match'));
    if (!read.ok)
      return answer(400, read.description, { description: read.description, rule: 'wns.match' });
    match = read.match;
    options = {
      type: 'wns/toast',
      cachePolicy: 'cache',
      requestForStatus: false,
      suppressPopup: false,
    };
  } else {
    const checked = readWnsHeaders(request.headers);
    if (!checked.ok) {
      return answer(400, checked.description, {
        description: checked.description,
        rule: checked.diagnostic.rule,
      });
    }
    if (request.body.byteLength > WNS_MAX_PAYLOAD_BYTES) {
      return answer(
        413,
        `The payload is ${request.body.byteLength} bytes; WNS accepts at most 5000`,
        {
          description: 'Payload exceeds the 5000-byte limit',
          rule: 'wns.payload.size',
        },
      );
    }
    options = checked.options;
  }

  const throttle = checkThrottle(state.wns, channel.token, env.now);
  if (!throttle.ok) {
    const rate = state.wns.settings.channelRatePerMinute;
    return answer(406, `The channel is throttled: more than ${rate} notifications in a minute`, {
      wnsStatus: 'channelthrottled',
      headers: {
        'Retry-After': String(throttle.retryAfterSeconds),
        'X-WNS-CONTINUE-AFTER': String(throttle.retryAfterSeconds),
      },
      rule: 'wns.throttled',
    });
  }
  const delivery: WnsDelivery = {
    service: 'wns',
    appId: channel.appId,
    channelUri: channel.uri,
    msgId,
    type: options.type,
    options,
    body: request.body,
    receivedAt: env.now,
    expiresAt: match ? undefined : expiryOf(options, env.now),
    match,
  };
  const counted = { ...state, wns: throttle.wns };
  const statusHeaders: Record<string, string> = options.requestForStatus
    ? { 'X-WNS-DeviceConnectionStatus': wnsConnection[linkOf(env)] }
    : {};
  const what = match ? 'DELETE of Action Center toasts' : options.type;
  const appName = state.apps[channel.appId]?.name ?? channel.appId;

  if (linkOf(env) === 'connected') {
    const result = answer(200, `Accepted ${what} for ${appName}`, {
      wnsStatus: 'received',
      headers: statusHeaders,
    });
    return { ...result, state: counted, deliveries: [delivery] };
  }
  const cached = cacheWhileOffline(counted.wns, delivery);
  if (!cached.cached) {
    return {
      ...answer(200, `Dropped ${what} for ${appName}: ${cached.reason}`, {
        wnsStatus: 'dropped',
        headers: statusHeaders,
      }),
      state: counted,
    };
  }
  const result = answer(200, `Accepted ${what} for ${appName}; cached until the phone reconnects`, {
    wnsStatus: 'received',
    headers: statusHeaders,
  });
  return {
    ...result,
    state: { ...counted, wns: cached.wns },
    held: [{ msgId, kind: 'queued', reason: 'the phone is offline; WNS caches it (SPEC §2.6)' }],
    expired: cached.replaced,
  };
}
