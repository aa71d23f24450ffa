import type { DeviceState } from '../device';
import type { LoggedEvent } from './event-log';
import {
  dropRecord,
  rawRecord,
  toastRecord,
  wnsTileRecord,
  wpTileRecord,
  type DropRecord,
  type RawRecord,
  type TileRecord,
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

/** Adds the record one event makes (a toast, raw message, tile or device-log drop) to `out`. */
function addRecord(out: Arrivals, phone: DeviceState, { event }: LoggedEvent): void {
  switch (event.kind) {
    case 'ToastShown':
      // A toast the app in the foreground took itself was never on screen. [S10]
      if (event.where !== 'app') out.toast.push(toastRecord(phone, event.toast));
      return;
    case 'RawDelivered':
      out.raw.push(rawRecord(phone, event.appId, event.message));
      return;
    case 'TileUpdated':
      out.tile.push(
        event.service === 'wns'
          ? wnsTileRecord(phone, event.appId, event.size, event.item)
          : wpTileRecord(phone, event.tile),
      );
      return;
    case 'Dropped':
    case 'ImageFailed':
      out.drop.push(dropRecord(phone, event.log));
      return;
    default:
      return;
  }
}

/**
 * The arrival records of one store, read from its event log (nothing compares states), and a
 * way to wait on them without polling. Listening only observes: it never writes state.
 */
export function trackArrivals(store: TilecastStore) {
  const empty = (): Arrivals => ({ toast: [], raw: [], drop: [], tile: [] });
  let records: Arrivals = empty();
  let epoch = -1;
  let read = 0;
  const listeners = new Set<() => void>();
  /** Turns the events logged since the last read into records: O(new events). */
  const catchUp = () => {
    const log = store.getState().eventLog();
    if (log.epoch !== epoch) [records, epoch, read] = [empty(), log.epoch, 0];
    const { events } = log;
    if (read === events.length) return false;
    const phone = store.getState().device;
    for (; read < events.length; read++) addRecord(records, phone, events[read]!);
    return true;
  };
  store.subscribe(() => {
    if (catchUp()) for (const listener of listeners) listener();
  });
  return {
    all: () => {
      catchUp();
      return records;
    },
    onChange(listener: () => void) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
