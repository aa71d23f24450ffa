/**
 * The virtual clock: real time plus an offset, so tests and users can jump ahead by hours or
 * days (token expiry, channel expiry, TTLs) without waiting. The one place real time is read.
 */
export type Clock = { offsetMs: number };

export type RealTime = () => number;

// eslint-disable-next-line no-restricted-properties -- the virtual clock is built on real time
export const systemTime: RealTime = () => Date.now();

export const virtualNow = (clock: Clock, realNow: RealTime) => realNow() + clock.offsetMs;

export const advance = (clock: Clock, ms: number): Clock => ({
  offsetMs: clock.offsetMs + Math.max(0, ms),
});
