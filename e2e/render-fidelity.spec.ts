import { expect, test, type Locator, type Page } from '@playwright/test';
import { pushTile, showProfile } from './render-helpers';

// Layout checks against Microsoft's TileTemplateType pictures (Windows 8.1 Start, 310×310):
// where the block number sits, how many lines a text takes, what overlays what. [S47, S48]

const long = 'Lorem ipsum dolor sit amet, consectetur adipiscing elit sed do eiusmod tempor';

async function showLarge(page: Page, template: string, texts: string[], images = 0) {
  return showTile(page, 'large', template, texts, images);
}

async function showTile(
  page: Page,
  size: 'medium' | 'wide' | 'large',
  template: string,
  texts: string[],
  images = 0,
) {
  await showProfile(page, 'Windows 8.1 Start');
  await page.getByLabel('Contoso News tile size').selectOption(size);
  const imgs = Array.from(
    { length: images },
    (_, i) => `<image id="${i + 1}" src="ms-appx:///Assets/photo${i + 1}.svg" alt=""/>`,
  ).join('');
  const txt = texts.map((t, i) => `<text id="${i + 1}">${t}</text>`).join('');
  await pushTile(
    page,
    `<tile><visual version="2"><binding template="${template}" branding="name">${imgs}${txt}</binding></visual></tile>`,
  );
  const tile = page
    .getByRole('listitem', { name: 'Contoso News tile' })
    .locator(`[data-template="${template}"]`);
  await expect(tile).toHaveCount(1);
  return tile;
}

const box = async (l: Locator) => (await l.boundingBox())!;
/** How many lines of text an element takes: its height over its line height. */
const lines = (l: Locator) =>
  l.evaluate((el) => {
    const lh = parseFloat(getComputedStyle(el).lineHeight);
    return Math.round(el.getBoundingClientRect().height / lh);
  });
const fontSize = (l: Locator) => l.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

test('BlockAndText01: the heading wraps over two lines, the block sits bottom right', async ({
  page,
}) => {
  const texts = [long, 'Donec', '10:00', '1:00', 'Vulputate', '2:30', 'Tincidunt', '24', 'Wed'];
  const tile = await showLarge(page, 'TileSquare310x310BlockAndText01', texts);
  expect(await lines(tile.getByText(long))).toBe(2);
  const t = await box(tile);
  const block = await box(tile.locator('[data-part="block"]'));
  expect(block.y).toBeGreaterThan(t.y + t.height / 2);
  expect(block.x).toBeGreaterThan(t.x + t.width / 2);
  await expect(tile.getByText('24', { exact: true })).toBeVisible();
});

test('BlockAndText02: the image fills the tile and text1 is the block, top left', async ({
  page,
}) => {
  const texts = ['69°', 'Lorem, EM', 'Dolor sit', 'Ame 26', '48°/37°', 'Emt 27', '43°/38°'];
  const tile = await showLarge(page, 'TileSquare310x310BlockAndText02', texts, 1);
  const t = await box(tile);
  expect(await box(tile.locator('img'))).toEqual(t);
  const block = await box(tile.getByText('69°', { exact: true }));
  expect(block.y + block.height).toBeLessThan(t.y + t.height / 3);
  expect(block.x).toBeLessThan(t.x + t.width / 4);
  expect(await fontSize(tile.getByText('Lorem, EM'))).toBeGreaterThan(
    await fontSize(tile.getByText('Ame 26')),
  );
});

test('ImageAndText01: the band text wraps over two lines, clear of the logo; name shows as logo', async ({
  page,
}) => {
  const tile = await showLarge(page, 'TileSquare310x310ImageAndText01', [long], 1);
  const text = tile.locator('[data-part="band"]').getByText(long);
  expect(await lines(text)).toBe(2);
  await expect(tile.getByText('Contoso News')).toHaveCount(0);
  const logo = await box(tile.locator('[data-part="logo"]'));
  const band = await box(text);
  expect(band.x).toBeGreaterThanOrEqual(logo.x + logo.width);
  // The image stops where the band begins.
  const img = await box(tile.locator('img'));
  expect(img.y + img.height).toBeLessThanOrEqual(band.y);
});

test('ImageAndText02: two texts on a line each in the band', async ({ page }) => {
  const tile = await showLarge(page, 'TileSquare310x310ImageAndText02', [long, long], 1);
  const band = tile.locator('[data-part="band"]');
  for (const line of await band.getByText(long).all()) expect(await lines(line)).toBe(1);
});

