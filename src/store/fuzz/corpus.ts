/**
 * Valid payloads of every kind Tilecast accepts, and hostile ones: the seeds the property
 * tests mutate (issue 11). Test-only; the app never imports this.
 */
const wp = (inner: string, version = '') =>
  `<?xml version="1.0" encoding="utf-8"?><wp:Notification xmlns:wp="WPNotification"${version ? ` Version="${version}"` : ''}>${inner}</wp:Notification>`;

export type PayloadKind = 'toast' | 'tile' | 'badge' | 'raw';

export const WNS_PAYLOADS: Record<PayloadKind, string[]> = {
  toast: [
    '<toast launch="a"><visual><binding template="ToastText02"><text id="1">Title</text><text id="2">Body</text></binding></visual></toast>',
    '<toast><visual><binding template="ToastImageAndText01"><image id="1" src="https://example.com/a.png"/><text id="1">Hi</text></binding></visual><audio src="ms-winsoundevent:Notification.Mail"/></toast>',
    '<toast><visual><binding template="ToastGeneric"><text>T</text><text>B</text><image placement="hero" src="ms-appx:///h.png"/><group><subgroup><text>s</text></subgroup></group></binding></visual><actions><input id="r" type="text"/><action content="Go" arguments="x" activationType="foreground"/></actions></toast>',
  ],
  tile: [
    '<tile><visual version="2"><binding template="TileSquare150x150Text04"><text id="1">Tile</text></binding></visual></tile>',
    '<tile><visual><binding template="TileWide310x150ImageAndText01"><image id="1" src="https://example.com/w.png"/><text id="1">Wide</text></binding></visual></tile>',
    '<tile><visual><binding template="TileMedium"><text hint-style="title">A</text><image src="ms-appdata:///local/x.png" placement="background"/></binding></visual></tile>',
  ],
  badge: ['<badge value="7"/>', '<badge value="alert"/>', '<badge value="none"/>'],
  raw: ['raw text', '{"json":true}', '\u0000\u0001binary'],
};

export const MPNS_PAYLOADS: Record<Exclude<PayloadKind, 'badge'>, string[]> = {
  toast: [
    wp(
      '<wp:Toast><wp:Text1>Title</wp:Text1><wp:Text2>Body</wp:Text2><wp:Param>/Page.xaml?x=1</wp:Param></wp:Toast>',
    ),
  ],
  tile: [
    wp(
      '<wp:Tile><wp:BackgroundImage>Red.jpg</wp:BackgroundImage><wp:Count>3</wp:Count><wp:Title>T</wp:Title></wp:Tile>',
    ),
    wp(
      '<wp:Tile Id="" Template="FlipTile"><wp:Title>F</wp:Title><wp:BackContent>b</wp:BackContent><wp:Count>1</wp:Count></wp:Tile>',
      '2.0',
    ),
    wp(
      '<wp:Tile Id="" Template="CycleTile"><wp:CycleImage1>/a.png</wp:CycleImage1><wp:Title>C</wp:Title></wp:Tile>',
      '2.0',
    ),
    wp(
      '<wp:Tile Id="" Template="IconicTile"><wp:Title>I</wp:Title><wp:BackgroundColor>#FF1BA1E2</wp:BackgroundColor><wp:WideContent1>w</wp:WideContent1></wp:Tile>',
      '2.0',
    ),
  ],
  raw: ['<root>raw</root>', 'plain bytes'],
};

/** Payload fragments that try to run script, fetch something or break out of the phone. */
export const HOSTILE_FRAGMENTS = [
  '<script>globalThis.__pwned=1</script>',
  '<img src=x onerror="globalThis.__pwned=1">',
  'javascript:globalThis.__pwned=1',
  'data:text/html,<script>parent.__pwned=1</script>',
  'blob:https://evil.test/1',
  '<svg onload="globalThis.__pwned=1"><script>alert(1)</script></svg>',
  'red;background:url(javascript:alert(1))',
  '#FF0000;position:fixed;inset:0',
  '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>',
  '<!ENTITY lol "lol">&lol;',
  '<?xml-stylesheet href="http://evil.test/x.xsl"?>',
  '<![CDATA[<script>x</script>]]>',
  ']]>',
  '&#0;&#xD800;&amp;&lt;&gt;&quot;&apos;&unknown;',
  '\u202Eevil\u202C مرحبا 漢字 👩‍👩‍👧‍👦',
];
