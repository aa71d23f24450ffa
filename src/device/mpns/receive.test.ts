import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../../protocol/http';
import type { MpnsTarget } from '../../protocol/mpns/headers';
import { installApp, setRunState, uninstallApp } from '../apps';
import { tapToast } from '../receive';
import { receive } from '../test-receive';
import { setWpTileSize } from './tiles';
import { initialDeviceState, type DeviceState } from '../state';

const phone = () => installApp(initialDeviceState(), 'app-1', 'Contoso News');
const wp = (inner: string, version = '') =>
  `<wp:Notification xmlns:wp="WPNotification"${version && ` Version="${version}"`}>${inner}</wp:Notification>`;
const send = (state: DeviceState, target: MpnsTarget, body: string | Uint8Array, now = 1000) =>
  receive(
    state,
    {
      service: 'mpns',
      appId: 'app-1',
      msgId: `m${now}`,
      target,
      notificationClass: 2,
      body: typeof body === 'string' ? encodeUtf8(body) : body,
    },
    now,
  );
const toast = wp(
  '<wp:Toast><wp:Text1>Hi</wp:Text1><wp:Text2>there</wp:Text2><wp:Param>/Item.xaml?id=4</wp:Param></wp:Toast>',
);

describe('the Windows Phone shell receives MPNS toasts [S10]', () => {
  it('shows a banner when the app is not in the foreground, and tapping opens Param', () => {
    const { state, outcome } = send(phone(), 'toast', toast);
    expect(outcome).toEqual({ kind: 'shown', detail: 'toast banner' });
    expect(state.banner?.toast.texts).toEqual(['Hi', 'there']);
    const tapped = tapToast(state, state.banner!.id);
    expect(tapped.apps['app-1']).toMatchObject({
      runState: 'foreground',
      launchedWith: '/Item.xaml?id=4',
    });
  });

  it('gives the toast to the app instead of a banner when the app is in the foreground', () => {
    const { state, outcome } = send(setRunState(phone(), 'app-1', 'foreground'), 'toast', toast);
    expect(state.banner).toBeNull();
    expect(outcome).toMatchObject({
      kind: 'shown',
      detail: expect.stringMatching(/foreground \(no banner\)/),
    });
    expect(state.appToasts?.['app-1']?.[0]?.toast.launch).toBe('/Item.xaml?id=4');
  });

  it('drops toast XML sent with target token, naming the mismatch and its place (§0)', () => {
    const { state, outcome } = send(phone(), 'token', toast);
    expect(outcome).toMatchObject({
      kind: 'dropped',
      diagnostic: { rule: 'mpns.target.mismatch' },
    });
    expect(state.log[0]?.message).toMatch(
      /^dropped: X-WindowsPhone-Target is token .* at line 1, column \d+$/,
    );
  });
});

describe('MPNS live tiles merge [S1, S2, S6–S8, S33]', () => {
  const tile = (inner: string, attrs = '') => wp(`<wp:Tile${attrs}>${inner}</wp:Tile>`);
  const flip = (inner: string) =>
    wp(`<wp:Tile Id="" Template="FlipTile">${inner}</wp:Tile>`, '2.0');

  it.each([
    {
      name: 'sets front and back of a WP7 tile',
      updates: [
        tile(
          '<wp:Title>News</wp:Title><wp:Count>3</wp:Count><wp:BackTitle>Back</wp:BackTitle><wp:BackContent>More</wp:BackContent>',
        ),
      ],
      expected: { Title: 'News', Count: '3', BackTitle: 'Back', BackContent: 'More' },
    },
    {
      name: 'leaves omitted elements unchanged',
      updates: [
        tile('<wp:Title>News</wp:Title><wp:Count>3</wp:Count>'),
        tile('<wp:Count>4</wp:Count>'),
      ],
      expected: { Title: 'News', Count: '4' },
    },
    {
      name: 'Action="Clear" resets one element',
      updates: [
        flip('<wp:Count>5</wp:Count><wp:Title>A</wp:Title>'),
        flip('<wp:Count Action="Clear"></wp:Count>'),
      ],
      expected: { Title: 'A' },
    },
    {
      name: 'a FlipTile update applies to a WP7 tile',
      updates: [tile('<wp:Title>A</wp:Title>'), flip('<wp:WideBackContent>W</wp:WideBackContent>')],
      expected: { Title: 'A', WideBackContent: 'W' },
    },
  ])('$name', ({ updates, expected }) => {
    let state = phone();
    for (const [i, body] of updates.entries()) state = send(state, 'token', body, 1000 + i).state;
    expect(state.wpTiles?.['app-1']?.properties).toEqual(expected);
  });

  it('updates a secondary tile by Id, separate from the primary', () => {
    let state = send(phone(), 'token', tile('<wp:Title>Main</wp:Title>')).state;
    state = send(
      state,
      'token',
      tile('<wp:Title>Second</wp:Title>', ' Id="/Second.xaml?id=1"'),
    ).state;
    expect(state.wpTiles?.['app-1']?.properties.Title).toBe('Main');
    expect(state.wpTiles?.['app-1 /Second.xaml?id=1']).toMatchObject({
      navigationUri: '/Second.xaml?id=1',
      properties: { Title: 'Second' },
    });
  });

  it('drops an update that would change the template [S33]', () => {
    const state = send(phone(), 'token', flip('<wp:Title>A</wp:Title>')).state;
    const iconic = wp('<wp:Tile Template="IconicTile"><wp:Title>B</wp:Title></wp:Tile>', '2.0');
    const { outcome } = send(state, 'token', iconic);
    expect(outcome).toMatchObject({
      kind: 'dropped',
      reason: expect.stringMatching(/cannot change/),
    });
  });

  it('keeps the size the user gave the tile across later updates [S33]', () => {
    let state = send(phone(), 'token', flip('<wp:Title>A</wp:Title>')).state;
    state = setWpTileSize(state, 'app-1', 'wide');
    state = send(state, 'token', flip('<wp:Count>2</wp:Count>'), 2000).state;
    expect(state.wpTiles?.['app-1']).toMatchObject({ size: 'wide', properties: { Count: '2' } });
    expect(setWpTileSize(state, 'nope', 'small')).toBe(state);
  });
  it('forgets the tiles when the app is uninstalled', () => {
    const state = send(phone(), 'token', tile('<wp:Title>A</wp:Title>')).state;
    expect(uninstallApp(state, 'app-1').wpTiles).toEqual({});
  });
});

describe('MPNS raw notifications [S1]', () => {
  it.each([
    { runState: 'foreground' as const, delivered: true },
    { runState: 'background' as const, delivered: true },
    { runState: 'notRunning' as const, delivered: false },
  ])('an app that is $runState gets it: $delivered', ({ runState, delivered }) => {
    const { state, outcome } = send(
      setRunState(phone(), 'app-1', runState),
      'raw',
      new Uint8Array([1, 2]),
    );
    expect(state.rawInbox['app-1']?.length ?? 0).toBe(delivered ? 1 : 0);
    if (!delivered)
      expect(state.log[0]?.message).toMatch(/not running, so the raw notification was discarded/);
    expect(outcome.kind).toBe(delivered ? 'shown' : 'dropped');
  });
});
