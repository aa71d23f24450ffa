import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../http';
import type { MpnsTarget } from './headers';
import { parseMpnsPayload } from './payload';
import { tileElements } from './tiles';

const wp = (inner: string, version = '') =>
  `<?xml version="1.0" encoding="utf-8"?>\n<wp:Notification xmlns:wp="WPNotification"${version ? ` Version="${version}"` : ''}>${inner}</wp:Notification>`;
const parse = (target: MpnsTarget, xml: string) => parseMpnsPayload(target, encodeUtf8(xml));

describe('MPNS toast payload [S1, S2, S9]', () => {
  it.each([
    {
      name: 'Text1 is the bold title [S1]',
      inner: '<wp:Text1>Title</wp:Text1>',
      expected: { texts: ['Title'] },
    },
    {
      name: 'Text2 is the body [S1]',
      inner: '<wp:Text1>T</wp:Text1><wp:Text2>Body</wp:Text2>',
      expected: { texts: ['T', 'Body'] },
    },
    {
      name: 'Param is the deep link (WP7.1+) [S1, S2]',
      inner: '<wp:Param>/Page.xaml?x=1&amp;y=2</wp:Param>',
      expected: { launch: '/Page.xaml?x=1&y=2' },
    },
    {
      name: 'Sound names a package sound [S9]',
      inner: '<wp:Sound>/Assets/ding.wav</wp:Sound>',
      expected: { sound: '/Assets/ding.wav', silent: false },
    },
    {
      name: 'Sound Silent="true" mutes [S9]',
      inner: '<wp:Sound Silent="true"/>',
      expected: { silent: true },
    },
  ])('$name', ({ inner, expected }) => {
    const result = parse('toast', wp(`<wp:Toast>${inner}</wp:Toast>`));
    expect(result).toMatchObject({
      ok: true,
      notification: { kind: 'toast', template: 'wp:Toast', ...expected },
    });
  });
});

describe('MPNS tile payload [S1, S2, S6, S7, S8, S12]', () => {
  const rows = (['Tile', 'FlipTile', 'CycleTile', 'IconicTile'] as const).flatMap((template) =>
    tileElements[template].map((element) => ({ template, element })),
  );
  const valueOf = (element: string) =>
    element === 'Count'
      ? '7'
      : element === 'BackgroundColor'
        ? '#FF1BA1E2'
        : `/Assets/${element}.png`;

  it.each(rows)('$template accepts $element, set and cleared', ({ template, element }) => {
    const open = template === 'Tile' ? '<wp:Tile>' : `<wp:Tile Id="" Template="${template}">`;
    const version = template === 'Tile' ? '' : '2.0';
    const set = parse(
      'token',
      wp(`${open}<wp:${element}>${valueOf(element)}</wp:${element}></wp:Tile>`, version),
    );
    expect(set).toMatchObject({
      ok: true,
      notification: {
        kind: 'mpnsTile',
        template,
        changes: [{ name: element, clear: false, value: valueOf(element) }],
      },
    });
    const cleared = parse(
      'token',
      wp(`${open}<wp:${element} Action="Clear"></wp:${element}></wp:Tile>`, version),
    );
    expect(cleared).toMatchObject({
      ok: true,
      notification: { changes: [{ name: element, clear: true }] },
    });
  });

  it('reads the secondary tile Id [S1, S12]', () => {
    const result = parse(
      'token',
      wp('<wp:Tile Id="/Second.xaml?id=1"><wp:Title>2nd</wp:Title></wp:Tile>'),
    );
    expect(result).toMatchObject({ ok: true, notification: { id: '/Second.xaml?id=1' } });
  });
});

type Bad = {
  name: string;
  target: MpnsTarget;
  xml: string;
  rule: string;
  line?: number;
  column?: number;
};

