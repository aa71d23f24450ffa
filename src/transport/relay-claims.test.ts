import { afterEach, describe, expect, it, vi } from 'vitest';
import { channelKey } from '../protocol/channel-key';
import { encodeUtf8 } from '../protocol/http';
import type { TunnelClaims } from '../protocol/tunnel';
import { createTilecastStore, ownedClaims, SAMPLE_APP } from '../store';
import { tokenRequest } from '../store/test-requests';
import { claimsSync, SETTLE_TIMEOUT_MS, watchOwnedClaims } from './relay-claims';

const claims = (...channels: string[]) => ({ channels, clients: ['ms-app://s-1-15-2-1'] });

function harness() {
  const sent: TunnelClaims[] = [];
  const sync = claimsSync((message) => sent.push(message));
  return { sent, sync };
}

/** Whether a promise has settled, without waiting for it. */
const isDone = async (promise: Promise<void>) => {
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
};

afterEach(() => {
  vi.useRealTimers();
});

describe("keeping the relay's copy of this tab's claims", () => {
  it('sends them when the socket opens, then only when they change', () => {
    const { sent, sync } = harness();
    sync.update(claims('a')); // no socket yet: nothing to send on
    expect(sent).toEqual([]);
    sync.opened(claims('a'));
    sync.update(claims('a'));
    sync.update(claims('a', 'b'));
    expect(sent).toEqual([
      { type: 'claims', seq: 1, ...claims('a') },
      { type: 'claims', seq: 2, ...claims('a', 'b') },
    ]);
  });

  it('sends them again on a new socket, even unchanged: the relay forgot the old one', () => {
    const { sent, sync } = harness();
    sync.opened(claims('a'));
    sync.closed();
    sync.update(claims('a', 'b'));
    sync.opened(claims('a'));
    expect(sent.map((m) => [m.seq, m.channels])).toEqual([
      [1, ['a']],
      [2, ['a']],
    ]);
  });

  it('settles once the relay acknowledged the latest claims, not an older one', async () => {
    const { sync } = harness();
    sync.opened(claims('a'));
    sync.update(claims('a', 'b'));
    const settled = sync.settled();
    expect(sync.acknowledged(1)).toEqual(claims('a'));
    expect(await isDone(settled)).toBe(false);
    expect(sync.acknowledged(2)).toEqual(claims('a', 'b'));
    expect(await isDone(settled)).toBe(true);
    expect(await isDone(sync.settled())).toBe(true);
  });

  it('ignores an acknowledgement of claims from before a reconnect', () => {
    const { sync } = harness();
    sync.opened(claims('a'));
    sync.closed();
    expect(sync.acknowledged(1)).toBeUndefined();
  });

  it('settles at once with no relay, and when the socket closes', async () => {
    const { sync } = harness();
    expect(await isDone(sync.settled())).toBe(true);
    sync.opened(claims('a'));
    const pending = sync.settled();
    sync.closed();
    expect(await isDone(pending)).toBe(true);
  });

  it('while the first socket opens, waits for the claims it will send', async () => {
    const { sync } = harness();
    const settled = sync.settled(true);
    sync.opened(claims('a'));
    expect(await isDone(settled)).toBe(false);
    sync.acknowledged(1);
    expect(await isDone(settled)).toBe(true);
  });

  it('never waits longer than the settle timeout for a relay that does not answer', async () => {
    vi.useFakeTimers();
    const { sync } = harness();
    sync.opened(claims('a'));
    const settled = sync.settled();
    await vi.advanceTimersByTimeAsync(SETTLE_TIMEOUT_MS - 1);
    expect(await isDone(settled)).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await isDone(settled)).toBe(true);
  });
});

describe('what a tab owns, as the store changes', () => {
  it('changes with channels and apps, and not with pushes or token requests', () => {
    const store = createTilecastStore({ seed: 3 });
    const seen: unknown[] = [];
    const stop = watchOwnedClaims(store, (c) => seen.push(c));
    const app = Object.values(store.getState().service.apps)[0]!;
    const channel = Object.values(store.getState().service.channels)[0]!;

    const token = store.getState().receive(tokenRequest(app.packageSid, app.clientSecret));
    const { access_token } = JSON.parse(token.body) as { access_token: string };
    for (let i = 0; i < 5; i++) {
      const pushed = store.getState().receive({
        method: 'POST',
        url: channel.uri,
        headers: {
          authorization: `Bearer ${access_token}`,
          'content-type': 'text/xml',
          'x-wns-type': 'wns/toast',
        },
        body: encodeUtf8(
          `<toast><visual><binding template="ToastText01"><text id="1">${i}</text></binding></visual></toast>`,
        ),
      });
      expect(pushed.status).toBe(200);
    }
    expect(seen).toEqual([]);

    const opened = store.getState().openChannel({ service: 'mpns', app: 'Northwind Mail' });
    // Installing the app, then opening its channel: two changes, each told once.
    expect(seen).toHaveLength(2);
    expect(seen.at(-1)).toEqual(ownedClaims(store.getState().service));
    expect((seen.at(-1) as { channels: string[] }).channels).toContain(opened.uri);
    stop();
  });

  it("agrees with the service on which requests are this tab's", () => {
    const store = createTilecastStore({ seed: 5 });
    const wns = store.getState().openChannel({ service: 'wns', app: SAMPLE_APP }).uri;
    const mpns = store.getState().openChannel({ service: 'mpns', app: 'Northwind Mail' }).uri;
    const keys = new Set(ownedClaims(store.getState().service).channels.map(channelKey));
    const variants = [
      wns,
      wns.replace(/^https:\/\/\w+/, 'https://BN1'),
      wns.replace(/%2f/g, '%2F').replace(/%2b/g, '%2B').replace(/%3d/g, '%3D'),
      wns.replace(/token=AwY/, 'token=AwZ'),
      mpns,
      mpns.replace(/^http:\/\/\w+/, 'http://SN1'),
      mpns.slice(0, -1),
      'https://db5.notify.windows.com/?token=nobody',
    ];
    for (const url of variants) {
      const request = { method: 'POST', url, headers: {}, body: new Uint8Array() };
      expect([url, keys.has(channelKey(url))]).toEqual([url, store.getState().claims(request)]);
    }
  });
});
