import * as device from '../device';
import * as service from '../service';
import { advance } from './clock';
import { throughPhone } from './commit';
import { requestEntry } from './journal';
import type { Get, StoreContext, TilecastActions } from './store';

type PushActions = Pick<TilecastActions, 'dispatch' | 'receive' | 'tick' | 'advanceClock'>;

export const pushActions = (get: Get, context: StoreContext): PushActions => {
  /**
   * The push service's front door: the service answers the request, its deliveries run through
   * the phone, and the request's entry carries the fates of its own notifications.
   */
  const dispatch: TilecastActions['dispatch'] = (request, source = 'page', from) => {
    const env = context.env();
    const result = service.handleRequest(get().service, request, env);
    const phone = throughPhone(get().device, result.events, env.now);
    const own = new Set<string>();
    for (const event of result.events) {
      if (event.kind === 'Delivered') own.add(event.delivery.msgId);
      else if (event.kind === 'Held') own.add(event.msgId);
    }
    const msgId = result.deliveries[0]?.msgId ?? result.held?.[0]?.msgId;
    const seq = get().seq + 1;
    const entry = requestEntry(seq, env.now, source, request, result, msgId, []);
    if (from !== undefined) entry.from = from;
    context.commit({
      service: result.state,
      device: phone.device,
      events: phone.events,
      request: { entry, own },
      seq,
    });
    return result.response;
  };

  return {
    dispatch,
    receive: dispatch,

    tick(clock) {
      const env = context.env(clock);
      const released = service.tick(get().service, env);
      // The phone's own timers first (banner lifetime, tile TTLs), then what the service released.
      const timed = device.tick(get().device, env.now);
      const phone = throughPhone(timed.state, released.events, env.now);
      const events = [...timed.events, ...phone.events];
      const moved = clock && clock !== get().clock;
      if (
        !moved &&
        events.length === 0 &&
        released.state === get().service &&
        timed.state === get().device
      )
        return;
      context.commit({
        service: released.state,
        device: phone.device,
        events,
        ...(clock && { extra: { clock } }),
      });
    },

    advanceClock(ms) {
      // One step: the clock moves and everything due by then happens, in one `set()`.
      get().tick(advance(get().clock, ms));
    },
  };
};
