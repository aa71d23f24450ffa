import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../protocol/http';
import { tokenRequest } from './test-requests';
import { createAutomationApi } from './automation';
import { createTilecastStore } from './store';

function setup(seed = 11) {
  const store = createTilecastStore({ seed });
  const api = createAutomationApi(store, Promise.resolve());
  const push = async (xml: string, type = 'wns/toast', app?: string) => {
    const channel = await api.openChannel({ service: 'wns', app });
    const token = store
      .getState()
      .receive(tokenRequest(channel.credentials!.clientId, channel.credentials!.clientSecret));
    const contentType = type === 'wns/raw' ? 'application/octet-stream' : 'text/xml';
    return store.getState().receive({
      method: 'POST',
      url: channel.uri,
      headers: {
        authorization: `Bearer ${(JSON.parse(token.body) as { access_token: string }).access_token}`,
        'content-type': contentType,
        'x-wns-type': type,
      },
      body: encodeUtf8(xml),
    });
  };
  return { store, api, push };
}

const toast = (title: string) =>
  `<toast><visual><binding template="ToastText01"><text id="1">${title}</text></binding></visual></toast>`;

describe('automation API', () => {
  it('waitForToast resolves for a toast that arrives later, without polling', async () => {
    const { api, push } = setup();
    const waiting = api.waitForToast({ text: 'Goal', app: 'Contoso News' }, 1000);
    await push(toast('Goal!'));
    await expect(waiting).resolves.toMatchObject({
      title: 'Goal!',
      app: 'Contoso News',
      template: 'ToastText01',
    });
  });

  it('waitForToast also finds a toast that already arrived', async () => {
    const { api, push } = setup();
    await push(toast('Early'));
    await expect(api.waitForToast({ title: 'Early' })).resolves.toMatchObject({ texts: ['Early'] });
  });

  it('times out with a message naming what did arrive', async () => {
    const { api, push } = setup();
    await push(toast('Something else'));
    await expect(api.waitForToast({ text: 'never' }, 50)).rejects.toThrow(
      /No toast matching \{"text":"never"\} within 50 ms\. Arrived: Contoso News: "Something else"/,
    );
    await expect(api.waitForRaw({}, 10)).rejects.toThrow(/No raw arrived at all/);
  });

  it('logs every toast once, also after the newest one is tapped away', async () => {
    const { store, api, push } = setup();
    await push(toast('A'));
    await push(toast('B'));
    // Tapping the newest toast removes Action Center's head: the next diff takes the slow path.
    store.getState().tapToast(store.getState().device.actionCenter[0]!.id);
    await push(toast('C'));
    await expect(api.waitForToast({ text: 'never' }, 10)).rejects.toThrow(
      /Arrived: Contoso News: "A"; Contoso News: "B"; Contoso News: "C"$/,
    );
  });

  it('waitForDrop and waitForRaw see drops and raw data, per app', async () => {
    const { api, push } = setup();
    await push('<toast><visual>', 'wns/toast');
    await expect(
      api.waitForDrop({ app: 'Contoso News', rule: 'xml.wellFormed' }),
    ).resolves.toMatchObject({
      line: 1,
      message: expect.stringMatching(/^dropped: /),
    });
    const weather = await api.installApp({ name: 'Fabrikam Weather' });
    await api.setAppState(weather.appId, 'foreground');
    await push('ping \u00e9', 'wns/raw', 'Fabrikam Weather');
    await expect(api.waitForRaw({ app: 'Fabrikam Weather' })).resolves.toMatchObject({
      text: 'ping \u00e9',
      hex: '70 69 6e 67 20 c3 a9',
    });
  });

  it('phone() describes apps, banner and raw inbox as plain data', async () => {
    const { api, push } = setup();
    await push(toast('Hello'));
    const phone = api.phone();
    expect(phone.banner).toMatchObject({ title: 'Hello', app: 'Contoso News' });
    expect(phone.apps).toEqual([
      expect.objectContaining({ name: 'Contoso News', runState: 'notRunning' }),
    ]);
    expect(JSON.parse(JSON.stringify(phone))).toEqual(phone);
  });

  it('reset gives a clean phone, an empty journal, the same data centre but a new channel token', async () => {
    const { api, push } = setup();
    await push(toast('Before'));
    await api.reset({ seed: 99 });
    expect(api.journal()).toEqual([]);
    expect(api.phone().banner).toBeNull();
    const first = new URL((await api.openChannel({ service: 'wns' })).uri);
    await api.reset({ seed: 99 });
    const second = new URL((await api.openChannel({ service: 'wns' })).uri);
    // The seed repeats what is public; a channel URI's token is a secret and never repeats.
    expect(second.host).toBe(first.host);
    expect(second.searchParams.get('token')).not.toBe(first.searchParams.get('token'));
    await expect(api.waitForToast({ title: 'Before' }, 10)).rejects.toThrow(/No toast arrived/);
  });

  it('closeChannel makes the URI unknown to the service', async () => {
    const { api, store } = setup();
    const { uri } = await api.openChannel({ service: 'wns' });
    await api.closeChannel(uri);
    const answer = store
      .getState()
      .receive({ method: 'POST', url: uri, headers: {}, body: new Uint8Array() });
    expect(answer.status).toBe(404);
    expect(api.apps()[0]!.channels).toEqual({});
  });

  it('refuses unknown app ids and bad clock steps with a clear message', async () => {
    const { api } = setup();
    await expect(api.setAppState('app-404', 'foreground')).rejects.toThrow(
      'No installed app has the id "app-404"',
    );
    await expect(api.advanceClock(-1)).rejects.toThrow(/non-negative/);
  });
});

describe('automation API: tiles', () => {
  it('waitForTile sees a WNS tile update with its texts and size', async () => {
    const { api, push } = setup();
    const waiting = api.waitForTile({ text: 'Sunny', app: 'Contoso News' }, 1000);
    const tile =
      '<tile><visual><binding template="TileSquare150x150Text02"><text id="1">Sunny</text><text id="2">24°C</text></binding></visual></tile>';
    expect((await push(tile, 'wns/tile')).status).toBe(200);
    await expect(waiting).resolves.toMatchObject({
      service: 'wns',
      template: 'TileSquare150x150Text02',
      size: 'medium',
      texts: ['Sunny', '24°C'],
    });
    expect(api.phone().tiles).toEqual([expect.objectContaining({ texts: ['Sunny', '24°C'] })]);
  });
});
