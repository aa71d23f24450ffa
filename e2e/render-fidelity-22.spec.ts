import { expect, test, type Locator, type Page } from '@playwright/test';
import { mpnsChannel, mpnsPush, wp } from './mpns-helpers';
import { pushTile, showProfile } from './render-helpers';
import { wnsPush } from './wns-helpers';

// Layouts checked against Microsoft's pictures (ToastTemplateType, TileTemplateType's Windows
// Phone 8.1 column, the WP8 Iconic and WP7 diagrams): sizes, positions, weights, line counts.

const box = async (l: Locator) => (await l.boundingBox())!;
const lines = (l: Locator) =>
  l.evaluate((el) =>
    Math.round(el.getBoundingClientRect().height / parseFloat(getComputedStyle(el).lineHeight)),
  );
const weight = (l: Locator) => l.evaluate((el) => Number(getComputedStyle(el).fontWeight));
const long =
  'Integer nisl sapien, sagittis non viverra a, ullamcorper quis sapien. Etiam est nisl, faucibus lorem ipsum dolor sit amet consectetur lorem ipsum dolor sit amet again';

async function toast(page: Page, template: string, texts: string[], image = false) {
  await showProfile(page, 'Windows 8.1 Start');
  const img = image ? '<image id="1" src="ms-appx:///Assets/photo1.svg" alt=""/>' : '';
  const txt = texts.map((t, i) => `<text id="${i + 1}">${t}</text>`).join('');
  await wnsPush(page, {
    body: `<toast><visual><binding template="${template}">${img}${txt}</binding></visual></toast>`,
  });
  const banner = page.getByRole('status', { name: 'Toast from Contoso News' });
  await expect(banner).toBeVisible();
  return banner.locator('[data-part="win8-toast"]');
}

test('Windows 8 ToastText04: 364 × 90, text from the left edge, lines 2–3 end in an ellipsis', async ({
  page,
}) => {
  const t = await toast(page, 'ToastText04', ['Breaking news', long, long]);
  const b = await box(t);
  expect([b.width, b.height]).toEqual([364, 90]);
  const first = t.getByText('Breaking news');
  expect(await weight(first)).toBeGreaterThanOrEqual(600);
  // No empty logo column: the text starts within the toast's own padding.
  expect((await box(first)).x - b.x).toBeLessThan(20);
  for (const line of await t.getByText(long).all()) {
    expect(await lines(line)).toBe(1);
    expect(await weight(line)).toBeLessThan(600);
    // Cut, not wrapped: the text is wider than its line.
    expect(await line.evaluate((el) => el.scrollHeight > el.clientHeight + 1)).toBe(true);
  }
});

test('Windows 8 ToastImageAndText01: the image fills 90 × 90 at the left edge, the text is regular over three lines', async ({
  page,
}) => {
  const t = await toast(page, 'ToastImageAndText01', [long], true);
  const b = await box(t);
  const img = await box(t.locator('img'));
  expect([img.x, img.y, img.width, img.height]).toEqual([b.x, b.y, 90, 90]);
  const text = t.getByText(long);
  expect(await weight(text)).toBeLessThan(600);
  expect(await lines(text)).toBe(3);
});

test('Windows Phone 8.1 draws its own wide layouts of four Windows templates', async ({ page }) => {
  await showProfile(page, 'Windows Phone 8.1');
  await page.getByLabel('Contoso News tile size').selectOption('wide');
  const tile = page.getByRole('listitem', { name: 'Contoso News tile' });
  const push = (template: string, inner: string) =>
    pushTile(
      page,
      `<tile><visual version="2"><binding template="${template}">${inner}</binding></visual></tile>`,
    );
  const photos = (n: number) =>
    Array.from(
      { length: n },
      (_, i) => `<image id="${i + 1}" src="ms-appx:///Assets/photo${i + 1}.svg" alt=""/>`,
    ).join('');

  // SmallImageAndText01: no image, the text large at the top left.
  await push(
    'TileWideSmallImageAndText01',
    `${photos(1)}<text id="1">Adipiscing elit sem est gravida consectetur</text>`,
  );
  let body = tile.locator('[data-template="TileWideSmallImageAndText01"]');
  await expect(body.getByText('Adipiscing elit')).toBeVisible();
  await expect(body.locator('img')).toHaveCount(0);
  expect(await lines(body.getByText('Adipiscing elit'))).toBe(2);

  // BlockAndText01: four lines top left, "Aliquam 24" on one line bottom right.
  const texts = ['One', 'Two', 'Three', 'Four', '24', 'Aliquam']
    .map((t, i) => `<text id="${i + 1}">${t}</text>`)
    .join('');
  await push('TileWideBlockAndText01', texts);
  body = tile.locator('[data-template="TileWideBlockAndText01"]');
  const t = await box(body);
  const n = await box(body.getByText('24', { exact: true }));
  const label = await box(body.getByText('Aliquam'));
  expect(n.x + n.width).toBeGreaterThan(t.x + t.width - 20);
  expect(n.y).toBeGreaterThan(t.y + t.height / 2);
  expect(label.x + label.width).toBeLessThanOrEqual(n.x);
  expect(label.y).toBeGreaterThan(t.y + t.height / 2);
  expect((await box(body.getByText('One'))).y).toBeLessThan(t.y + 20);

  // ImageCollection: a mosaic of squares, the images among tinted cells.
  await push('TileWideImageCollection', photos(5));
  body = tile.locator('[data-template="TileWideImageCollection"]');
  const cells = body.locator('.grid > *');
  await expect(cells).toHaveCount(12);
  const first = await box(body.locator('img').first());
  expect(Math.abs(first.width - first.height)).toBeLessThan(3);

  // IconWithBadgeAndText: texts top left, icon bottom right.
  await push(
    'TileWide310x150IconWithBadgeAndText',
    '<image id="1" src="ms-appx:///Assets/Icon.svg"/><text id="1">Justin Harrison</text><text id="2">Missed call</text><text id="3">10:24 AM</text>',
  );
  body = tile.locator('[data-template="TileWide310x150IconWithBadgeAndText"]');
  const w = await box(body);
  const icon = await box(body.locator('img'));
  expect(icon.x).toBeGreaterThan(w.x + w.width / 2);
  expect(icon.y).toBeGreaterThan(w.y + w.height / 2);
  const name = await box(body.getByText('Justin Harrison'));
  expect(name.y).toBeLessThan(w.y + 20);
});

