import { describe, expect, it } from 'vitest';
import { getDomain, getPublicSuffix } from './registrable-domain';

describe('registrable-domain (tldts stand-in for msw cookies)', () => {
  it.each([
    ['db5.notify.windows.com', 'windows.com', 'com'],
    ['login.live.com', 'live.com', 'com'],
    ['SN1.Notify.Live.Net.', 'live.net', 'net'],
    ['localhost', null, 'localhost'],
    ['127.0.0.1', null, null],
    ['::1', null, null],
    ['', null, null],
  ])('%s → %s / %s', (host, domain, suffix) => {
    expect(getDomain(host)).toBe(domain);
    expect(getPublicSuffix(host)).toBe(suffix);
  });
});
