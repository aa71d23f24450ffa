import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64, type TunnelRequest } from '../protocol/tunnel';
import { createTilecastStore } from '../store';
import { createPushAnswer } from './handlers';
import { answerTunnelled } from './relay-client';

const text = (s: string) => encodeBase64(new TextEncoder().encode(s));
const from = '127.0.0.1:50123';

/** A tunnelled request as the Node relay sends it. */
const tunnelled = (
  id: number,
  url: string,
  headers: [string, string][],
  body: string,
): TunnelRequest => ({ type: 'request', id, method: 'POST', url, headers, body: text(body), from });

describe('the page answers tunnelled requests through the push-service handlers', () => {
  const store = createTilecastStore({ seed: 9 });
  const answer = createPushAnswer(store);
  const app = Object.values(store.getState().service.apps)[0]!;
  const channelUri = Object.values(store.getState().service.channels)[0]!.uri;

  it('runs the WNS token dance and a toast, journaled as relayed with the caller', async () => {
    const form = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: app.packageSid,
      client_secret: app.clientSecret,
      scope: 'notify.windows.com',
    });
    const token = await answerTunnelled(
      answer,
      tunnelled(
        1,
        'https://login.live.com/accesstoken.srf',
        [['Content-Type', 'application/x-www-form-urlencoded']],
        form.toString(),
      ),
    );
    expect(token).toMatchObject({ type: 'response', id: 1, status: 200 });
    const accessToken = (
      JSON.parse(new TextDecoder().decode(decodeBase64(token.body))) as { access_token: string }
    ).access_token;

    const toast = await answerTunnelled(
      answer,
      tunnelled(
        2,
        channelUri,
        [
          ['Authorization', `Bearer ${accessToken}`],
          ['Content-Type', 'text/xml'],
          ['X-WNS-Type', 'wns/toast'],
        ],
        '<toast><visual><binding template="ToastText01"><text id="1">Hi</text></binding></visual></toast>',
      ),
    );
    expect(toast.status).toBe(200);
    const headers = new Map(toast.headers.map(([name, value]) => [name.toLowerCase(), value]));
    expect(headers.get('x-wns-status')).toBe('received');
    expect(headers.get('x-wns-msg-id')).toBeTruthy();
    // The CORS headers the page needs for its own fetches are not the service's: not relayed.
    expect([...headers.keys()].filter((name) => name.startsWith('access-control-'))).toEqual([]);

    const entries = store
      .getState()
      .journal.toArray()
      .filter((e) => e.kind === 'request');
    expect(entries.map((e) => [e.source, e.from, e.response.status])).toEqual([
      ['relay', from, 200],
      ['relay', from, 200],
    ]);
    expect(store.getState().device.banner?.toast.texts).toEqual(['Hi']);
  });

  it('answers 404 for a URL no handler serves', async () => {
    const missing = await answerTunnelled(
      answer,
      tunnelled(3, 'https://push.example.com/nowhere', [], ''),
    );
    expect(missing.status).toBe(404);
    // Not a push-service request: nothing reaches the service or the journal.
    expect(
      store
        .getState()
        .journal.toArray()
        .filter((e) => e.kind === 'request'),
    ).toHaveLength(2);
  });

  it("journals the caller's page when a browser sent the request", async () => {
    const fromPage = {
      ...tunnelled(4, channelUri, [], '<toast/>'),
      origin: 'http://127.0.0.1:4173',
    };
    expect((await answerTunnelled(answer, fromPage)).status).toBe(401);
    const last = store.getState().journal.toArray().at(-1);
    expect(last?.kind === 'request' && last.from).toBe(`${from} (page http://127.0.0.1:4173)`);
  });

  it('sends the answer before the phone takes the push, and returns the same answer', () => {
    const before = store.getState().journal.length;
    const sent: { status: number; journal: number }[] = [];
    const raw = store.getState(); // read before: reading again would land the push
    const returned = answerTunnelled(answer, tunnelled(5, channelUri, [], '<toast/>'), (r) =>
      sent.push({ status: r.status, journal: raw.journal.length }),
    );
    expect(sent).toEqual([{ status: 401, journal: before }]);
    expect(returned.status).toBe(401);
    // Landed at the first read after the answer: the journal has the request.
    expect(store.getState().journal.length).toBe(before + 1);
  });

  it('sends a 500 once when the answer throws before replying', () => {
    const sent: number[] = [];
    const error = console.error;
    console.error = () => {};
    try {
      const broken = () => {
        throw new Error('bug');
      };
      const returned = answerTunnelled(broken, tunnelled(6, channelUri, [], '<toast/>'), (r) =>
        sent.push(r.status),
      );
      expect(sent).toEqual([500]);
      expect(returned.status).toBe(500);
    } finally {
      console.error = error;
    }
  });
});
