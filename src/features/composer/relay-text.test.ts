import { describe, expect, it } from 'vitest';
import type { RelayStatus } from '../../store';
import { relayHeadline, relayShare } from './relay-text';

const claims = (channels: number, clients: number) => ({
  channels: Array.from(
    { length: channels },
    (_, i) => `https://db5.notify.windows.com/?token=${i}`,
  ),
  clients: Array.from({ length: clients }, (_, i) => `ms-app://s-1-15-2-${i}`),
});
const connected = (over: Partial<RelayStatus>): RelayStatus => ({
  state: 'connected',
  active: true,
  pages: 1,
  claims: claims(1, 1),
  ...over,
});

describe('relay status, for people', () => {
  it.each<[string, RelayStatus, string, string | undefined]>([
    [
      'connecting',
      { state: 'connecting', active: false, pages: 0, claims: claims(0, 0) },
      'Relay: connecting…',
      undefined,
    ],
    [
      'no relay',
      { state: 'unavailable', active: false, pages: 0, claims: claims(0, 0) },
      'Relay: not available (in-page pushes only)',
      undefined,
    ],
    [
      'the only tab',
      connected({}),
      'Relay: this tab is the active phone',
      'Only this tab uses the relay: it answers every request sent there.',
    ],
    [
      'two tabs, this one active',
      connected({ pages: 2, claims: claims(2, 1) }),
      'Relay: this tab is the active phone',
      '2 emulator tabs share this relay; this tab answers pushes to its 2 channels and token requests for its 1 app. It also answers requests for channels no tab owns.',
    ],
    [
      'three tabs, another active',
      connected({ active: false, pages: 3, claims: claims(1, 2) }),
      'Relay: another tab is the active phone',
      '3 emulator tabs share this relay; this tab answers pushes to its 1 channel and token requests for its 2 apps. Requests for channels no tab owns go to the active phone.',
    ],
    [
      'a tab with apps but no channel',
      connected({ active: false, pages: 2, claims: claims(0, 1) }),
      'Relay: another tab is the active phone',
      '2 emulator tabs share this relay; this tab answers token requests for its 1 app. Requests for channels no tab owns go to the active phone.',
    ],
    [
      'a tab that owns nothing',
      connected({ pages: 2, claims: claims(0, 0) }),
      'Relay: this tab is the active phone',
      '2 emulator tabs share this relay; this tab owns no channels or apps yet. It also answers requests for channels no tab owns.',
    ],
  ])('%s', (_, status, headline, share) => {
    expect(relayHeadline(status)).toBe(headline);
    expect(relayShare(status)).toBe(share);
  });
});
