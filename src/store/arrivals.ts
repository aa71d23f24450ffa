import type { DeviceState } from '../device';
import {
  tileRecords,
  type TileRecord,
  dropRecord,
  rawRecord,
  toastRecord,
  type DropRecord,
  type RawRecord,
  type ToastRecord,
} from './phone-snapshot';
import type { TilecastStore } from './store';

/** Everything the phone showed or dropped since the last reset, in arrival order. */
export type Arrivals = {
  toast: ToastRecord[];
  raw: RawRecord[];
  drop: DropRecord[];
  tile: TileRecord[];
};
export type ArrivalKind = keyof Arrivals;

/**
 * The items of `next` not in `prev`. Logs and inboxes only grow at the end, so that is the tail
 * (O(new), not O(n) per push: a flood of 10,000 drops); anything else is compared by id.
 */
function added<T extends { id: string }>(prev: readonly T[], next: readonly T[]): readonly T[] {
  const n = prev.length;
  if (n === 0) return next;
  if (next.length >= n && next[n - 1] === prev[n - 1] && next[0] === prev[0]) return next.slice(n);
  const known = new Set(prev.map((m) => m.id));
  return next.filter((m) => !known.has(m.id));
}

/** Finds what is new in `next` compared with `prev`: toasts, raw messages, device-log drops. */
export function diffArrivals(prev: DeviceState, next: DeviceState): Arrivals {
  const out: Arrivals = { toast: [], raw: [], drop: [], tile: [] };
  if (prev === next) return out;
  if (next.banner !== prev.banner || next.actionCenter !== prev.actionCenter) {
    const seenToasts = new Set<string>();
    if (prev.banner) seenToasts.add(prev.banner.id);
    // Action Center is newest first and grows at the front: when its previous newest toast is
    // still there, what precedes it is new. Otherwise (taps, clears) compare every id: a Set of
    // the whole Action Center per push cost O(n) in floods over a hundred apps.
    const head = prev.actionCenter[0];
    const k = head ? next.actionCenter.indexOf(head) : next.actionCenter.length;
    const fresh = k >= 0 ? next.actionCenter.slice(0, k) : next.actionCenter;
    if (k < 0) for (const t of prev.actionCenter) seenToasts.add(t.id);
    for (const t of next.banner ? [next.banner, ...fresh] : fresh) {
      if (seenToasts.has(t.id)) continue;
      seenToasts.add(t.id);
      out.toast.push(toastRecord(next, t));
    }
  }
  out.toast.sort((a, b) => a.shownAt - b.shownAt);
  for (const [appId, inbox] of Object.entries(next.rawInbox)) {
    const before = prev.rawInbox[appId];
    if (inbox === before) continue;
    for (const m of added(before ?? [], inbox)) out.raw.push(rawRecord(next, appId, m));
  }
  if (next.wnsTiles !== prev.wnsTiles || next.wpTiles !== prev.wpTiles) {
    const known = new Set(tileRecords(prev).map((t) => t.id));
    for (const t of tileRecords(next)) if (!known.has(t.id)) out.tile.push(t);
  }
  if (next.log !== prev.log)
    for (const e of added(prev.log, next.log)) out.drop.push(dropRecord(next, e));
  return out;
}

/** Keeps the arrival log of one store, and lets callers wait on it without polling. */
export function trackArrivals(store: TilecastStore) {
  const empty = (): Arrivals => ({ toast: [], raw: [], drop: [], tile: [] });
  let log: Arrivals = empty();
  const listeners = new Set<() => void>();
  store.subscribe((next, prev) => {
    if (next.epoch !== prev.epoch) log = empty();
    const fresh = diffArrivals(prev.device, next.device);
    if (fresh.toast.length + fresh.raw.length + fresh.drop.length + fresh.tile.length === 0) return;
    // Appended in place (the log is private; waits read it when notified): copying the whole
    // log per push was O(n) in floods.
    for (const kind of ['toast', 'raw', 'drop', 'tile'] as const)
      for (const record of fresh[kind]) (log[kind] as unknown[]).push(record);
    for (const listener of listeners) listener();
  });
  return {
    all: () => log,
    onChange(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