test('WP8 Iconic medium: a large icon, centred, with the count beside it', async ({ page }) => {
  await showProfile(page, 'Windows Phone 8');
  const uri = await mpnsChannel(page);
  await mpnsPush(page, uri, {
    target: 'token',
    cls: '1',
    body: wp(
      '<wp:Tile Id="" Template="IconicTile"><wp:IconImage>/Assets/Icon.svg</wp:IconImage><wp:Count>10</wp:Count><wp:Title>Contoso</wp:Title></wp:Tile>',
      '2.0',
    ),
  });
  const tile = page
    .getByRole('listitem', { name: 'Contoso News tile' })
    .locator('[data-template="IconicTile"]');
  const t = await box(tile);
  const icon = await box(tile.locator('img'));
  const count = await box(tile.getByLabel('count 10'));
  expect(icon.width).toBeGreaterThan(t.width * 0.4);
  expect(count.x).toBeGreaterThanOrEqual(icon.x + icon.width - 1);
  // The pair is centred across the tile.
  const centre = (icon.x + count.x + count.width) / 2;
  expect(Math.abs(centre - (t.x + t.width / 2))).toBeLessThan(t.width * 0.1);
});

test('WP7: BackContent is large text over four lines', async ({ page }) => {
  await showProfile(page, 'Windows Phone 7.5');
  const uri7 = await mpnsChannel(page);
  await mpnsPush(page, uri7, {
    target: 'token',
    cls: '1',
    body: wp(
      '<wp:Tile><wp:Title>Contoso</wp:Title><wp:BackTitle>Contoso</wp:BackTitle><wp:BackContent>Lorem ipsum dolor sit amet</wp:BackContent></wp:Tile>',
    ),
  });
  const back = page
    .getByRole('listitem', { name: 'Contoso News tile' })
    .getByLabel('back')
    .getByText('Lorem ipsum dolor sit amet');
  expect(await lines(back)).toBe(4);
  expect(await back.evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThan(
    22,
  );
});

test('Action Center keeps a ToastGeneric whole: 2:1 hero, logo override, input and buttons [S54]', async ({
  page,
}) => {
  await showProfile(page, 'Windows 10 desktop Start');
  await wnsPush(page, {
    headers: { 'X-WNS-SuppressPopup': 'true' },
    body: `<toast launch="id=1"><visual><binding template="ToastGeneric">
      <text>Anna sent a photo</text><text>From the summit</text>
      <image placement="appLogoOverride" hint-crop="circle" src="ms-appx:///Assets/photo4.svg"/>
      <image placement="hero" src="ms-appx:///Assets/photo5.svg"/>
    </binding></visual>
    <actions><input id="reply" type="text" placeHolderContent="Type a reply"/>
    <action content="Send" arguments="send" hint-inputId="reply"/><action content="Like" arguments="like"/></actions></toast>`,
  });
  const item = page
    .getByRole('list', { name: 'Action Center toasts' })
    .getByRole('listitem', { name: 'Contoso News: Anna sent a photo' });
  await item.scrollIntoViewIfNeeded();
  await expect(item).toContainText('From the summit');
  const hero = item.locator('img').first();
  await expect(hero).toBeVisible();
  const h = await box(hero);
  expect(h.width / h.height).toBeCloseTo(2, 1);
  await expect(item.locator('img.rounded-full')).toBeVisible();
  await expect(item.getByRole('textbox', { name: 'reply' })).toHaveAttribute(
    'placeholder',
    'Type a reply',
  );
  await expect(item.getByRole('button', { name: 'Send' })).toBeVisible();
  await expect(item.getByRole('button', { name: 'Like' })).toBeVisible();
  await item.screenshot({ path: 'test-results/action-center-generic.png' });
});
