import { describe, expect, it, vi } from 'vitest';
import { encodeUtf8 } from '../protocol/http';
import type { PushRequest, PushResponse } from '../protocol/types';
import { createTilecastStore } from './store';
import { tokenRequest } from './test-requests';

// dispatch's `reply`: the answer leaves before the phone's work, which lands in a task of its
// own or at the first read or write of the store, whichever comes first (B6).

function setup() {
  const store = createTilecastStore({ seed: 21 });
  const app = Object.values(store.getState().service.apps)[0]!;
  const uri = Object.values(store.getState().service.channels)[0]!.uri;
  const token = JSON.parse(
    store.getState().receive(tokenRequest(app.packageSid, app.clientSecret)).body,
  ) as { access_token: string };
  const toast = (text: string): PushRequest => ({
    method: 'POST',
    url: uri,
    headers: {
      authorization: `Bearer ${token.access_token}`,
      'content-type': 'text/xml',
      'x-wns-type': 'wns/toast',
    },
    body: encodeUtf8(
      `<toast><visual><binding template="ToastText01"><text id="1">${text}</text></binding></visual></toast>`,
    ),
  });
  const requests = () =>
    store
      .getState()
      .journal.toArray()
      .filter((e) => e.kind === 'request').length;
  return { store, toast, requests };
}

describe('dispatch with reply', () => {
  it('replies with the answer before the phone takes the push', () => {
    const { store, toast, requests } = setup();
    const before = requests();
    let seen: { status: number; banner: unknown } | undefined;
    // Inside reply the push has not landed: the raw state, read without landing, is unchanged.
    const raw = store.getState();
    const returned = store.getState().dispatch(toast('first'), 'relay', 'a:1', (response) => {
      seen = { status: response.status, banner: raw.device.banner };
    });
    expect(seen).toEqual({ status: 200, banner: null });
    expect(returned.status).toBe(200);
    // The first read lands it: nobody outside the answering task sees the store without it.
    expect(requests()).toBe(before + 1);
    expect(store.getState().device.banner?.toast.texts).toEqual(['first']);
  });

  it('lands the push in a task of its own when nothing reads the store', async () => {
    const { store, toast } = setup();
    const listener = vi.fn();
    store.subscribe(listener);
    store.getState().dispatch(toast('alone'), 'relay', 'a:1', () => {});
    expect(listener).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(listener).toHaveBeenCalledTimes(1));
    expect(store.getState().device.banner?.toast.texts).toEqual(['alone']);
  });

  it('lands each push before the next is answered, in order, none lost', () => {
    const { store, toast } = setup();
    const statuses: number[] = [];
    for (const text of ['1', '2', '3'])
      store.getState().dispatch(toast(text), 'relay', 'a:1', (r: PushResponse) => {
        statuses.push(r.status);
      });
    const relayed = store
      .getState()
      .journal.toArray()
      .filter((e) => e.kind === 'request' && e.source === 'relay');
    expect(statuses).toEqual([200, 200, 200]);
    expect(relayed.map((e) => e.kind === 'request' && e.seq)).toEqual(
      [...relayed.map((e) => e.seq)].sort((a, b) => a - b),
    );
    expect(relayed).toHaveLength(3);
    expect(store.getState().device.banner?.toast.texts).toEqual(['3']);
  });

  it('lands before an action writes, and before the event log is read', () => {
    const { store, toast } = setup();
    // Actions keep their identity: called without store.getState(), which would land it first.
    const { dispatch, eventLog, reset } = store.getState();
    const before = eventLog().events.length;
    dispatch(toast('logged'), 'relay', 'a:1', () => {});
    expect(eventLog().events.length).toBeGreaterThan(before);
    dispatch(toast('gone'), 'relay', 'a:1', () => {});
    reset();
    // The reset came after the push landed: it wiped the push, not the other way round.
    expect(store.getState().device.banner).toBeNull();
    expect(store.getState().journal.length).toBe(0);
  });

  it('keeps the push when the reply throws (the socket went away)', () => {
    const { store, toast, requests } = setup();
    const before = requests();
    expect(() =>
      store.getState().dispatch(toast('kept'), 'relay', 'a:1', () => {
        throw new Error('socket closed');
      }),
    ).toThrow('socket closed');
    expect(requests()).toBe(before + 1);
    expect(store.getState().device.banner?.toast.texts).toEqual(['kept']);
  });

  it('without reply, lands at once as before', () => {
    const { store, toast, requests } = setup();
    const before = requests();
    const raw = store.getState;
    store.getState().dispatch(toast('sync'), 'page');
    expect(raw().journal.length).toBeGreaterThan(0);
    expect(requests()).toBe(before + 1);
  });
});
