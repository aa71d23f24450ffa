import { describe, expect, it } from 'vitest';
import { isPushHost, realUrlFromRelayPath, relayUriFor } from './relay-uri';

const origin = 'http://127.0.0.1:4173';

describe('relay URIs (issue #9)', () => {
  it.each([
    // WNS channels and the token endpoint are https [S15]
    ['/relay/db5.notify.windows.com/?token=T', 'https://db5.notify.windows.com/?token=T'],
    ['/relay/db5.notify.windows.com?token=T', 'https://db5.notify.windows.com/?token=T'],
    ['/relay/login.live.com/accesstoken.srf', 'https://login.live.com/accesstoken.srf'],
    // MPNS throttled channels are plain http; unthrottled (authenticated) ones https [S16]
    [
      '/relay/sn1.notify.live.net/throttledthirdparty/01.00/T',
      'http://sn1.notify.live.net/throttledthirdparty/01.00/T',
    ],
    [
      '/relay/sn1.notify.live.net/unthrottledthirdparty/01.00/T',
      'https://sn1.notify.live.net/unthrottledthirdparty/01.00/T',
    ],
    ['/relay/DB5.Notify.Windows.com/?token=a%2Bb', 'https://db5.notify.windows.com/?token=a%2Bb'],
  ])('%s → %s', (path, url) => {
    expect(realUrlFromRelayPath(path)).toBe(url);
  });

  it.each([
    ['/relay/example.com/?token=T', 'not a push host'],
    ['/relay/notify.windows.com.evil.test/', 'a look-alike host'],
    ['/relay/', 'no host at all'],
    ['/relay/login.live.com', 'a login.live.com page other than the token endpoint'],
    ['/relay/db5.notify.windows.com:8443/?token=T', 'a port the service does not use'],
  ])('refuses %s (%s)', (path) => {
    expect(realUrlFromRelayPath(path)).toBeUndefined();
  });

  it('leaves paths outside /relay/ alone', () => {
    expect(realUrlFromRelayPath('/assets/index.js')).toBeUndefined();
  });

  it.each([
    ['https://db5.notify.windows.com/?token=T', `${origin}/relay/db5.notify.windows.com/?token=T`],
    [
      'http://sn1.notify.live.net/throttledthirdparty/01.00/T',
      `${origin}/relay/sn1.notify.live.net/throttledthirdparty/01.00/T`,
    ],
    ['https://login.live.com/accesstoken.srf', `${origin}/relay/login.live.com/accesstoken.srf`],
  ])('the relay URI of %s is %s, and it maps back', (uri, relayUri) => {
    expect(relayUriFor(uri, `${origin}/`)).toBe(relayUri);
    expect(realUrlFromRelayPath(relayUri.slice(origin.length))).toBe(uri);
  });

  it('has no relay URI for other hosts', () => {
    expect(relayUriFor('https://example.com/', origin)).toBeUndefined();
    expect(isPushHost('login.live.com.example')).toBe(false);
  });
});
