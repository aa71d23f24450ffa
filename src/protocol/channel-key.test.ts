import { describe, expect, it } from 'vitest';
import { channelKey } from './channel-key';

const wns = 'https://db5.notify.windows.com/?token=AwYAAAAx%2fy%2bz%3d';
const mpns = 'http://sn1.notify.live.net/throttledthirdparty/01.00/AQGabc_-9';

describe('the channel a push URL names', () => {
  it.each([
    ['a WNS channel', wns, 'wns:AwYAAAAx/y+z='],
    ['its host in capitals', wns.replace('db5.notify', 'DB5.NOTIFY'), 'wns:AwYAAAAx/y+z='],
    ['another data centre', wns.replace('db5', 'bn1'), 'wns:AwYAAAAx/y+z='],
    ['upper-case escapes', wns.replace('%2f', '%2F').replace('%3d', '%3D'), 'wns:AwYAAAAx/y+z='],
    ['more query parameters', `${wns}&x=1`, 'wns:AwYAAAAx/y+z='],
    ['an MPNS channel', mpns, 'mpns:AQGabc_-9'],
    [
      'its authenticated form',
      'https://sn1.notify.live.net/unthrottledthirdparty/01.00/AQGabc_-9',
      'mpns:AQGabc_-9',
    ],
    ['an MPNS host in capitals', mpns.replace('sn1.notify', 'SN1.Notify'), 'mpns:AQGabc_-9'],
  ])('%s', (_, url, key) => {
    expect(channelKey(url)).toBe(key);
  });

  it.each([
    ['the token endpoint', 'https://login.live.com/accesstoken.srf'],
    ['a WNS URL without a token', 'https://db5.notify.windows.com/'],
    ['a WNS token that is not URL-encoded text', 'https://db5.notify.windows.com/?token=%E0%A4%A'],
    ['an MPNS URL of another form', 'http://sn1.notify.live.net/other/AQG'],
    ['an MPNS URL with a query', `${mpns}?x=1`],
    ['an MPNS URL over 1,024 characters', `${mpns}${'a'.repeat(1024)}`],
    ['another host', 'https://example.com/?token=AwY'],
    ['no URL at all', 'not a url'],
  ])('names no channel: %s', (_, url) => {
    expect(channelKey(url)).toBeUndefined();
  });
});
