import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../protocol/http';
import { imageFailed, imageFailureRule, type ImageFailureRule } from './image-failure';
import { receive } from './receive';
import type { DeviceState } from './state';
import { incoming, phone } from './wns/test-phone';
import { setWnsTileQueue } from './wns/tiles';

const tile = (text: string, src = 'ms-appx:///Assets/photo1.svg') =>
  `<tile><visual><binding template="TileSquare150x150PeekImageAndText04"><image id="1" src="${src}"/><text id="1">${text}</text></binding></visual></tile>`;
const toast = (src: string) =>
  `<toast><visual><binding template="ToastImageAndText01"><image id="1" src="${src}"/><text id="1">Hi</text></binding></visual></toast>`;

const push = (state: DeviceState, type: 'wns/tile' | 'wns/toast', body: string, now = 1000) =>
  receive(state, incoming(type, body), now).state;
const texts = (s: DeviceState) => s.wnsTiles['app-1']?.items.map((i) => i.bindings[0]!.texts[0]);
const itemId = (s: DeviceState) => s.wnsTiles['app-1']!.items[0]!.id;

describe('which image rule applies [S19, S57]', () => {
  it.each<[ImageFailureRule, 'wns' | 'mpns', ImageFailureRule]>([
    ['dropNotification', 'wns', 'dropNotification'], // Windows 8/8.1 and Phone 8.1 [S19]
    ['dropImage', 'wns', 'dropImage'], // Windows 10 [S57]
    ['dropNotification', 'mpns', 'dropImage'], // SPEC is silent on WP7/8 tiles: image only
    ['dropImage', 'mpns', 'dropImage'],
  ])('platform %s, service %s → %s', (platform, service, rule) => {
    expect(imageFailureRule(platform, service)).toBe(rule);
  });
});

describe('a WNS tile update whose image fails', () => {
  const before = push(phone(), 'wns/tile', tile('Before'));
  const after = push(before, 'wns/tile', tile('After', 'http://example.com/missing.png'), 2000);
  const failing = { kind: 'wnsTile' as const, appId: 'app-1', itemId: itemId(after) };

  it('is dropped whole under the Windows 8 rule: the tile shows what it showed before [S19]', () => {
    const { state, dropped } = imageFailed(
      after,
      failing,
      'http://example.com/missing.png',
      'dropNotification',
      3000,
    );
    expect(texts(state)).toEqual(['Before']);
    expect(state.log.at(-1)?.message).toBe(
      'dropped: the image "http://example.com/missing.png" could not be downloaded or is not a readable image, so the whole tile update was not shown (Windows 8 rule: a bad image drops the notification) [S19]',
    );
    expect(dropped?.msgId).toBe(after.wnsTiles['app-1']!.items[0]!.msgId);
  });

  it('loses only the image under the Windows 10 rule, and the log names it once [S57]', () => {
    const once = imageFailed(after, failing, 'http://example.com/missing.png', 'dropImage', 3000);
    expect(texts(once.state)).toEqual(['After']);
    expect(once.dropped).toBeUndefined();
    expect(once.state.log.at(-1)?.message).toMatch(
      /^dropped: the image "http:\/\/example.com\/missing.png" .* only the image was left out .* \(Windows 10 rule\) \[S57\]$/,
    );
    const twice = imageFailed(
      once.state,
      failing,
      'http://example.com/missing.png',
      'dropImage',
      4000,
    );
    expect(twice.state.log).toHaveLength(once.state.log.length);
  });

  it('leaves a queued tile cycling the other updates when an older one fails [S19]', () => {
    let s = setWnsTileQueue(phone(), 'app-1', true);
    s = push(s, 'wns/tile', tile('One', 'ms-appx:///gone.png'));
    const first = itemId(s);
    s = push(s, 'wns/tile', tile('Two'));
    const owner = { kind: 'wnsTile' as const, appId: 'app-1', itemId: first };
    const { state } = imageFailed(s, owner, 'ms-appx:///gone.png', 'dropNotification', 3000);
    expect(texts(state)).toEqual(['Two']);
    expect(state.log.at(-1)?.message).toContain("is not in the app's package");
  });

  it('ignores a report for an update that has already left the tile', () => {
    const gone = { kind: 'wnsTile' as const, appId: 'app-1', itemId: 'tile-999' };
    expect(imageFailed(after, gone, 'x.png', 'dropNotification', 3000).state).toBe(after);
  });
});

describe('a toast whose image fails', () => {
  const shown = push(phone(), 'wns/toast', toast('ms-appdata:///local/none.png'));
  const owner = { kind: 'toast' as const, toastId: shown.banner!.id };

  it('is withdrawn from the screen and Action Center under the Windows 8 rule [S19]', () => {
    const { state } = imageFailed(
      shown,
      owner,
      'ms-appdata:///local/none.png',
      'dropNotification',
      2000,
    );
    expect(state.banner).toBeNull();
    expect(state.actionCenter).toEqual([]);
    expect(state.log.at(-1)?.message).toMatch(
      /"ms-appdata:\/\/\/local\/none.png" is not in the app's local folder.*whole toast was not shown/,
    );
  });

  it('stays on screen without the image under the Windows 10 rule [S57]', () => {
    const { state } = imageFailed(shown, owner, 'ms-appdata:///local/none.png', 'dropImage', 2000);
    expect(state.banner?.id).toBe(owner.toastId);
    expect(state.log.at(-1)?.message).toMatch(/rest of the toast is shown/);
  });
});

describe('an MPNS tile whose image fails', () => {
  it('keeps the tile and logs the image, whatever the profile (SPEC is silent) [S12]', () => {
    const body = encodeUtf8(
      '<wp:Notification xmlns:wp="WPNotification"><wp:Tile><wp:BackgroundImage>http://example.com/x.png</wp:BackgroundImage><wp:Title>Hi</wp:Title></wp:Tile></wp:Notification>',
    );
    const note = {
      service: 'mpns' as const,
      appId: 'app-1',
      msgId: 'm1',
      target: 'token' as const,
    };
    const s = receive(phone(), { ...note, notificationClass: 1, body }, 1000).state;
    const tileId = Object.keys(s.wpTiles ?? {})[0]!;
    const owner = { kind: 'wpTile' as const, tileId };
    const { state } = imageFailed(s, owner, 'http://example.com/x.png', 'dropNotification', 2000);
    expect(state.wpTiles?.[tileId]?.properties.Title).toBe('Hi');
    expect(state.log.at(-1)).toMatchObject({ appId: 'app-1' });
    expect(state.log.at(-1)?.message).toContain('"http://example.com/x.png"');
  });
});