test('ImageAndTextOverlay01: large text over the image, up to three lines, bottom left', async ({
  page,
}) => {
  const tile = await showLarge(page, 'TileSquare310x310ImageAndTextOverlay01', [long], 1);
  const t = await box(tile);
  const text = tile.getByText(long);
  expect(await box(tile.locator('img'))).toEqual(t);
  expect(await lines(text)).toBe(3);
  expect((await box(text)).y).toBeGreaterThan(t.y + t.height / 2);
  expect(await fontSize(text)).toBeGreaterThan(1.4 * (await fontSize(tile)));
});

test('ImageAndTextOverlay02: heading at the top, body at the bottom', async ({ page }) => {
  const tile = await showLarge(page, 'TileSquare310x310ImageAndTextOverlay02', [long, 'Body'], 1);
  const t = await box(tile);
  expect((await box(tile.getByText(long))).y).toBeLessThan(t.y + t.height / 4);
  expect((await box(tile.getByText('Body'))).y).toBeGreaterThan(t.y + t.height / 2);
});

test('ImageCollection: four small images across the top of one full-tile image', async ({
  page,
}) => {
  const tile = await showLarge(page, 'TileSquare310x310ImageCollection', [], 5);
  const t = await box(tile);
  const imgs = tile.locator('img');
  expect(await box(imgs.first())).toEqual(t);
  for (let i = 1; i < 5; i++) {
    const b = await box(imgs.nth(i));
    expect(b.y).toBe(t.y);
    expect(b.width).toBeLessThan(t.width / 4 + 1);
  }
});

test('the sample photos draw no text of their own (it collided with the branding)', async ({
  page,
}) => {
  await page.goto('/');
  for (let n = 1; n <= 6; n++) {
    const svg = await page.evaluate(
      (i) => fetch(`/package/Assets/photo${i}.svg`).then((r) => r.text()),
      n,
    );
    expect(svg).toContain('<svg');
    expect(svg).not.toContain('<text');
  }
});

test('TileSquareText03: four unwrapped lines that do not overlap; Text04 wraps', async ({
  page,
}) => {
  const texts = [long, 'Two', 'Three', 'Four'];
  const tile = await showTile(page, 'medium', 'TileSquareText03', texts);
  expect(await lines(tile.getByText(long))).toBe(1);
  const first = await box(tile.getByText(long));
  expect((await box(tile.getByText('Two'))).y).toBeGreaterThanOrEqual(first.y + first.height - 1);
  const wrapped = await showTile(page, 'medium', 'TileSquareText04', [long]);
  expect(await lines(wrapped.getByText(long))).toBeGreaterThan(1);
});

test('TileWideText03: one large text wrapped over up to three lines', async ({ page }) => {
  const tile = await showTile(page, 'wide', 'TileWideText03', [long]);
  expect(await lines(tile.getByText(long))).toBe(3);
  expect(await fontSize(tile.getByText(long))).toBeGreaterThan(1.3 * (await fontSize(tile)));
});

test('TileWideImageAndText01 with the app name: the band keeps clear of the name', async ({
  page,
}) => {
  const tile = await showTile(page, 'wide', 'TileWideImageAndText01', [long], 1);
  const name = await box(tile.getByText('Contoso News'));
  const text = await box(tile.locator('[data-part="band"]').getByText(long));
  expect(text.y + text.height).toBeLessThanOrEqual(name.y + 1);
});

test('TileWideSmallImageAndText05: the image sits right of the text', async ({ page }) => {
  const tile = await showTile(page, 'wide', 'TileWideSmallImageAndText05', ['Head', long], 1);
  expect((await box(tile.locator('img'))).x).toBeGreaterThan((await box(tile.getByText(long))).x);
});

test('TileWidePeekImageCollection05: five images on the front, the sixth beside the back text', async ({
  page,
}) => {
  const tile = await showTile(page, 'wide', 'TileWidePeekImageCollection05', ['Head', 'Body'], 6);
  const t = await box(tile);
  const imgs = tile.locator('img');
  await expect(imgs).toHaveCount(6);
  // The front's five images stay inside the tile's face; none falls below it.
  for (let i = 0; i < 5; i++) {
    const b = await box(imgs.nth(i));
    expect(b.y + b.height).toBeLessThanOrEqual(t.y + t.height + 1);
    expect(b.y).toBeGreaterThanOrEqual(t.y - 1);
  }
  expect((await box(imgs.nth(5))).width).toBeLessThan(t.width / 3);
});

test('TileWideText11: a narrow label column beside wider content, both visible', async ({
  page,
}) => {
  const texts = Array.from({ length: 10 }, (_, i) => `Cell ${i + 1} ${long}`);
  const tile = await showTile(page, 'wide', 'TileWideText11', texts);
  const label = await box(tile.getByText(texts[0]!));
  const content = await box(tile.getByText(texts[1]!));
  expect(content.x).toBeGreaterThan(label.x + label.width);
  expect(content.width).toBeGreaterThan(2 * label.width);
});
