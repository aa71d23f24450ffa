import { request as httpRequest, type IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { RELAY_SOCKET_PATH } from '../protocol/relay-uri.ts';
import { isOwnOrigin, warnIfWide } from './server.ts';
import { relayHarness } from './test-harness.ts';

const relay = relayHarness(4346);
const { base, port } = relay;
const echo = relay.echo;

describe('what the relay routes, and to whom', () => {
  it('relays absolute-form targets and push-host Host headers, as a forward proxy would', async () => {
    const fake = await echo();
    const viaProxy = await new Promise<string>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: 'http://sn1.notify.live.net/throttledthirdparty/01.00/T',
        },
        (res) => resolve(String(res.headers['x-echo-url'])),
      );
      req.on('error', reject);
      req.end('<wp:Notification/>');
    });
    expect(viaProxy).toBe('http://sn1.notify.live.net/throttledthirdparty/01.00/T');
    const viaHost = await new Promise<string>((resolve, reject) => {
      const req = httpRequest(
        {
          host: '127.0.0.1',
          port,
          method: 'POST',
          path: '/accesstoken.srf',
          headers: { Host: 'login.live.com' },
        },
        (res) => resolve(String(res.headers['x-echo-url'])),
      );
      req.on('error', reject);
      req.end('grant_type=client_credentials');
    });
    expect(viaHost).toBe('https://login.live.com/accesstoken.srf');
    expect(fake.requests).toHaveLength(2);
  });

  it.each([
    ['the emulator at 127.0.0.1', '127.0.0.1:4173', 'http://127.0.0.1:4173', true],
    ['the emulator at localhost', 'localhost:4173', 'http://localhost:4173', true],
    ['the emulator at [::1]', '[::1]:4173', 'http://[::1]:4173', true],
    ['another site', '127.0.0.1:4173', 'http://evil.example', false],
    ['another port', '127.0.0.1:4173', 'http://127.0.0.1:5173', false],
    ['a DNS-rebound name', 'evil.example:4173', 'http://evil.example:4173', false],
    ['no Origin', '127.0.0.1:4173', undefined, false],
  ])('lets %s become the phone: %s', (_, host, origin, allowed) => {
    const req = { headers: { host, origin } } as unknown as IncomingMessage;
    expect(isOwnOrigin(req)).toBe(allowed);
  });

  it('lets a host the user allowed in Vite become the phone', () => {
    const req = { headers: { host: 'dev.test:8080', origin: 'http://dev.test:8080' } };
    expect(isOwnOrigin(req as unknown as IncomingMessage, ['.dev.test'])).toBe(true);
  });

  it('accepts the WebSocket only from the emulator its own origin', async () => {
    const refused = new WebSocket(`ws://127.0.0.1:${port}${RELAY_SOCKET_PATH}`, {
      origin: 'http://evil.example',
    });
    const outcome = await new Promise<string>((resolve) => {
      refused.once('open', () => resolve('open'));
      refused.once('error', (error) => resolve(error.message));
    });
    expect(outcome).toMatch(/403/);
    expect(relay.server.relay.hub.pageCount).toBe(0);
  });

  it('still serves the app itself', async () => {
    const response = await fetch(`${base}/some/client/route`);
    expect(await response.text()).toContain('<title>Tilecast</title>');
    expect(response.headers.get('content-type')).toContain('text/html');
  });
});

describe('binding wider than loopback', () => {
  it.each([
    [undefined, false],
    ['127.0.0.1', false],
    ['::1', false],
    ['localhost', false],
    [true, true],
    ['0.0.0.0', true],
    ['192.168.1.20', true],
  ])('host %s warns: %s', (host, warns) => {
    const lines: string[] = [];
    warnIfWide(host, (line) => lines.push(line));
    expect(lines.length > 0).toBe(warns);
  });
});
