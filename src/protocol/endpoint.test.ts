import { describe, expect, it } from 'vitest';
import { classify, isPushHost, PUSH_HOST_LIST, schemeFor, type Endpoint } from './endpoint';

const wnsChannel: Endpoint = { service: 'wns', kind: 'channel' };
const webPush: Endpoint = { service: 'wns', kind: 'webPush' };
const token: Endpoint = { service: 'wns', kind: 'token' };
const mpns: Endpoint = { service: 'mpns', kind: 'channel' };
const wnsToken =
  'AgUAAADCQmTg7OMlCg%2fK0K8rBPcBqHuy%2b1rTSNPMuIzF6BtvpRdT7DM4j%2fs%2bNNm8z5l1QKZM%3d';

// One row per URL shape real clients send (SPEC §1.1 and §2.2), and the near misses around them.
describe('classify: what a URL is to the push services', () => {
  it.each<[string, Endpoint | undefined]>([
    // WNS channels [S16, S17]
    [`https://db3.notify.windows.com/?token=${wnsToken}`, wnsChannel],
    ['https://bn1.notify.windows.com/?token=AgYAAAC', wnsChannel],
    ['https://db5.notify.windows.com/?token=AwYAAAA', wnsChannel],
    ['https://dm3p.notify.windows.com/?token=AwYAAAA', wnsChannel],
    ['https://cloud.notify.windows.com/?token=AwYAAAA', wnsChannel],
    ['https://db5.notify.windows.com?token=AwYAAAA', wnsChannel],
    ['https://DB5.Notify.Windows.COM/?token=AwYAAAA', wnsChannel],
    ['https://db5.notify.windows.com:443/?token=AwYAAAA', wnsChannel],
    ['https://db5.notify.windows.com/', wnsChannel], // no token: WNS answers it (404)
    // Edge's Web Push endpoints on the WNS hosts [S36]
    ['https://wns2-by3p.notify.windows.com/w/?token=BQYAAAB', webPush],
    ['https://wns2-pn1p.notify.windows.com/w?token=BQYAAAB', webPush],
    ['https://WNS2-BL2P.notify.windows.com/W/?token=BQYAAAB', webPush],
    ['https://wns2-by3p.notify.windows.com/?token=BQYAAAB', wnsChannel],
    // The token endpoint [S15, S18]
    ['https://login.live.com/accesstoken.srf', token],
    ['https://LOGIN.live.com/AccessToken.srf', token],
    ['https://login.live.com:443/accesstoken.srf?x=1', token],
    // MPNS, throttled (http) and authenticated (https, unthrottled) [S20, S21, S22, S23]
    [
      'http://sn1.notify.live.net/throttledthirdparty/01.00/AQG14T6NQCB_QYweWtUweyqjAgAAAAADAQ',
      mpns,
    ],
    ['http://db3.notify.live.net/throttledthirdparty/01.00/AQG14T6NQCB', mpns],
    ['https://sn1.notify.live.net/throttledthirdparty/01.00/AQG14T6NQCB', mpns],
    ['https://hk1.notify.live.net/unthrottledthirdparty/01.00/AQG14T6NQCB', mpns],
    ['http://am3.notify.live.net/unthrottledthirdparty/01.00/AQG14T6NQCB', mpns],
    ['http://sn1.notify.live.net:80/throttledthirdparty/01.00/AQG', mpns],
    ['http://sn1.notify.live.net/elsewhere', mpns], // MPNS answers it (400, malformed)
    // Not endpoints: Tilecast lets these through (page, Node) or refuses them (relay)
    ['http://db5.notify.windows.com/?token=AwYAAAA', undefined], // WNS is HTTPS only
    ['http://login.live.com/accesstoken.srf', undefined],
    ['https://login.live.com/', undefined],
    ['https://login.live.com/oauth20_authorize.srf', undefined],
    ['https://db5.notify.windows.com:8443/?token=AwYAAAA', undefined],
    ['https://a.b.notify.windows.com/?token=AwYAAAA', undefined],
    ['https://notify.windows.com/?token=AwYAAAA', undefined],
    ['https://db5.notify.windows.com.evil.test/?token=AwYAAAA', undefined],
    ['https://db5.notify.windows.com./?token=AwYAAAA', undefined],
    ['https://login.live.com.example/accesstoken.srf', undefined],
    ['ftp://sn1.notify.live.net/throttledthirdparty/01.00/AQG', undefined],
    ['https://push.example.com/?token=x', undefined],
    ['not a url', undefined],
    ['', undefined],
  ])('%s', (url, expected) => {
    expect(classify(url)).toEqual(expected);
  });
});

describe('the push hosts', () => {
  it.each([
    ['login.live.com', true],
    ['db5.notify.windows.com', true],
    ['WNS2-BY3P.notify.windows.com', true],
    ['sn1.notify.live.net', true],
    ['notify.windows.com', false],
    ['a.b.notify.live.net', false],
    ['login.live.com.example', false],
    ['db5.notify.windows.com:443', false],
  ])('%s is a push host: %s', (host, expected) => {
    expect(isPushHost(host)).toBe(expected);
  });

  it('names them for people in one list', () => {
    expect(PUSH_HOST_LIST).toBe('login.live.com, *.notify.windows.com, *.notify.live.net');
  });

  it.each([
    ['sn1.notify.live.net', '/throttledthirdparty/01.00/T', 'http'],
    ['sn1.notify.live.net', '/unthrottledthirdparty/01.00/T', 'https'],
    ['db5.notify.windows.com', '/?token=T', 'https'],
    ['login.live.com', '/accesstoken.srf', 'https'],
  ])('a scheme-less %s%s is %s', (host, path, scheme) => {
    expect(schemeFor(host, path)).toBe(scheme);
  });
});
