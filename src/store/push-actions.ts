import * as device from '../device';
import * as service from '../service';
import { advance } from './clock';
import { addFate, requestEntry, type Fate, type Journal } from './journal';
import type { Get, Set, StoreContext, TilecastActions } from './store';

type PushActions = Pick<TilecastActions, 'receive' | 'tick' | 'advanceClock'>;

/** Hands released notifications to the phone and records each fate on its journal entry. */
export function deliverReleased(
  phone: device.DeviceState,
  journal: Journal,
  release: service.Release,
  now: number,
): { phone: device.DeviceState; journal: Journal } {
  for (const delivery of release.deliveries) {
    const received = device.receive(phone, delivery, now);
    phone = received.state;
    journal = addFate(journal, delivery.msgId, received.outcome);
  }
  for (const { msgId, reason } of release.expired)
    journal = addFate(journal, msgId, { kind: 'expired', reason });
  return { phone, journal };
}

export const pushActions = (set: Set, get: Get, context: StoreContext): PushActions => ({
  receive(request, source = 'page', from) {
    const env = context.env();
    const result = service.handleRequest(get().service, request, env);
    let phone = get().device;
    const fates: Fate[] = result.deliveries.map((delivery) => {
      const received = device.receive(phone, delivery, env.now);
      phone = received.state;
      return received.outcome;
    });
    for (const held of result.held ?? []) fates.push({ kind: held.kind, reason: held.reason });
    const msgId = result.deliveries[0]?.msgId ?? result.held?.[0]?.msgId;
    const seq = get().seq + 1;
    const entry = requestEntry(seq, env.now, source, request, result, msgId, fates);
    if (from !== undefined) entry.from = from;
    let journal = get().journal.append(entry);
    // Held notifications this one displaced (WNS offline cache) get their final fate.
    for (const { msgId: gone, reason } of result.expired ?? [])
      journal = addFate(journal, gone, { kind: 'expired', reason });
    set({ service: result.state, device: phone, seq, journal });
    return result.response;
  },

  tick() {
    const env = context.env();
    const released = service.tick(get().service, env);
    // WNS tile updates past their X-WNS-TTL (or 3 days) leave the tile. [S15]
    const aged = device.expireWnsTiles(get().device, env.now);
    if (
      released.deliveries.length === 0 &&
      released.expired.length === 0 &&
      released.state === get().service &&
      aged === get().device
    )
      return;
    const { phone, journal } = deliverReleased(aged, get().journal, released, env.now);
    set({ service: released.state, device: phone, journal });
  },

  advanceClock(ms) {
    set({ clock: advance(get().clock, ms) });
    get().tick();
  },
});
