import { request as httpRequest } from 'node:http';
import { describe, expect, it } from 'vitest';
import { decodeBase64, encodeBase64 } from '../protocol/tunnel.ts';
import type { FakePage } from './fake-page.ts';
import { MAX_BODY_BYTES } from './http.ts';
import { relayHarness } from './test-harness.ts';

const relay = relayHarness(4341);
const { base, channel } = relay;
const page = relay.page;
const echo = relay.echo;

describe('the relay (issue #9)', () => {
  it('answers 503 with where to open the emulator when no page is connected', async () => {
    const response = await fetch(channel, { method: 'POST', body: '<toast/>' });
    expect(response.status).toBe(503);
    expect(await response.text()).toContain(`Open ${base}/ in a browser`);
  });

  it('tunnels method, URL, headers, body bytes and caller, and returns the answer unchanged', async () => {
    const fake = await page((request, self) =>
      self.answer({
        id: request.id,
        status: 406,
        statusText: 'Not Acceptable',
        headers: [
          ['X-WNS-Status', 'channelthrottled'],
          ['X-WNS-Msg-ID', '1A2B'],
        ],
        body: encodeBase64(new Uint8Array([0, 255, 1])),
      }),
    );
    const body = new Uint8Array([0xef, 0xbb, 0xbf, 0x3c, 0x74, 0x2f, 0x3e, 0x80]);
    const response = await fetch(channel, {
      method: 'POST',
      headers: { 'X-WNS-Type': 'wns/toast', Authorization: 'Bearer X' },
      body,
    });
    expect(response.status).toBe(406);
    expect(response.statusText).toBe('Not Acceptable');
    expect(response.headers.get('x-wns-status')).toBe('channelthrottled');
    expect(response.headers.get('x-wns-msg-id')).toBe('1A2B');
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(new Uint8Array([0, 255, 1]));
    const [sent] = fake.requests;
    expect(sent).toMatchObject({ method: 'POST', url: 'https://db5.notify.windows.com/?token=T' });
    expect(sent!.headers).toEqual(
      expect.arrayContaining([
        ['X-WNS-Type', 'wns/toast'],
        ['Authorization', 'Bearer X'],
      ]),
    );
    expect(sent!.headers.map(([name]) => name.toLowerCase())).not.toContain('host');
    expect(decodeBase64(sent!.body)).toEqual(body);
    expect(sent!.from).toMatch(/^127\.0\.0\.1:\d+$/);
  });

  it('refuses bodies over 1 MB with 413 before tunnelling them', async () => {
    const fake = await echo();
    const over = await fetch(channel, { method: 'POST', body: new Uint8Array(MAX_BODY_BYTES + 1) });
    expect(over.status).toBe(413);
    const exactly = await fetch(channel, { method: 'POST', body: new Uint8Array(MAX_BODY_BYTES) });
    expect(exactly.status).toBe(200);
    expect(fake.requests).toHaveLength(1);
  });

  it('refuses a chunked body that grows past 1 MB', async () => {
    const fake = await echo();
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(channel, { method: 'POST' }, (res) => resolve(res.statusCode!));
      req.on('error', reject);
      for (let i = 0; i < 5; i++) req.write(Buffer.alloc(300_000));
      req.end();
    });
    expect(status).toBe(413);
    expect(fake.requests).toHaveLength(0);
  });

  it(
    'answers 504 when the page does not answer within 10 seconds',
    { timeout: 15_000 },
    async () => {
      const silent = await page();
      const started = performance.now();
      const response = await fetch(channel, { method: 'POST', body: '<toast/>' });
      expect(response.status).toBe(504);
      expect(performance.now() - started).toBeGreaterThanOrEqual(9_900);
      expect(silent.requests).toHaveLength(1);
    },
  );

  it('correlates concurrent requests from several clients by id', async () => {
    // Answers in reverse order of arrival, so only the id can pair them up.
    const held: Parameters<FakePage['answer']>[0][] = [];
    const count = 20;
    await page((request, self) => {
      held.push({ id: request.id, status: 200, statusText: 'OK', headers: [], body: request.body });
      if (held.length === count) for (const answer of held.reverse()) self.answer(answer);
    });
    const bodies = Array.from({ length: count }, (_, i) => `client ${i}`);
    const answers = await Promise.all(
      bodies.map((body) => fetch(channel, { method: 'POST', body }).then((r) => r.text())),
    );
    expect(answers).toEqual(bodies);
  });

  it('reaches the active page only; another page can take over', async () => {
    const first = await echo();
    const second = await echo();
    await fetch(channel, { method: 'POST', body: 'one' });
    expect([first.requests.length, second.requests.length]).toEqual([1, 0]);
    const statuses = [first.nextStatus(), second.nextStatus()];
    second.activate();
    expect(await Promise.all(statuses)).toEqual([
      { type: 'status', active: false, pages: 2 },
      { type: 'status', active: true, pages: 2 },
    ]);
    await fetch(channel, { method: 'POST', body: 'two' });
    expect([first.requests.length, second.requests.length]).toEqual([1, 1]);
    const promoted = first.nextStatus();
    await relay.close(second);
    expect(await promoted).toEqual({ type: 'status', active: true, pages: 1 });
  });
});
