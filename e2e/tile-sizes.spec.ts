import { expect, test } from '../src/testing/playwright';
import { display, face, flipTile, resize } from './tile-helpers';
import { wnsPush } from './wns-helpers';

// Tiles behave like Windows tiles: every binding kept, re-picked on resize, an update with no
// binding for the tile's size held until the user resizes. [S56, SPEC §2.7 binding]

const tile = (...bindings: string[]) => `<tile><visual>${bindings.join('')}</visual></tile>`;
const medium = (text: string) =>
  `<binding template="TileSquare150x150Text04"><text id="1">${text}</text></binding>`;
const wide = (text: string) =>
  `<binding template="TileWide310x150Text04"><text id="1">${text}</text></binding>`;

test('resizing a tile through its size menu re-picks the binding of the update it shows', async ({
  phone: phone,
}) => {
  const page = phone.page;
  const sent = await wnsPush(page, {
    type: 'wns/tile',
    body: tile(medium('Medium story'), wide('The wide story with more room')),
  });
  expect(sent.status).toBe(200);
  const start = page.getByRole('listitem', { name: 'Contoso News tile' });
  await expect(start).toContainText('Medium story');
  await expect(start).toHaveAttribute('data-size', 'medium');
  await resize(start, 'Wide');
  await expect(start).toContainText('The wide story with more room');
  await expect(start).not.toContainText('Medium story');
  await expect(start).toHaveAttribute('data-template', 'TileWide310x150Text04');
  expect((await face(start).boundingBox())!.width).toBeCloseTo(310, -1);
  await resize(start, 'Medium');
  await expect(start).toContainText('Medium story');
});

test('a wide-only update to a medium tile is held, says so, and shows when resized to wide', async ({
  phone: phone,
}) => {
  const page = phone.page;
  await wnsPush(page, { type: 'wns/tile', body: tile(medium('Before')) });
  const start = page.getByRole('listitem', { name: 'Contoso News tile' });
  await expect(start).toContainText('Before');
  await wnsPush(page, { type: 'wns/tile', body: tile(wide('Only at wide')) });
  const journal = page.getByRole('list', { name: 'Journal entries' });
  await expect(
    journal.getByRole('button', { name: /held: no binding for medium — shows at wide/ }),
  ).toHaveCount(1);
  // The reason points at the tile's own size control, and the tile keeps what it showed.
  const fate = await page.evaluate(() =>
    window.tilecast.journal().flatMap((e) => (e.kind === 'request' ? e.outcomes : [])),
  );
  expect(fate.at(-1)).toMatchObject({ kind: 'held', reason: /size button on Start/ });
  await expect(start).toContainText('Before');
  await expect(start).not.toContainText('Only at wide');
  await expect(start.getByRole('button', { name: 'Resize Contoso News tile' })).toBeVisible();
  await start.getByRole('button', { name: 'Resize Contoso News tile' }).click();
  await expect(start.getByRole('menuitemradio', { name: 'Wide (1 update waiting)' })).toBeVisible();
  await start.getByRole('menuitemradio', { name: /^Wide/ }).click();
  await expect(start).toContainText('Only at wide');
  await expect(
    journal.getByRole('button', {
      name: /shown: tile TileWide310x150Text04 after the tile was resized to wide/,
    }),
  ).toHaveCount(1);
  await page.screenshot({ path: 'test-results/start-shots/held-then-wide.png' });
});

test('Windows Phone tiles take small, medium and wide on Start', async ({ phone: phone }) => {
  const page = phone.page;
  await display(page, 'Device profile', 'Windows Phone 8');
  await flipTile(page, 'Contoso News', 'Flip');
  const start = page.getByRole('listitem', { name: 'Contoso News tile' });
  await expect(start).toHaveAttribute('data-template', 'FlipTile');
  // WP8 tiles: 159, 336 and 691 px wide, drawn at 0.46 of the phone's pixels. [S33]
  const widths = { Small: 73, Medium: 155, Wide: 318 };
  for (const [size, width] of Object.entries(widths)) {
    await resize(start, size as keyof typeof widths);
    await expect(start).toHaveAttribute('data-size', size.toLowerCase());
    expect(Math.round((await face(start).boundingBox())!.width)).toBe(width);
  }
  await expect(start).toContainText('Flip');
  await page
    .getByRole('region', { name: 'Phone' })
    .getByLabel('Handset')
    .screenshot({ path: 'test-results/start-shots/wp8-wide-flip.png' });
});
