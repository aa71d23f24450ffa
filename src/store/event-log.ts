import type { DeviceEvent } from '../device';
import type { ServiceEvent } from '../service';

/** Everything the phone and the service did: device events, and the service's holds and expiries. */
export type TilecastEvent = DeviceEvent | Exclude<ServiceEvent, { kind: 'Delivered' }>;

/** One event as the store logged it: in order, with the virtual time it happened at. */
export type LoggedEvent = { seq: number; at: number; event: TilecastEvent };

/**
 * The arrivals log: every event since the last reset, appended by the store's commit and read by
 * the automation API's waits. Appending is O(events); readers keep a cursor (`seq`), so a flood
 * of 10,000 pushes never copies the log. `epoch` changes when a reset empties it.
 */
export type EventLog = {
  readonly epoch: number;
  readonly events: readonly LoggedEvent[];
  append(events: readonly TilecastEvent[], at: number): void;
  clear(): void;
};

export function createEventLog(): EventLog {
  let events: LoggedEvent[] = [];
  let epoch = 0;
  let seq = 0;
  return {
    get epoch() {
      return epoch;
    },
    get events() {
      return events;
    },
    append(fresh, at) {
      for (const event of fresh) events.push({ seq: ++seq, at, event });
    },
    clear() {
      events = [];
      epoch += 1;
    },
  };
}