// Payloads the phone drops, with the rule and where. [S1, S2, S6–S9, S33, S35] and SPEC §0.
const bad: Bad[] = [
  {
    name: 'toast XML with target token → mismatch (§0)',
    target: 'token',
    xml: wp('\n<wp:Toast><wp:Text1>x</wp:Text1></wp:Toast>'),
    rule: 'mpns.target.mismatch',
    line: 3,
    column: 1,
  },
  {
    name: 'tile XML with target toast → mismatch (§0)',
    target: 'toast',
    xml: wp('<wp:Tile/>'),
    rule: 'mpns.target.mismatch',
  },
  {
    name: 'broken XML, with position',
    target: 'toast',
    xml: '<wp:Notification xmlns:wp="WPNotification">\n<wp:Toast>\n</wp:Notification>',
    rule: 'xml.wellFormed',
    line: 3,
  },
  {
    name: 'wrong namespace [S1]',
    target: 'toast',
    xml: '<wp:Notification xmlns:wp="urn:other"><wp:Toast/></wp:Notification>',
    rule: 'mpns.namespace',
    line: 1,
    column: 1,
  },
  { name: 'wrong root', target: 'toast', xml: '<toast/>', rule: 'mpns.root' },
  {
    name: 'two children',
    target: 'toast',
    xml: wp('<wp:Toast/><wp:Toast/>'),
    rule: 'mpns.root.children',
  },
  {
    name: 'unknown toast element',
    target: 'toast',
    xml: wp('<wp:Toast><wp:Text3>x</wp:Text3></wp:Toast>'),
    rule: 'mpns.toast.element',
  },
  {
    name: 'Silent must be a boolean [S9]',
    target: 'toast',
    xml: wp('<wp:Toast><wp:Sound Silent="yes"/></wp:Toast>'),
    rule: 'mpns.toast.silent',
  },
  {
    name: 'WP8 template without Version 2.0 [S6]',
    target: 'token',
    xml: wp('<wp:Tile Template="FlipTile"/>'),
    rule: 'mpns.tile.version',
  },
  {
    name: 'unknown template',
    target: 'token',
    xml: wp('<wp:Tile Template="HubTile"/>', '2.0'),
    rule: 'mpns.tile.template',
  },
  {
    name: 'WP7 tile with a Flip-only element [S1]',
    target: 'token',
    xml: wp('<wp:Tile><wp:WideBackContent>x</wp:WideBackContent></wp:Tile>'),
    rule: 'mpns.tile.element',
  },
  {
    name: 'Action other than Clear [S6]',
    target: 'token',
    xml: wp('<wp:Tile><wp:Count Action="Reset"/></wp:Tile>'),
    rule: 'mpns.tile.action',
  },
  {
    name: 'Count over 99 [S35]',
    target: 'token',
    xml: wp('<wp:Tile><wp:Count>100</wp:Count></wp:Tile>'),
    rule: 'mpns.tile.Count',
  },
  {
    name: 'BackgroundColor not ARGB [S8]',
    target: 'token',
    xml: wp(
      '<wp:Tile Template="IconicTile"><wp:BackgroundColor>blue</wp:BackgroundColor></wp:Tile>',
      '2.0',
    ),
    rule: 'mpns.tile.BackgroundColor',
  },
  {
    name: 'remote cycle image [S35]',
    target: 'token',
    xml: wp(
      '<wp:Tile Template="CycleTile"><wp:CycleImage1>http://x/y.png</wp:CycleImage1></wp:Tile>',
      '2.0',
    ),
    rule: 'mpns.tile.CycleImage1',
  },
];

describe('MPNS payloads the phone drops', () => {
  it.each(bad)('$name', ({ target, xml, rule, line, column }) => {
    const result = parse(target, xml);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostic.rule).toBe(rule);
    if (line) expect(result.diagnostic.line).toBe(line);
    if (column) expect(result.diagnostic.column).toBe(column);
  });

  it('passes raw bytes through untouched [S1]', () => {
    const bytes = new Uint8Array([0, 255, 1]);
    expect(parseMpnsPayload('raw', bytes)).toEqual({
      ok: true,
      notification: { kind: 'raw', bytes },
    });
  });
});
