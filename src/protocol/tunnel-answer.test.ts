import { describe, expect, it } from 'vitest';
import type { TunnelResponse } from './tunnel';
import { answerProblem, contentHeaders } from './tunnel-answer';

const ok: TunnelResponse = {
  type: 'response',
  id: 1,
  status: 200,
  statusText: 'OK',
  headers: [['X-WNS-Status', 'received']],
  body: 'PHRvYXN0Lz4=',
};

describe("a page's tunnel answer, checked before the relay writes it", () => {
  it.each([200, 404, 599])('accepts status %i', (status) => {
    expect(answerProblem({ ...ok, status })).toBeUndefined();
  });

  it.each<[string, Partial<TunnelResponse>, RegExp]>([
    ['status 1000', { status: 1000 }, /status "1000"/],
    ['status 101 (an upgrade)', { status: 101 }, /from 200 to 599/],
    ['status 600', { status: 600 }, /from 200 to 599/],
    ['a fractional status', { status: 200.5 }, /status/],
    ['a status text with CR LF', { statusText: 'OK\r\nSet-Cookie: x' }, /status text/],
    ['an empty header name', { headers: [['', 'v']] }, /header name ""/],
    ['a header name with a colon', { headers: [['X:Y', 'v']] }, /header name "X:Y"/],
    ['a header value with LF', { headers: [['X-A', 'a\nb']] }, /value of header "X-A"/],
    ['a header value with NUL', { headers: [['X-A', 'a\0b']] }, /value of header/],
    ['a body with a space', { body: 'PHRv YXN0' }, /not base64/],
    ['a body of the wrong length', { body: 'abc' }, /not base64/],
  ])('refuses %s', (_, change, reason) => {
    expect(answerProblem({ ...ok, ...change })).toMatch(reason);
  });

  it('leaves framing to the relay: Content-Length, Transfer-Encoding, Connection go', () => {
    expect(
      contentHeaders([
        ['Content-Length', '99'],
        ['transfer-encoding', 'chunked'],
        ['Connection', 'keep-alive'],
        ['X-WNS-Msg-ID', '1'],
      ]),
    ).toEqual([['X-WNS-Msg-ID', '1']]);
  });
});
