import { describe, expect, it } from 'vitest';
import { receive } from '../test-receive';
import type { DeviceState } from '../state';
import { bindingAt, itemsAt } from './tile-sizes';
import { incoming, phone } from './test-phone';
import { expireWnsTiles, resizeWnsTile, setWnsTileQueue, setWnsTileSize } from './tiles';

// Tiles behave as on Windows: every binding is kept, the size picks one, and an update with no
// binding for the tile's size is held until a resize shows it or it expires. [S56, SPEC §2.7]

const tile = (...bindings: string[]) => `<tile><visual>${bindings.join('')}</visual></tile>`;
const medium = (text: string) =>
  `<binding template="TileSquare150x150Text04"><text id="1">${text}</text></binding>`;
const wide = (text: string) =>
  `<binding template="TileWide310x150Text03"><text id="1">${text}</text></binding>`;
const large = (text: string) =>
  `<binding template="TileSquare310x310Text09"><text id="1">${text}</text></binding>`;

const push = (s: DeviceState, body: string, now = 1000, extra: Record<string, string> = {}) =>
  receive(s, incoming('wns/tile', body, extra, { expiresAt: now + 60_000 }), now);
/** The first text of what the tile shows at its size (or at `size`). */
const showing = (s: DeviceState, size?: 'small' | 'medium' | 'wide' | 'large') => {
  const t = s.wnsTiles['app-1']!;
  return itemsAt(t, size ?? t.size).map((i) => bindingAt(i, size ?? t.size)!.texts[0]);
};

describe('a tile keeps every binding and re-picks on resize [S56]', () => {
  it('shows the medium binding, then the wide one of the same update after a resize', () => {
    let s = push(phone(), tile(medium('M'), wide('W'))).state;
    expect(showing(s)).toEqual(['M']);
    s = setWnsTileSize(s, 'app-1', 'wide');
    expect(showing(s)).toEqual(['W']);
    s = setWnsTileSize(s, 'app-1', 'medium');
    expect(showing(s)).toEqual(['M']);
  });

  it('a large update resized to medium shows its medium binding, not the large content', () => {
    let s = setWnsTileSize(phone(), 'app-1', 'large');
    s = push(s, tile(large('L'), medium('m'))).state;
    expect(showing(s)).toEqual(['L']);
    s = setWnsTileSize(s, 'app-1', 'medium');
    expect(showing(s)).toEqual(['m']);
  });
});

describe('an update with no binding for the tile size is held, not dropped [S56]', () => {
  it('says why and where it would show; the tile keeps what it showed', () => {
    let s = push(phone(), tile(medium('before'))).state;
    const held = push(s, tile(wide('wide only')), 2000);
    expect(held.outcome).toEqual({
      kind: 'held',
      reason: expect.stringMatching(/^no binding for medium — shows at wide \(resize the tile/),
    });
    s = held.state;
    expect(s.log).toEqual([]);
    expect(showing(s)).toEqual(['before']);
    expect(showing(s, 'wide')).toEqual(['wide only']);
  });

  it('shows when the user resizes before it expires, and names it once', () => {
    const s = push(phone(), tile(wide('wide only'))).state;
    const first = resizeWnsTile(s, 'app-1', 'wide');
    expect(first.events).toMatchObject([
      {
        kind: 'TileUpdated',
        msgId: s.wnsTiles['app-1']!.items[0]!.msgId,
        size: 'wide',
        detail: 'tile TileWide310x150Text03 after the tile was resized to wide',
      },
    ]);
    expect(showing(first.state)).toEqual(['wide only']);
    const back = resizeWnsTile(setWnsTileSize(first.state, 'app-1', 'medium'), 'app-1', 'wide');
    expect(back.events).toEqual([]);
  });

  it('is gone once it expires, so a later resize shows nothing', () => {
    let s = push(phone(), tile(wide('wide only')), 1000).state;
    s = expireWnsTiles(s, 1000 + 60_000).state;
    expect(resizeWnsTile(s, 'app-1', 'wide').events).toEqual([]);
    expect(s.wnsTiles['app-1']!.items).toEqual([]);
  });

  it('names every size it could show at', () => {
    const { outcome } = push(
      setWnsTileSize(phone(), 'app-1', 'small'),
      tile(medium('m'), wide('w')),
    );
    expect(outcome).toMatchObject({ reason: /^no binding for small — shows at medium or wide / });
  });
});

describe('without the queue, a size keeps the newest update that has a binding for it', () => {
  it('a medium-only update leaves the wide content of the one before', () => {
    let s = push(phone(), tile(medium('m1'), wide('w1'))).state;
    s = push(s, tile(medium('m2'))).state;
    expect(showing(s)).toEqual(['m2']);
    expect(showing(s, 'wide')).toEqual(['w1']);
    s = push(s, tile(medium('m3'), wide('w3'))).state;
    expect(s.wnsTiles['app-1']!.items).toHaveLength(1);
  });

  it('turning the queue off keeps what each size shows', () => {
    let s = setWnsTileQueue(phone(), 'app-1', true);
    for (const t of ['a', 'b']) s = push(s, tile(medium(t))).state;
    s = push(s, tile(wide('w'))).state;
    s = setWnsTileQueue(s, 'app-1', false);
    expect(showing(s)).toEqual(['b']);
    expect(showing(s, 'wide')).toEqual(['w']);
  });

  it('with the queue, each size cycles the queued updates that have a binding for it', () => {
    let s = setWnsTileQueue(phone(), 'app-1', true);
    s = push(s, tile(medium('1'), wide('1w'))).state;
    s = push(s, tile(wide('2w'))).state;
    s = push(s, tile(medium('3'))).state;
    expect(showing(s)).toEqual(['3', '1']);
    expect(showing(s, 'wide')).toEqual(['2w', '1w']);
  });
});
