import { expect, test } from '../src/testing/playwright';
import { armTraps, settledOutline, traps } from './hostile-helpers';
import { mpnsPush, wp, wpToast } from './mpns-helpers';
import { wnsPush } from './wns-helpers';

const trap = 'globalThis.__pwned=1';
const toast = (inner: string, texts = '<text>Hostile</text>') =>
  `<toast><visual><binding template="ToastGeneric">${texts}${inner}</binding></visual></toast>`;
const tile = (inner: string) =>
  `<tile><visual><binding template="TileMedium"><text>t</text>${inner}</binding></visual></tile>`;

/** WNS payloads the phone must drop, and the words the device log names the drop with. */
const wnsDropped: [string, string, string][] = [
  ['wns/toast', toast(`<image src="javascript:${trap}"/>`), 'javascript: scheme'],
  [
    'wns/toast',
    toast(`<image src="data:text/html,&lt;script&gt;${trap}&lt;/script&gt;"/>`),
    'data: scheme',
  ],
  ['wns/toast', toast('<image src="blob:https://evil.test/0b1"/>'), 'blob: scheme'],
  [
    'wns/tile',
    tile(`<image src="data:image/svg+xml,&lt;svg onload='${trap}'/&gt;"/>`),
    'data: scheme',
  ],
  ['wns/tile', tile('<image src="JaVaScRiPt:alert(1)"/>'), 'JaVaScRiPt: scheme'],
];

/** WNS payloads that are shown, with their hostile text rendered as inert text. */
const wnsShown: [string, string][] = [
  [toast('', `<text>&lt;script&gt;${trap}&lt;/script&gt;</text>`), `<script>${trap}</script>`],
  [toast('', `<text>&lt;img src=x onerror="${trap}"&gt;</text>`), `<img src=x onerror="${trap}">`],
  [toast('', '<text>\u202Eevil\u202C مرحبا 漢字 👩‍👩‍👧‍👦</text>'), 'مرحبا 漢字 👩‍👩‍👧‍👦'],
  [toast(`<image src="https://example.com/a.png" onerror="${trap}" onload="${trap}"/>`), 'Hostile'],
  [toast('', `<text>${'W'.repeat(4_000)}</text>`), 'WWWWWWWWWW'],
];

/** MPNS payloads the phone must drop, and how the device log names them. */
const mpnsDropped: [string, string][] = [
  [
    wp(
      '<wp:Tile Id="" Template="IconicTile"><wp:BackgroundColor>red;background:url(javascript:alert(1))</wp:BackgroundColor></wp:Tile>',
      '2.0',
    ),
    'BackgroundColor "red;background:url(javascript:alert(1))" must be hex ARGB',
  ],
  [
    wp(
      '<wp:Tile Id="" Template="IconicTile"><wp:BackgroundColor>#FF000000;position:fixed</wp:BackgroundColor></wp:Tile>',
      '2.0',
    ),
    'must be hex ARGB',
  ],
  [
    wp(`<wp:Tile><wp:BackgroundImage>javascript:${trap}</wp:BackgroundImage></wp:Tile>`),
    'BackgroundImage "javascript:',
  ],
  [
    wp(
      '<wp:Tile Id="" Template="FlipTile"><wp:BackBackgroundImage>data:text/html,x</wp:BackBackgroundImage></wp:Tile>',
      '2.0',
    ),
    'uses the data: scheme',
  ],
  [
    wp(
      '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><wp:Toast><wp:Text1>&e;</wp:Text1></wp:Toast>',
    ),
    'DOCTYPE declarations are not allowed',
  ],
];

// Traps go in before the phone fixture opens the page.
test.beforeEach(async ({ page }) => {
  await armTraps(page);
});

test.beforeEach(async ({ phone }) => {
  const { page } = phone;
  // The composer's editor loads on demand and adds its own styles, and its preview draws the
  // toast a moment later (in one CI run, after the first outline was read): let both settle.
  await page.locator('.cm-editor').waitFor();
  await page.getByRole('figure', { name: 'Toast preview' }).locator('[data-toast-style]').waitFor();
});

test('hostile payloads through WNS and MPNS run no script, change nothing outside the phone and each drop is named', async ({
  page,
  phone,
}) => {
  const dialogs: string[] = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  const before = await settledOutline(page);
  const log = phone.deviceLog;
  const screen = phone.screen;

  for (const [type, body, named] of wnsDropped) {
    expect((await wnsPush(page, { type, body })).status).toBe(200);
    await expect(log).toContainText(named);
  }
  for (const [body, text] of wnsShown) {
    expect((await wnsPush(page, { body })).status).toBe(200);
    await expect(phone.banner('Contoso News')).toContainText(text);
  }
  const uri = (await phone.openChannel({ service: 'mpns', app: 'Hostile MPNS' })).uri;
  for (const [body, named] of mpnsDropped) {
    expect((await mpnsPush(page, uri, { target: 'token', body })).status).toBe(200);
    await expect(log).toContainText(named);
  }
  expect(
    (
      await mpnsPush(page, uri, {
        target: 'toast',
        body: wpToast(`&lt;script&gt;${trap}&lt;/script&gt;`, '漢字 👍'),
      })
    ).status,
  ).toBe(200);
  await expect(screen).toContainText(`<script>${trap}</script>`);

  expect(dialogs).toEqual([]);
  expect(await traps(page)).toEqual({ hits: 0, violations: [] });
  const after = await settledOutline(page);
  expect(after).toEqual(before);
  expect(after.handlers).toEqual([]);
  expect(after.badUrls).toEqual([]);
  expect(after.unsafeStyles).toEqual([]);
});
