import { describe, expect, it } from 'vitest';
import { setRunState, uninstallApp, updateAppSettings } from '../apps';
import { receive } from '../test-receive';
import type { DeviceState, WnsIncoming } from '../state';
import { incoming, phone } from './test-phone';
import { bindingAt } from './tile-sizes';
import { setWnsTileQueue, setWnsTileSize } from './tiles';

const tile = (binding: string) => `<tile>\n  <visual>\n    ${binding}\n  </visual>\n</tile>`;
const medium = (text: string) =>
  tile(`<binding template="TileSquare150x150Text04"><text id="1">${text}</text></binding>`);
const toast =
  '<toast>\n<visual><binding template="ToastText01"><text id="1">Hi</text></binding></visual></toast>';

// The drops a real phone hides in its event log, each named with its position. [S15, S19, S41]
const drops: {
  name: string;
  state?: (s: DeviceState) => DeviceState;
  note: WnsIncoming;
  reason: RegExp;
}[] = [
  {
    name: 'XML root not matching X-WNS-Type [S19]',
    note: incoming('wns/tile', toast),
    reason: /root element is <toast>.* at line 1, column 1$/,
  },
  {
    name: 'wrong case [S19]',
    note: incoming('wns/tile', '<tile>\n <Visual/></tile>'),
    reason: /must be spelled <visual>.* at line 2, column 2$/,
  },
  {
    name: 'unknown template [S45]',
    note: incoming('wns/tile', tile('<binding template="TileSquare150x150Text99"/>')),
    reason: /Unknown tile template .* at line 3, column 5$/,
  },
  {
    name: 'template with wrong case [S19]',
    note: incoming('wns/tile', tile('<binding template="tilemedium"/>')),
    reason: /must be spelled "TileMedium" .* at line 3/,
  },
  {
    name: 'bad image src [S19, S56]',
    note: incoming(
      'wns/tile',
      tile('<binding template="TileMedium">\n<image src="file:///c:/x.png"/></binding>'),
    ),
    reason: /file: scheme.* at line 4, column 1$/,
  },
  {
    name: 'text id beyond the template slots [S47]',
    note: incoming('wns/tile', medium('x').replace('id="1"', 'id="2"')),
    reason: /has no slot in TileSquare150x150Text04.* at line 3/,
  },
  {
    name: 'expired TTL [S15]',
    note: incoming('wns/toast', toast, { 'x-wns-ttl': '0' }, { expiresAt: 1000 }),
    reason: /expired TTL: X-WNS-TTL of 0 s .* at line 1, column 1$/,
  },
  {
    name: 'app uninstalled',
    state: (s) => uninstallApp(s, 'app-1'),
    note: incoming('wns/toast', toast),
    reason: /not installed \(uninstalled\) at line 1, column 1$/,
  },
  {
    name: 'toasts disabled for the app',
    state: (s) => updateAppSettings(s, 'app-1', { toastsEnabled: false }),
    note: incoming('wns/toast', toast),
    reason: /toasts are turned off for Contoso News at line 1, column 1$/,
  },
  {
    name: 'raw to a closed app without a background task [S41]',
    note: incoming('wns/raw', 'data'),
    reason: /not running and has no background task/,
  },
];

describe('WNS drops named in the device log', () => {
  it.each(drops)('$name', ({ state, note, reason }) => {
    const start = (state ?? ((s) => s))(phone());
    const { state: after, outcome } = receive(start, note, 1000);
    expect(outcome.kind).toBe('dropped');
    expect(after.log.at(-1)?.message).toMatch(/^dropped: /);
    expect(after.log.at(-1)?.message).toMatch(reason);
  });
});

describe('WNS live tile', () => {
  it('shows the binding for the tile size, 8.x or adaptive [S44, S49]', () => {
    const both = tile(
      '<binding template="TileWide310x150Text03"><text id="1">wide</text></binding><binding template="TileMedium"><text>a</text><group><subgroup><text>b</text><image src="ms-appx:///x.png"/></subgroup></group></binding>',
    );
    let s = receive(phone(), incoming('wns/tile', both), 0).state;
    expect(bindingAt(s.wnsTiles['app-1']!.items[0]!, 'medium')).toMatchObject({
      template: 'TileMedium',
      texts: ['a', 'b'],
      images: [{ src: 'ms-appx:///x.png' }],
    });
    s = setWnsTileSize(s, 'app-1', 'wide');
    s = receive(s, incoming('wns/tile', both), 0).state;
    expect(bindingAt(s.wnsTiles['app-1']!.items[0]!, 'wide')?.texts).toEqual(['wide']);
  });

  it('keeps only the newest update without the notification queue', () => {
    let s = phone();
    for (const t of ['one', 'two']) s = receive(s, incoming('wns/tile', medium(t)), 0).state;
    expect(s.wnsTiles['app-1']?.items.map((i) => i.bindings[0]!.texts[0])).toEqual(['two']);
  });

  it('cycles up to five with the queue; the same X-WNS-Tag replaces [S15]', () => {
    let s = setWnsTileQueue(phone(), 'app-1', true);
    for (const t of ['1', '2', '3', '4', '5', '6'])
      s = receive(s, incoming('wns/tile', medium(t), { 'x-wns-tag': `t${t}` }), 0).state;
    expect(s.wnsTiles['app-1']?.items.map((i) => i.bindings[0]!.texts[0])).toEqual([
      '6',
      '5',
      '4',
      '3',
      '2',
    ]);
    const replaced = receive(s, incoming('wns/tile', medium('4b'), { 'x-wns-tag': 't4' }), 0);
    expect(replaced.outcome).toMatchObject({ kind: 'shown', detail: /replaced tag t4/ });
    expect(replaced.state.wnsTiles['app-1']?.items.map((i) => i.bindings[0]!.texts[0])).toEqual([
      '4b',
      '6',
      '5',
      '3',
      '2',
    ]);
  });
});

describe('WNS raw [S41]', () => {
  it('reaches a closed app through its background task', () => {
    const s = updateAppSettings(setRunState(phone(), 'app-1', 'notRunning'), 'app-1', {
      backgroundTask: true,
    });
    expect(receive(s, incoming('wns/raw', 'hi'), 0).outcome).toMatchObject({
      kind: 'shown',
      detail: /background task/,
    });
  });
});
