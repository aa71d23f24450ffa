import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../protocol/http';
import { tokenRequest } from './test-requests';
import { createTilecastStore } from './store';
import type { RequestEntry } from './journal';

const DAY = 86_400_000;

function setup() {
  const store = createTilecastStore({ seed: 7, realNow: () => 1_700_000_000_000 });
  const channel = store.getState().openChannel({ service: 'wns' });
  const token = () => {
    const response = store
      .getState()
      .receive(
        tokenRequest(
          channel.credentials!.clientId,
          store.getState().service.apps[channel.appId]!.clientSecret,
        ),
      );
    return (JSON.parse(response.body) as { access_token?: string }).access_token;
  };
  const tile = (uri: string, bearer: string, text: string) =>
    store.getState().receive({
      method: 'POST',
      url: uri,
      headers: {
        authorization: `Bearer ${bearer}`,
        'content-type': 'text/xml',
        'x-wns-type': 'wns/tile',
      },
      body: encodeUtf8(
        `<tile><visual><binding template="TileMedium"><text>${text}</text></binding></visual></tile>`,
      ),
    });
  return { store, channel, token, tile };
}

describe('WNS through the store', () => {
  it('a fresh openChannel after 30 days gives a new URI and its expiresAt; the old one answers 410 [S16]', () => {
    const { store, channel, token, tile } = setup();
    store.getState().advanceClock(30 * DAY);
    const fresh = store.getState().openChannel({ service: 'wns' });
    expect(fresh.uri).not.toBe(channel.uri);
    expect(fresh.expiresAt).toBe(store.getState().now() + 30 * DAY);
    const bearer = token()!;
    expect(tile(channel.uri, bearer, 'old').status).toBe(410);
    expect(tile(fresh.uri, bearer, 'new').status).toBe(200);
  });

  it('offline: the journal says queued, replaced, then shown on reconnect (SPEC §2.6)', () => {
    const { store, channel, token, tile } = setup();
    const bearer = token()!;
    store.getState().setConnection('disconnected');
    tile(channel.uri, bearer, 'first');
    tile(channel.uri, bearer, 'second');
    store.getState().setConnection('connected');
    const fates = store
      .getState()
      .journal.toArray()
      .filter((e): e is RequestEntry => e.kind === 'request' && e.type === 'tile')
      .map((e) => e.outcomes.map((o) => o.kind));
    expect(fates).toEqual([
      ['queued', 'expired'],
      ['queued', 'shown'],
    ]);
    const items = store.getState().device.wnsTiles[channel.appId]!.items;
    expect(items.map((i) => i.bindings[0]!.texts[0])).toEqual(['second']);
  });

  it('after a secret change, only the new secret gets a token', () => {
    const { store, channel, token } = setup();
    const old = channel.credentials!.clientSecret;
    store.getState().setAppCredentials(channel.appId, { clientSecret: 'rotated' });
    const refused = store.getState().receive(tokenRequest(channel.credentials!.clientId, old));
    expect(refused.status).toBe(400);
    expect(token()).toMatch(/^EgA/);
  });

  it('a delivered tile update leaves the tile 3 days later, on the virtual clock [S15]', () => {
    const { store, channel, token, tile } = setup();
    tile(channel.uri, token()!, 'today');
    expect(store.getState().device.wnsTiles[channel.appId]!.items).toHaveLength(1);
    store.getState().advanceClock(3 * DAY - 1000);
    expect(store.getState().device.wnsTiles[channel.appId]!.items).toHaveLength(1);
    store.getState().advanceClock(1000);
    expect(store.getState().device.wnsTiles[channel.appId]!.items).toHaveLength(0);
  });
});
