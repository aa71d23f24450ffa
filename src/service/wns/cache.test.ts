import { describe, expect, it } from 'vitest';
import { setConnection, tick, type ServiceState } from '..';
import { handleWnsNotification } from './notify';
import { setNotificationQueue } from './settings';
import { post, toastXml, world } from './test-world';

const DAY = 24 * 3600 * 1000;
type W = ReturnType<typeof world>;
type Send = {
  type: string;
  tag?: string;
  cache?: string;
  ttl?: number;
  at?: number;
  body?: string;
};

const contentType = (type: string) =>
  type === 'wns/raw' ? 'application/octet-stream' : 'text/xml';
const bodyFor = (s: Send, i: number) =>
  s.body ??
  (s.type === 'wns/toast'
    ? toastXml
    : s.type === 'wns/raw'
      ? `raw ${i}`
      : s.type === 'wns/badge'
        ? `<badge value="${i}"/>`
        : `<tile n="${i}"/>`);

/** Sends each notification while the phone is offline, then reconnects at `reconnectAt`. */
function offline(w: W, sends: Send[], reconnectAt = 0, queue = false) {
  let state: ServiceState = w.state;
  if (queue) state = setNotificationQueue(state, 'app-1', true);
  const ids: string[] = [];
  const statuses: string[] = [];
  sends.forEach((s, i) => {
    const headers: Record<string, string> = {
      authorization: `Bearer ${w.tokens.app1}`,
      'content-type': contentType(s.type),
      'x-wns-type': s.type,
    };
    if (s.tag) headers['x-wns-tag'] = s.tag;
    if (s.cache) headers['x-wns-cache-policy'] = s.cache;
    if (s.ttl !== undefined) headers['x-wns-ttl'] = String(s.ttl);
    const result = handleWnsNotification(state, post(w.channel.uri, headers, bodyFor(s, i)), {
      ...w.env,
      now: w.env.now + (s.at ?? 0),
      connection: 'disconnected',
    });
    state = result.state;
    ids.push(result.response.headers['X-WNS-Msg-ID']!);
    statuses.push(result.response.headers['X-WNS-Status']!);
  });
  const env = { ...w.env, now: w.env.now + reconnectAt };
  const ticked = tick(state, env);
  const back = setConnection(ticked.state, 'connected', env);
  const delivered = back.deliveries.map((d) => ids.indexOf(d.msgId));
  const expired = [...ticked.expired, ...back.expired].map((e) => ids.indexOf(e.msgId));
  return { delivered, expired, statuses, state: back.state };
}

// One row per caching rule of SPEC §2.6 (the Windows 8 rule the emulator follows). [S15, S37, S41]
const rules: {
  name: string;
  sends: Send[];
  reconnectAt?: number;
  queue?: boolean;
  delivered: number[];
  statuses?: string[];
}[] = [
  {
    name: 'one badge per app: the latest wins',
    sends: [{ type: 'wns/badge' }, { type: 'wns/badge' }],
    delivered: [1],
  },
  {
    name: 'one tile per app without the notification queue',
    sends: [{ type: 'wns/tile' }, { type: 'wns/tile' }, { type: 'wns/tile' }],
    delivered: [2],
  },
  {
    name: 'up to five tiles with the notification queue, oldest out first',
    queue: true,
    sends: Array.from({ length: 6 }, () => ({ type: 'wns/tile' })),
    delivered: [1, 2, 3, 4, 5],
  },
  {
    name: 'X-WNS-Tag replaces the cached tile with the same tag',
    queue: true,
    sends: [
      { type: 'wns/tile', tag: 'a' },
      { type: 'wns/tile', tag: 'b' },
      { type: 'wns/tile', tag: 'a' },
    ],
    delivered: [1, 2],
  },
  {
    name: 'toasts are never cached: answered dropped',
    sends: [{ type: 'wns/toast' }],
    delivered: [],
    statuses: ['dropped'],
  },
  {
    name: 'raw is not cached by default (no-cache)',
    sends: [{ type: 'wns/raw' }],
    delivered: [],
    statuses: ['dropped'],
  },
  {
    name: 'raw with X-WNS-Cache-Policy: cache keeps one',
    sends: [
      { type: 'wns/raw', cache: 'cache' },
      { type: 'wns/raw', cache: 'cache' },
    ],
    delivered: [1],
  },
  {
    name: 'a tile with no-cache is not kept',
    sends: [{ type: 'wns/tile', cache: 'no-cache' }],
    delivered: [],
    statuses: ['dropped'],
  },
  {
    name: 'badge and tile kept side by side, delivered in order',
    sends: [{ type: 'wns/tile' }, { type: 'wns/badge' }],
    delivered: [0, 1],
    statuses: ['received', 'received'],
  },
  {
    name: 'X-WNS-TTL runs out before reconnect: never delivered',
    sends: [{ type: 'wns/tile', ttl: 60 }],
    reconnectAt: 61_000,
    delivered: [],
  },
  {
    name: 'within its TTL a cached tile is delivered',
    sends: [{ type: 'wns/tile', ttl: 60 }],
    reconnectAt: 59_000,
    delivered: [0],
  },
  {
    name: 'tile and badge expire 3 days after WNS got them',
    sends: [{ type: 'wns/tile' }, { type: 'wns/badge', at: DAY / 2 }],
    reconnectAt: 3 * DAY,
    delivered: [1],
  },
];

describe('WNS offline cache (SPEC §2.6)', () => {
  it.each(rules)('$name', (rule) => {
    const result = offline(world(), rule.sends, rule.reconnectAt, rule.queue);
    expect(result.delivered).toEqual(rule.delivered);
    if (rule.statuses) expect(result.statuses).toEqual(rule.statuses);
    expect(result.state.wns.cache).toEqual([]);
  });

  it('gives expired items an expired fate with the reason', () => {
    const result = offline(
      world(),
      [{ type: 'wns/tile', ttl: 10 }, { type: 'wns/badge' }],
      4 * DAY,
    );
    expect(result.expired).toEqual([0, 1]);
  });

  it('tick expires cached items on the virtual clock, without a reconnect', () => {
    const w = world();
    const sent = handleWnsNotification(
      w.state,
      post(
        w.channel.uri,
        {
          authorization: `Bearer ${w.tokens.app1}`,
          'content-type': 'text/xml',
          'x-wns-type': 'wns/tile',
          'x-wns-ttl': '5',
        },
        '<tile/>',
      ),
      { ...w.env, connection: 'disconnected' },
    );
    expect(sent.held?.[0]?.kind).toBe('queued');
    const early = tick(sent.state, { ...w.env, now: w.env.now + 4000 });
    expect(early.expired).toEqual([]);
    const late = tick(early.state, { ...w.env, now: w.env.now + 5000 });
    expect(late.expired[0]).toMatchObject({
      msgId: sent.held?.[0]?.msgId,
      reason: /X-WNS-TTL of 5 s/,
    });
  });

  it('reports the cached item a newer one replaced, so the journal can say so', () => {
    const w = world();
    let state: ServiceState = w.state;
    const away = { ...w.env, connection: 'tempDisconnected' as const };
    const headers = {
      authorization: `Bearer ${w.tokens.app1}`,
      'content-type': 'text/xml',
      'x-wns-type': 'wns/tile',
    };
    const first = handleWnsNotification(state, post(w.channel.uri, headers, '<tile/>'), away);
    state = first.state;
    const second = handleWnsNotification(state, post(w.channel.uri, headers, '<tile/>'), away);
    expect(second.expired?.[0]?.msgId).toBe(first.held?.[0]?.msgId);
  });
});
