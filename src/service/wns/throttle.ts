import type { WnsServiceState } from './wns-state';

const MINUTE = 60_000;

export type ThrottleCheck =
  { ok: true; wns: WnsServiceState } | { ok: false; retryAfterSeconds: number };

/**
 * The per-channel rate limit (SPEC §0 ⚙): at most N notifications per channel in any minute;
 * past it → 406 `channelthrottled` with `Retry-After` until the oldest leaves the window. [S15]
 */
export function checkThrottle(
  wns: WnsServiceState,
  channelToken: string,
  now: number,
): ThrottleCheck {
  const limit = wns.settings.channelRatePerMinute;
  const recent = (wns.recent[channelToken] ?? []).filter((t) => now - t < MINUTE);
  if (limit !== null && recent.length >= limit) {
    const oldest = recent[0] ?? now;
    return { ok: false, retryAfterSeconds: Math.max(1, Math.ceil((oldest + MINUTE - now) / 1000)) };
  }
  return { ok: true, wns: { ...wns, recent: { ...wns.recent, [channelToken]: [...recent, now] } } };
}
