import * as device from '../device';
import type * as service from '../service';
import type { TilecastEvent, EventLog } from './event-log';
import { addFate, type Fate, type JournalEntry, type RequestEntry } from './journal';
import { capJournal } from './inspector/ring';
import type { Get, Set, TilecastState } from './store';

/** The fate an event gives a notification, with the notification's id. */
export function fateOf(event: TilecastEvent): { msgId: string; fate: Fate } | undefined {
  switch (event.kind) {
    case 'Held':
      return { msgId: event.msgId, fate: { kind: event.hold, reason: event.reason } };
    case 'Expired':
      return { msgId: event.msgId, fate: { kind: 'expired', reason: event.reason } };
    default: {
      const fate = device.fateOf(event);
      const msgId = 'msgId' in event ? event.msgId : undefined;
      return fate && msgId !== undefined ? { msgId, fate } : undefined;
    }
  }
}

/** Runs the service's events through the phone: each delivery is received, in order. */
export function throughPhone(
  phone: device.DeviceState,
  events: readonly service.ServiceEvent[],
  now: number,
): { device: device.DeviceState; events: TilecastEvent[] } {
  const out: TilecastEvent[] = [];
  for (const event of events) {
    if (event.kind !== 'Delivered') {
      out.push(event);
      continue;
    }
    const received = device.receive(phone, event.delivery, now);
    phone = received.state;
    out.push(...received.events);
  }
  return { device: phone, events: out };
}

/** What one step changed: the next service and phone, the events, and the request's entry. */
export type Change = {
  service?: service.ServiceState;
  device?: device.DeviceState;
  events: readonly TilecastEvent[];
  /** The request's new journal entry, and the ids of its notifications, whose fates go on it. */
  request?: { entry: RequestEntry; own: ReadonlySet<string> };
  /** Lifecycle entries the step adds after the request's (install, channel opened…). */
  entries?: JournalEntry[];
  seq?: number;
  extra?: Partial<TilecastState>;
};

/**
 * The one place a step lands in the store: the events' fates go on their journal entries, new
 * entries get their real time, the journal is cut to its ring size, the events join the
 * arrivals log, and `set()` runs once. No listener writes state afterwards.
 */
export function createCommit(set: Set, get: Get, log: EventLog, realNow: () => number) {
  return function commit(change: Change): void {
    const state = get();
    const { request, events } = change;
    const added: JournalEntry[] = [...(request ? [request.entry] : []), ...(change.entries ?? [])];
    let journal = state.journal;
    for (const event of events) {
      const fated = fateOf(event);
      if (!fated) continue;
      // The request's own notifications: on its entry, made just now and not yet shared.
      if (request?.own.has(fated.msgId)) request.entry.outcomes.push(fated.fate);
      else journal = addFate(journal, fated.msgId, fated.fate);
    }
    const at = realNow();
    for (const e of added) e.realAt ??= at;
    for (const e of added) journal = journal.append(e);
    const capped = capJournal(journal, state.inspector.journalLimit);
    const next: Partial<TilecastState> = { ...change.extra };
    if (change.service) next.service = change.service;
    if (change.device) next.device = change.device;
    if (change.seq !== undefined) next.seq = change.seq;
    if (capped.journal !== state.journal) next.journal = capped.journal;
    if (capped.evicted)
      next.inspector = { ...state.inspector, evicted: state.inspector.evicted + capped.evicted };
    if (Object.keys(next).length === 0 && events.length === 0) return;
    if (events.length) log.append(events, state.now());
    set(next);
  };
}
