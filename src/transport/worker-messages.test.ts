import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PushRequest } from '../protocol/types';
import { createTilecastStore } from '../store';
import { createPushAnswer } from './handlers';
import { routeWorkerMessage } from './worker-messages';

const encode = (s: string) => new TextEncoder().encode(s).buffer;

/** A REQUEST message as msw's service worker posts it (public/mockServiceWorker.js). */
const request = (url: string, headers: Record<string, string>, body: string) => ({
  type: 'REQUEST',
  payload: {
    id: 'r1',
    interceptedAt: 1,
    url,
    mode: 'cors',
    method: 'post',
    headers,
    body: encode(body),
  },
});

describe('messages from msw’s service worker', () => {
  afterEach(() => vi.restoreAllMocks());

  it('answers a push to an open channel in the service’s own terms, readable cross-origin', () => {
    const store = createTilecastStore({ seed: 3 });
    const { uri } = Object.values(store.getState().service.channels)[0]!;
    const route = routeWorkerMessage(
      request(uri, { 'content-type': 'text/xml', 'x-wns-type': 'wns/badge' }, '<badge value="3"/>'),
      createPushAnswer(store),
    );
    // No token: WNS refuses it, and the page can still read every header of the refusal.
    expect(route).toMatchObject({ kind: 'reply', reply: { type: 'MOCK_RESPONSE' } });
    if (route.kind !== 'reply' || route.reply.type !== 'MOCK_RESPONSE') return;
    expect(route.reply.data.status).toBe(401);
    expect(route.reply.data.headers['Access-Control-Allow-Origin']).toBe('*');
    expect(route.reply.data.headers['Access-Control-Expose-Headers']).toContain('X-WNS-Msg-ID');
    expect(store.getState().journal.toArray().at(-1)).toMatchObject({ request: { url: uri } });
  });

  it('hands the answer lower-cased header names, an upper-cased method and the body bytes', () => {
    const seen: PushRequest[] = [];
    routeWorkerMessage(
      request('https://db5.notify.windows.com/?token=A', { 'X-WNS-Type': 'wns/toast' }, '<toast/>'),
      (pushed) => {
        seen.push(pushed);
        return { status: 200, statusText: 'OK', headers: {}, body: '' };
      },
    );
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: 'POST', headers: { 'x-wns-type': 'wns/toast' } });
    expect(new TextDecoder().decode(seen[0]!.body)).toBe('<toast/>');
  });

  it('keeps only the headers the sender set, not those the browser added on its own', () => {
    const seen: PushRequest[] = [];
    const browserAdded = {
      'sec-ch-ua': '"Chromium";v="156"',
      'sec-ch-ua-mobile': '?0',
      'user-agent': 'Mozilla/5.0 HeadlessChrome/156.0.0.0',
      referer: 'http://127.0.0.1:5173/',
    };
    routeWorkerMessage(
      request(
        'https://db5.notify.windows.com/?token=A',
        { ...browserAdded, authorization: 'Bearer t', 'x-wns-type': 'wns/badge' },
        '<badge value="1"/>',
      ),
      (pushed) => {
        seen.push(pushed);
        return { status: 200, statusText: 'OK', headers: {}, body: '' };
      },
    );
    expect(seen[0]!.headers).toEqual({ authorization: 'Bearer t', 'x-wns-type': 'wns/badge' });
  });

  it('sends an empty body as none, so the worker can build any status', () => {
    const route = routeWorkerMessage(
      request('https://db5.notify.windows.com/?token=A', {}, ''),
      () => ({
        status: 200,
        statusText: 'OK',
        headers: { 'X-WNS-Status': 'received' },
        body: '',
      }),
    );
    expect(route).toMatchObject({ kind: 'reply', reply: { data: { status: 200, body: null } } });
  });

  it('passes every other request through, drops echoes and hands on the worker’s replies', () => {
    const answer = () => {
      throw new Error('not a push');
    };
    const echo = (url: string) => ({ type: 'RESPONSE', payload: { request: { id: 'r1', url } } });
    expect(
      routeWorkerMessage(request('http://127.0.0.1:5173/tiles/logo.png', {}, ''), answer),
    ).toEqual({ kind: 'reply', reply: { type: 'PASSTHROUGH' } });
    expect(routeWorkerMessage({ type: 'REQUEST' }, answer)).toEqual({
      kind: 'reply',
      reply: { type: 'PASSTHROUGH' },
    });
    for (const other of [
      echo('http://sn1.notify.live.net/throttledthirdparty/01.00/A'),
      echo('http://127.0.0.1:5173/src/main.tsx'),
      { type: 'SOMETHING_NEW' },
      null,
      'REQUEST',
    ])
      expect(routeWorkerMessage(other, answer)).toEqual({ kind: 'drop' });
    for (const type of ['MOCKING_ENABLED', 'KEEPALIVE_RESPONSE', 'INTEGRITY_CHECK_RESPONSE'])
      expect(routeWorkerMessage({ type }, answer)).toEqual({ kind: 'control', type });
  });

  it('answers 500 with the error when answering throws, so the fetch never hangs', () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const route = routeWorkerMessage(
      request('https://login.live.com/accesstoken.srf', {}, ''),
      () => {
        throw new TypeError('boom');
      },
    );
    expect(route).toMatchObject({ kind: 'reply', reply: { data: { status: 500 } } });
    if (route.kind !== 'reply' || route.reply.type !== 'MOCK_RESPONSE') return;
    expect(JSON.parse(route.reply.data.body!)).toEqual({ name: 'TypeError', message: 'boom' });
    expect(logged).toHaveBeenCalledOnce();
  });
});
