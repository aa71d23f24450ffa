import type { DeviceState } from '../device';
import {
  dropRecord,
  rawRecord,
  toastRecord,
  type DropRecord,
  type RawRecord,
  type ToastRecord,
} from './phone-snapshot';
import type { TilecastStore } from './store';

/** Everything the phone showed or dropped since the last reset, in arrival order. */
export type Arrivals = { toast: ToastRecord[]; raw: RawRecord[]; drop: DropRecord[] };
export type ArrivalKind = keyof Arrivals;

/** Finds what is new in `next` compared with `prev`: toasts, raw messages, device-log drops. */
export function diffArrivals(prev: DeviceState, next: DeviceState): Arrivals {
  const out: Arrivals = { toast: [], raw: [], drop: [] };
  if (prev === next) return out;
  const seenToasts = new Set(prev.actionCenter.map((t) => t.id));
  if (prev.banner) seenToasts.add(prev.banner.id);
  const candidates = next.banner ? [next.banner, ...next.actionCenter] : next.actionCenter;
  for (const t of candidates) {
    if (seenToasts.has(t.id)) continue;
    seenToasts.add(t.id);
    out.toast.push(toastRecord(next, t));
  }
  out.toast.sort((a, b) => a.shownAt - b.shownAt);
  for (const [appId, inbox] of Object.entries(next.rawInbox)) {
    const before = prev.rawInbox[appId];
    if (inbox === before) continue;
    const known = new Set(before?.map((m) => m.id));
    for (const m of inbox) if (!known.has(m.id)) out.raw.push(rawRecord(next, appId, m));
  }
  if (next.log !== prev.log) {
    const known = new Set(prev.log.map((e) => e.id));
    for (const e of next.log) if (!known.has(e.id)) out.drop.push(dropRecord(next, e));
  }
  return out;
}

/** Keeps the arrival log of one store, and lets callers wait on it without polling. */
export function trackArrivals(store: TilecastStore) {
  let log: Arrivals = { toast: [], raw: [], drop: [] };
  const listeners = new Set<() => void>();
  store.subscribe((next, prev) => {
    if (next.epoch !== prev.epoch) log = { toast: [], raw: [], drop: [] };
    const fresh = diffArrivals(prev.device, next.device);
    if (fresh.toast.length + fresh.raw.length + fresh.drop.length === 0) return;
    log = {
      toast: [...log.toast, ...fresh.toast],
      raw: [...log.raw, ...fresh.raw],
      drop: [...log.drop, ...fresh.drop],
    };
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
