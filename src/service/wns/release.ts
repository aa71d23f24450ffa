import type { Env, PhoneConnection, Release, ServiceState } from '../state';
import { expireCache, flushCache } from './cache';

/** Virtual time passed: cached WNS notifications past their TTL (or 3 days) expire. [S15] */
export function tickWns(state: ServiceState, env: Env): { state: ServiceState } & Release {
  const { wns, expired } = expireCache(state.wns, env.now);
  return { state: wns === state.wns ? state : { ...state, wns }, deliveries: [], expired };
}

/**
 * The phone's link changed. Back to `connected`: expire what ran out, then deliver the rest of
 * the offline cache in the order WNS received it. (SPEC §2.6) [S15, S37]
 */
export function reconnectWns(
  state: ServiceState,
  connection: PhoneConnection,
  env: Env,
): { state: ServiceState } & Release {
  const ticked = tickWns(state, env);
  if (connection !== 'connected') return ticked;
  const { wns, deliveries } = flushCache(ticked.state.wns);
  return { state: { ...ticked.state, wns }, deliveries, expired: ticked.expired };
}
