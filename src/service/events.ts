import type { Delivery, Held } from './state';

/**
 * What the push service did with notifications, as it happened: handed one to the phone, held
 * one back (offline queue, batching interval, unbound class) or let a held one expire. The
 * store runs each `Delivered` through the phone and journals the rest as fates.
 */
export type ServiceEvent =
  | { kind: 'Delivered'; delivery: Delivery }
  | { kind: 'Held'; msgId: string; hold: Held['kind']; reason: string }
  | { kind: 'Expired'; msgId: string; reason: string };

/** The events of a step's deliveries, holds and expiries, in that order. */
export function serviceEvents(step: {
  deliveries: Delivery[];
  held?: Held[];
  expired?: { msgId: string; reason: string }[];
}): ServiceEvent[] {
  const events: ServiceEvent[] = step.deliveries.map((delivery) => ({
    kind: 'Delivered',
    delivery,
  }));
  for (const { msgId, kind, reason } of step.held ?? [])
    events.push({ kind: 'Held', msgId, hold: kind, reason });
  for (const { msgId, reason } of step.expired ?? [])
    events.push({ kind: 'Expired', msgId, reason });
  return events;
}
