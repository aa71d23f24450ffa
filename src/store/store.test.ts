import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../protocol/http';
import { tokenRequest } from './test-requests';
import { createTilecastStore, SAMPLE_APP } from './store';

const fixedClock = () => {
  let t = 1_700_000_000_000;
  return { realNow: () => t, tick: (ms: number) => (t += ms) };
};

function tokenFor(
  store: ReturnType<typeof createTilecastStore>,
  clientId: string,
  clientSecret: string,
) {
  const response = store.getState().receive(tokenRequest(clientId, clientSecret));
  return (JSON.parse(response.body) as { access_token: string }).access_token;
}

describe('the store joins service, phone and journal', () => {
  it('starts with the sample app installed and its WNS channel open, both journaled', () => {
    const store = createTilecastStore({ seed: 1 });
    const { device, journal } = store.getState();
    expect(Object.values(device.apps).map((a) => a.name)).toEqual([SAMPLE_APP]);
    expect(journal.toArray().map((e) => e.kind === 'lifecycle' && e.event)).toEqual([
      'appInstalled',
      'channelOpened',
    ]);
  });

  it('repeats public ids for the same seed, never secrets', () => {
    const run = (seed: number) => {
      const store = createTilecastStore({ seed, realNow: () => 0 });
      const channel = store.getState().openChannel({ service: 'wns' });
      const { clientId, clientSecret } = channel.credentials!;
      const accessToken = tokenFor(store, clientId, clientSecret);
      const response = store.getState().receive({
        method: 'POST',
        url: channel.uri,
        headers: { authorization: `Bearer ${accessToken}`, 'x-wns-type': 'wns/raw' },
        body: encodeUtf8('x'),
      });
      const uri = new URL(channel.uri);
      return {
        public: {
          host: uri.host,
          msgId: response.headers['X-WNS-Msg-ID'],
          cv: response.headers['MS-CV'],
          trace: response.headers['X-WNS-Debug-Trace'],
        },
        secret: { token: uri.searchParams.get('token'), clientId, clientSecret, accessToken },
      };
    };
    const [a, b] = [run(7), run(7)];
    expect(a.public.msgId).toMatch(/^[0-9A-F]{16}$/);
    expect(a.public).toEqual(b.public);
    expect(a.secret.token).toMatch(/^AwYAAAA[A-Za-z0-9+/]{129}=$/);
    expect(a.secret.clientId).toMatch(/^ms-app:\/\/s-1-15-2(-\d{10}){7}$/);
    expect(a.secret.clientSecret).toMatch(/^[A-Za-z0-9]{32}$/);
    expect(a.secret.accessToken).toMatch(/^EgA[A-Za-z0-9+/]{401}=$/);
    for (const key of ['token', 'clientId', 'clientSecret', 'accessToken'] as const)
      expect(a.secret[key], key).not.toBe(b.secret[key]);
  });

  it('pushes a toast end to end: token, POST, banner, one journal entry each', () => {
    const clock = fixedClock();
    const store = createTilecastStore({ seed: 3, realNow: clock.realNow });
    const channel = store.getState().openChannel({ service: 'wns' });
    const token = tokenFor(store, channel.credentials!.clientId, channel.credentials!.clientSecret);
    const response = store.getState().receive({
      method: 'POST',
      url: channel.uri,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'text/xml',
        'x-wns-type': 'wns/toast',
      },
      body: encodeUtf8(
        '<toast><visual><binding template="ToastText01"><text id="1">Goal!</text></binding></visual></toast>',
      ),
    });
    expect(response.status).toBe(200);
    const state = store.getState();
    expect(state.device.banner?.toast.texts).toEqual(['Goal!']);
    const last = state.journal.at(-1);
    expect(last).toMatchObject({
      kind: 'request',
      type: 'toast',
      appId: channel.appId,
      outcomes: [{ kind: 'shown' }],
    });
  });

  it('expires tokens on the virtual clock', () => {
    const store = createTilecastStore({ seed: 4, realNow: () => 0 });
    const channel = store.getState().openChannel({ service: 'wns' });
    const token = tokenFor(store, channel.credentials!.clientId, channel.credentials!.clientSecret);
    store.getState().advanceClock(24 * 3600 * 1000);
    const response = store.getState().receive({
      method: 'POST',
      url: channel.uri,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'text/xml',
        'x-wns-type': 'wns/badge',
      },
      body: encodeUtf8('<badge value="1"/>'),
    });
    expect(response.status).toBe(401);
  });

  it('reuses a valid channel and installs a named app with its own credentials', () => {
    const store = createTilecastStore({ seed: 5 });
    const first = store.getState().openChannel({ service: 'wns' });
    expect(store.getState().openChannel({ service: 'wns' }).uri).toBe(first.uri);
    const other = store.getState().openChannel({ service: 'wns', app: 'Fabrikam Weather' });
    expect(other.appId).not.toBe(first.appId);
    expect(other.credentials!.clientId).not.toBe(first.credentials!.clientId);
  });
});
