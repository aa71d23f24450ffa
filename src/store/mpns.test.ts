import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../protocol/http';
import { createTilecastStore } from './store';

const toast = (text: string) =>
  `<wp:Notification xmlns:wp="WPNotification"><wp:Toast><wp:Text1>${text}</wp:Text1></wp:Toast></wp:Notification>`;

const setup = () => {
  let t = Date.UTC(2026, 0, 1, 12);
  const store = createTilecastStore({ seed: 9, realNow: () => t });
  const channel = store.getState().openChannel({ service: 'mpns' });
  const push = (headers: Record<string, string> = {}, body = toast('Hi')) =>
    store.getState().receive({
      method: 'POST',
      url: channel.uri,
      headers: { 'content-type': 'text/xml', 'x-windowsphone-target': 'toast', ...headers },
      body: encodeUtf8(body),
    });
  return { store, channel, push, later: (ms: number) => (t += ms) };
};

describe('MPNS through the store', () => {
  it('opens an MPNS channel for the sample app and shows a pushed toast', () => {
    const { store, channel, push } = setup();
    expect(channel).toMatchObject({
      service: 'mpns',
      uri: expect.stringMatching(/^http:\/\/\w+\.notify\.live\.net\/throttledthirdparty\//),
    });
    expect(push().status).toBe(200);
    expect(store.getState().device.banner?.toast.texts).toEqual(['Hi']);
    const entry = store.getState().journal.toArray().at(-1);
    expect(entry).toMatchObject({
      kind: 'request',
      service: 'mpns',
      type: 'toast',
      outcomes: [{ kind: 'shown' }],
    });
  });

  it('opens the https form for an authenticated service', () => {
    const { store } = setup();
    const secure = store
      .getState()
      .openChannel({ service: 'mpns', app: 'Secure', authenticated: true });
    expect(secure.uri).toMatch(/^https:\/\/\w+\.notify\.live\.net\/unthrottledthirdparty\//);
    expect(store.getState().device.apps[secure.appId]?.authenticatedService).toBe(true);
  });

  it('journals a batched toast as batched, then shown once the clock passes 450 s', () => {
    const { store, push } = setup();
    push({ 'x-notificationclass': '12' });
    expect(store.getState().device.banner).toBeNull();
    store.getState().advanceClock(450_000);
    expect(store.getState().device.banner?.toast.texts).toEqual(['Hi']);
    const entry = store
      .getState()
      .journal.toArray()
      .findLast((e) => e.kind === 'request');
    expect(entry?.kind === 'request' && entry.outcomes.map((o) => o.kind)).toEqual([
      'batched',
      'shown',
    ]);
  });

  it('answers 503 while the service is set unavailable', () => {
    const { store, push } = setup();
    store.getState().setMpnsSettings({ unavailable: true });
    expect(push().status).toBe(503);
    store.getState().setMpnsSettings({ unavailable: false });
    expect(push().status).toBe(200);
  });

  it('answers 404 Dropped/Expired after uninstall and gives a new URI on reinstall [S25]', () => {
    const { store, channel, push } = setup();
    store.getState().uninstallApp(channel.appId);
    const gone = push();
    expect(gone.status).toBe(404);
    expect(gone.headers).toMatchObject({
      'X-NotificationStatus': 'Dropped',
      'X-SubscriptionStatus': 'Expired',
    });
    const again = store.getState().openChannel({ service: 'mpns' });
    expect(again.uri).not.toBe(channel.uri);
  });
});
