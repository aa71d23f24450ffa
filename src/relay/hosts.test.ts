import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { foreignCaller, isAllowedHost, PUSH_HOST_NAMES } from './hosts.ts';

const req = (headers: Record<string, string>) => ({ headers }) as unknown as IncomingMessage;
const host = '127.0.0.1:4173';

describe('which Host names the servers answer to (DNS rebinding)', () => {
  it.each([
    ['127.0.0.1:4173', true],
    ['[::1]:4173', true],
    ['localhost:4173', true],
    ['app.localhost', true],
    ['sn1.notify.live.net', true],
    ['login.live.com', true],
    ['evil.example:4173', false],
    ['localhost.evil.example', false],
    ['127.0.0.1.nip.io', false],
    ['notify.live.net.evil.example', false],
  ])('Host %s: %s', (name, allowed) => {
    expect(isAllowedHost(req({ host: name }), PUSH_HOST_NAMES)).toBe(allowed);
  });

  it('answers names the user allowed, and any name when told to', () => {
    expect(isAllowedHost(req({ host: 'box.lan:4173' }), ['box.lan'])).toBe(true);
    expect(isAllowedHost(req({ host: 'box.lan:4173' }), true)).toBe(true);
  });
});

describe('which browsers may push through the relay', () => {
  it.each<[string, Record<string, string>, boolean]>([
    ['a back end (no Origin, no Sec-Fetch-Site)', {}, true],
    ['the emulator page', { origin: `http://${host}`, 'sec-fetch-site': 'same-origin' }, true],
    ["the user's own navigation", { 'sec-fetch-site': 'none' }, true],
    ['another site', { origin: 'http://evil.example' }, false],
    ['another port', { origin: 'http://127.0.0.1:5173', 'sec-fetch-site': 'same-site' }, false],
    ['an opaque origin', { origin: 'null' }, false],
    ['a cross-site no-cors GET', { 'sec-fetch-site': 'cross-site' }, false],
    ['a same-site GET', { 'sec-fetch-site': 'same-site' }, false],
    [
      'its own origin, but cross-site',
      { origin: `http://${host}`, 'sec-fetch-site': 'cross-site' },
      false,
    ],
  ])('%s: %s', (_, headers, allowed) => {
    expect(foreignCaller(req({ host, ...headers })) === undefined).toBe(allowed);
  });

  it('says who was refused and why', () => {
    expect(foreignCaller(req({ host, origin: 'http://evil.example' }))).toMatch(
      /refused a request from the web page at http:\/\/evil\.example: only back ends/,
    );
  });
});
