import * as v from 'valibot';
import { count, deadline, oneOf, text, time } from './common';

// The push service's stored state: apps and their credentials, tokens, channels, queues.
// Records are read item by item (a bad app is dropped alone); queues and settings as a whole.

export const serviceAppSchema = v.looseObject({
  appId: text,
  name: text,
  packageSid: text,
  clientSecret: text,
});

export const accessTokenSchema = v.looseObject({
  token: text,
  appId: text,
  issuedAt: time,
  expiresAt: deadline,
});

export const channelSchema = v.looseObject({
  service: oneOf(['wns', 'mpns']),
  uri: text,
  token: text,
  dc: text,
  appId: text,
  createdAt: time,
  expiresAt: deadline,
  authenticated: v.optional(v.boolean('is not true or false')),
  shellToast: v.optional(v.boolean('is not true or false')),
  shellTile: v.optional(v.boolean('is not true or false')),
});

export const connectionSchema = oneOf([
  'connected',
  'tempDisconnected',
  'disconnected',
  'inactive',
]);

// A held notification keeps its delivery (payload bytes, options) as the service made it; the
// fields the service computes on are checked, the delivery's own shape only as an object.
const delivery = v.looseObject({
  service: oneOf(['wns', 'mpns']),
  appId: text,
  msgId: text,
  body: v.instance(Uint8Array, 'is not bytes'),
});
const pending = v.looseObject({ token: text, delivery, releaseAt: deadline });

export const mpnsStateSchema = v.looseObject({
  settings: v.looseObject({
    unavailable: v.boolean(),
    maxPayloadBytes: count,
    queueLimit: count,
    dailyQuota: count,
  }),
  quota: v.record(v.string(), v.looseObject({ day: count, count })),
  batched: v.array(pending),
  offline: v.array(pending),
});

export const wnsStateSchema = v.looseObject({
  settings: v.looseObject({
    channelRatePerMinute: v.nullable(count),
    fault: v.union([text, v.number()], 'is not a fault setting'),
  }),
  cache: v.array(v.looseObject({ delivery, expiresAt: deadline })),
  recent: v.record(v.string(), v.array(time)),
  notificationQueue: v.record(v.string(), v.boolean()),
});
