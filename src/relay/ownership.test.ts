import { describe, expect, it } from 'vitest';
import { claimsFrom, noClaims, ownedBy, routeTo, type Claims } from './ownership.ts';

const channelA = 'https://db5.notify.windows.com/?token=AwYAAAAa%2b%3d';
const channelB = 'http://sn1.notify.live.net/throttledthirdparty/01.00/AQGbbb';
const sidA = 'ms-app://s-1-15-2-111';
const sidB = 'ms-app://s-1-15-2-222';
const form = (clientId: string) =>
  new URLSearchParams({ grant_type: 'client_credentials', client_id: clientId }).toString();
const token = 'https://login.live.com/accesstoken.srf';

const tabA = { page: 'A', claims: claimsFrom({ channels: [channelA], clients: [sidA] }) };
const tabB = { page: 'B', claims: claimsFrom({ channels: [channelB], clients: [sidB] }) };
const empty = { page: 'C', claims: noClaims };

describe('which page a relayed request goes to', () => {
  it.each([
    ["A's channel", channelA, '', 'A'],
    [
      "A's channel, host in capitals and escapes in capitals",
      channelA.replace('db5', 'DB5').replace('%2b', '%2B'),
      '',
      'A',
    ],
    ["B's MPNS channel", channelB, '', 'B'],
    [
      "B's MPNS channel, as the relay computes its authenticated form",
      channelB.replace('http:', 'https:').replace('throttled', 'unthrottled'),
      '',
      'B',
    ],
    ["A's token request", token, form(sidA), 'A'],
    ["B's token request", token, form(sidB), 'B'],
    [
      "B's token request, the client id escaped as a form sends it",
      token,
      `client_id=${encodeURIComponent(sidB)}&grant_type=client_credentials`,
      'B',
    ],
    ['an unknown channel', 'https://db5.notify.windows.com/?token=nobody', '', 'C'],
    ['an unknown client', token, form('ms-app://s-1-15-2-999'), 'C'],
    ['a token request with no client id', token, 'grant_type=client_credentials', 'C'],
    ['a URL that names no channel', 'https://db5.notify.windows.com/', '', 'C'],
  ])('%s → tab %s', (_, url, body, expected) => {
    expect(
      routeTo(
        [tabA, tabB, empty],
        'C',
        ownedBy(url, () => body),
      ),
    ).toBe(expected);
  });

  it('reads the body only for the token endpoint', () => {
    let reads = 0;
    const body = () => {
      reads++;
      return '';
    };
    ownedBy(channelA, body);
    ownedBy(channelB, body);
    expect(reads).toBe(0);
    ownedBy(token, body);
    expect(reads).toBe(1);
  });

  it('with no page at all, there is no one to answer', () => {
    expect(
      routeTo(
        [],
        undefined,
        ownedBy(channelA, () => ''),
      ),
    ).toBeUndefined();
  });

  it('an owner answers even when no page is active', () => {
    expect(
      routeTo(
        [tabA],
        undefined,
        ownedBy(channelA, () => ''),
      ),
    ).toBe('A');
  });

  it('when two pages claim one channel, the active one answers, else the first', () => {
    const twin = { page: 'A2', claims: tabA.claims };
    const owned = ownedBy(channelA, () => '');
    expect(routeTo([tabA, twin, empty], 'A2', owned)).toBe('A2');
    expect(routeTo([tabA, twin, empty], 'C', owned)).toBe('A');
  });

  it('leaves out claimed URIs that name no channel', () => {
    const claims: Claims = claimsFrom({ channels: ['nonsense', channelA], clients: [] });
    expect([...claims.channels]).toEqual(['wns:AwYAAAAa+=']);
  });
});
