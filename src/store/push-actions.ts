import * as device from '../device';
import * as service from '../service';
import { advance } from './clock';
import { throughPhone } from './commit';
import { inBackground, type NoticeTiming } from './defer-notices';
import { requestEntry, type RequestSource } from './journal';
import type { PushRequest } from '../protocol/types';
import type { Get, StoreContext, TilecastActions } from './store';

/**
 * When views hear of a push: a relayed one in the next animation frame, where it is painted
 * anyway, since a back end pushing in sequence sends its next request while a render of the
 * last would still run (B6); any other in the next task (defer-notices.ts).
 */
export const noticeTiming = (source: RequestSource): NoticeTiming =>
  source === 'relay' ? 'frame' : 'task';

type PushActions = Pick<TilecastActions, 'dispatch' | 'receive' | 'tick' | 'advanceClock'>;

export const pushActions = (get: Get, context: StoreContext): PushActions => {
  /** The phone side of a push: its deliveries run through the phone, its entry, one commit. */
  const landPush = (
    request: PushRequest,
    source: RequestSource,
    from: string | undefined,
    env: service.Env,
    result: service.ServiceStep,
  ) => {
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
  };

  /**
   * The push service's front door: the service answers the request, its deliveries run through
   * the phone, and the request's entry carries the fates of its own notifications.
   */
  const dispatch: TilecastActions['dispatch'] = (request, source = 'page', from, reply) => {
    const env = context.env();
    const result = service.handleRequest(get().service, request, env);
    const land = () => landPush(request, source, from, env, result);
    if (!reply) {
      land();
      return result.response;
    }
    // The answer depends on the service alone. A host that sends it from `reply` sends it
    // before the phone's work (the XML parse, the journal) begins, and that work runs in a task
    // of its own: Chromium sends a WebSocket message only once the task that sent it has ended
    // (B6: a millisecond of work after a relay's answer added a millisecond to its trip).
    // Scheduled first: a reply that throws (a socket gone) must not lose the push's entry.
    context.later(() => inBackground(land, noticeTiming(source)));
    reply(result.response);
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
