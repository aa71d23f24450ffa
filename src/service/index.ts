import { response } from '../protocol/http';
import type { PushRequest } from '../protocol/types';
import type { Env, ServiceResult, ServiceState } from './state';
import { handleWnsNotification } from './wns/notify';
import { handleTokenRequest } from './wns/token-endpoint';

export * from './state';
export { openWnsChannel, WNS_CHANNEL_LIFETIME_MS } from './wns/channels';
export { registerApp } from './wns/apps';
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
