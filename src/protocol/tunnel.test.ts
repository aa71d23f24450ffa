import { describe, expect, it } from 'vitest';
import {
  decodeBase64,
  encodeBase64,
  MAX_CLAIM_LENGTH,
  MAX_CLAIMS,
  parseTunnelMessage,
  type TunnelMessage,
} from './tunnel';

describe('the relay tunnel protocol', () => {
  it.each<TunnelMessage>([
    {
      type: 'request',
      id: 7,
      method: 'POST',
      url: 'https://db5.notify.windows.com/?token=T',
      headers: [
        ['X-WNS-Type', 'wns/toast'],
        ['X-Custom', 'a'],
        ['X-Custom', 'b'],
      ],
      body: encodeBase64(new TextEncoder().encode('<toast/>')),
      from: '127.0.0.1:50000',
    },
    {
      type: 'request',
      id: 8,
      method: 'POST',
      url: 'https://db5.notify.windows.com/?token=T',
      headers: [],
      body: '',
      from: '127.0.0.1:50001',
      origin: 'http://127.0.0.1:4173',
    },
    {
      type: 'response',
      id: 7,
      status: 200,
      statusText: 'OK',
      headers: [['x-wns-status', 'received']],
      body: '',
    },
    { type: 'status', active: true, pages: 2 },
    { type: 'status', active: false, pages: 3, claims: { seq: 4, channels: 2, clients: 1 } },
    { type: 'activate' },
    {
      type: 'claims',
      seq: 1,
      channels: ['https://db5.notify.windows.com/?token=AwYAAAA%2fx%3d'],
      clients: ['ms-app://s-1-15-2-1'],
    },
    { type: 'claims', seq: 0, channels: [], clients: [] },
  ])('round-trips a $type message', (message) => {
    expect(parseTunnelMessage(JSON.stringify(message))).toEqual(message);
  });

  it.each([
    ['not JSON', '{'],
    ['no type', '{"id":1}'],
    ['unknown type', '{"type":"hello"}'],
    [
      'a request without an id',
      '{"type":"request","method":"POST","url":"u","headers":[],"body":"","from":"x"}',
    ],
    [
      'a request whose origin is not text',
      '{"type":"request","id":1,"method":"POST","url":"u","headers":[],"body":"","from":"x","origin":5}',
    ],
    [
      'a fractional id',
      '{"type":"response","id":1.5,"status":200,"statusText":"","headers":[],"body":""}',
    ],
    [
      'headers that are not pairs',
      '{"type":"response","id":1,"status":200,"statusText":"","headers":[["a"]],"body":""}',
    ],
    ['a status without a page count', '{"type":"status","active":true}'],
    [
      'a status whose claims are not counts',
      '{"type":"status","active":true,"pages":1,"claims":{"seq":1,"channels":"2","clients":0}}',
    ],
    ['claims without a seq', '{"type":"claims","channels":[],"clients":[]}'],
    ['claims with a negative seq', '{"type":"claims","seq":-1,"channels":[],"clients":[]}'],
    ['claims as a string', '{"type":"claims","seq":1,"channels":"u","clients":[]}'],
    ['a claimed channel that is not text', '{"type":"claims","seq":1,"channels":[5],"clients":[]}'],
    ['an empty client id', '{"type":"claims","seq":1,"channels":[],"clients":[""]}'],
    [
      'a claim longer than any channel URI',
      JSON.stringify({
        type: 'claims',
        seq: 1,
        channels: ['u'.repeat(MAX_CLAIM_LENGTH + 1)],
        clients: [],
      }),
    ],
    [
      'more claims than any phone holds',
      JSON.stringify({
        type: 'claims',
        seq: 1,
        channels: [],
        clients: Array(MAX_CLAIMS + 1).fill('c'),
      }),
    ],
  ])('ignores %s', (_, text) => {
    expect(parseTunnelMessage(text)).toBeUndefined();
  });

  it('keeps only the fields of a claims message', () => {
    const text =
      '{"type":"claims","seq":2,"channels":["u"],"clients":["c"],"__proto__":{"x":1},"extra":1}';
    expect(parseTunnelMessage(text)).toStrictEqual({
      type: 'claims',
      seq: 2,
      channels: ['u'],
      clients: ['c'],
    });
  });

  it('carries every byte of a body, including ones that are not UTF-8', () => {
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 7919) % 256);
    expect(decodeBase64(encodeBase64(bytes))).toEqual(bytes);
  });
});
