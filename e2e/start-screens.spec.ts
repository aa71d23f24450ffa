import type { Page } from '@playwright/test';
import { expect, test } from '../src/testing/playwright';
import { display, face, flipTile } from './tile-helpers';
import { mpnsPush, wp } from './mpns-helpers';
import { wnsPush } from './wns-helpers';

// Each device profile's own Start: Windows Phone grids, Windows 8.1's landscape groups, the
// Windows 10 Start menu; accent colours, unsupported tiles and high contrast alike on all.

const phone = (page: Page) => page.getByRole('region', { name: 'Phone' });
const shot = (page: Page, name: string) =>
  phone(page)
    .getByLabel(/^(Handset|Desktop screen)$/)
    .screenshot({ path: `test-results/start-shots/${name}.png` });
const install = (page: Page, names: string[]) =>
  page.evaluate(async (all) => {
    for (const name of all) await window.tilecast.installApp({ name });
  }, names);
const medium = (text: string) =>
  `<tile><visual><binding template="TileSquare150x150Text04"><text id="1">${text}</text></binding><binding template="TileWide310x150Text04"><text id="1">${text}</text></binding></visual></tile>`;

test('Windows Phone 8 puts two medium tiles side by side; Windows Phone 7.5 has its arrow', async ({
  phone: emulator,
}) => {
  const page = emulator.page;
  await flipTile(page, 'Weather', 'Sunny');
  await display(page, 'Device profile', 'Windows Phone 8');
  const news = page.getByRole('listitem', { name: 'Contoso News tile' });
  const weather = page.getByRole('listitem', { name: 'Weather tile' });
  await expect(weather).toContainText('Sunny');
  const a = (await face(news).boundingBox())!;
  const b = (await face(weather).boundingBox())!;
  expect(Math.round(a.width)).toBe(155);
  expect(b.y).toBeCloseTo(a.y, 0);
  expect(b.x).toBeGreaterThan(a.x + a.width);
  await wnsPush(page, { type: 'wns/tile', body: medium('Headline') });
  await shot(page, 'wp8');

  const notes = await page.evaluate(
    async () => (await window.tilecast.openChannel({ service: 'mpns', app: 'Notes' })).uri,
  );
  await mpnsPush(page, notes, {
    target: 'token',
    cls: '1',
    body: wp('<wp:Tile><wp:Title>Notes</wp:Title><wp:Count>2</wp:Count></wp:Tile>'),
  });
  await display(page, 'Device profile', 'Windows Phone 7.5');
  await expect(phone(page).getByRole('img', { name: 'App list arrow' })).toBeVisible();
  const c = (await face(news).boundingBox())!;
  const d = (await face(weather).boundingBox())!;
  expect(d.y).toBeCloseTo(c.y, 0);
  await shot(page, 'wp75');

  await display(page, 'Device profile', 'Windows Phone 8.1');
  await shot(page, 'wp81');
  await display(page, 'Device profile', 'Windows 10 Mobile');
  await shot(page, 'win10mobile');
});

test('Windows 8.1: a landscape Start screen whose tile groups scroll sideways', async ({
  phone: emulator,
}) => {
  const page = emulator.page;
  await install(page, [
    'Mail',
    'Calendar',
    'Photos',
    'Music',
    'Maps',
    'Travel',
    'Sport',
    'Food',
    'Health',
  ]);
  await wnsPush(page, { type: 'wns/tile', body: medium('Headline') });
  await display(page, 'Device profile', 'Windows 8.1 Start');
  const screen = phone(page).getByLabel('Desktop screen');
  const box = (await screen.boundingBox())!;
  expect(box.width).toBeGreaterThan(box.height * 1.4);
  // The phone column widens for the desktop screen: the whole screen fits, none of it clipped.
  const column = (await page.locator('#phone-column').boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(column.x);
  expect(box.x + box.width).toBeLessThanOrEqual(column.x + column.width);
  const start = screen.getByRole('region', { name: 'Start screen' });
  await expect(start.getByRole('heading', { name: 'Start' })).toBeVisible();
  const groups = start.getByRole('group', { name: /^Tile group / });
  await expect(groups).toHaveCount(2);
  const first = (await groups.nth(0).boundingBox())!;
  const second = (await groups.nth(1).boundingBox())!;
  expect(second.x).toBeGreaterThan(first.x + first.width);
  expect(second.y).toBeCloseTo(first.y, 0);
  const scroller = start.getByLabel('Tile groups');
  const overflow = await scroller.evaluate((el) => el.scrollWidth - el.clientWidth);
  expect(overflow).toBeGreaterThan(0);
  await shot(page, 'win81');
});

test('Windows 10 desktop: the Start menu with its app list and tile panel', async ({
  phone: emulator,
}) => {
  const page = emulator.page;
  await install(page, ['Mail', 'Calendar']);
  await wnsPush(page, { type: 'wns/tile', body: medium('Headline') });
  await display(page, 'Device profile', 'Windows 10 desktop Start');
  const menu = phone(page).getByRole('dialog', { name: 'Start menu' });
  await expect(menu.getByRole('list', { name: 'App list' })).toContainText('Calendar');
  const panel = menu.getByRole('group', { name: 'Apps' });
  await expect(panel.getByRole('listitem', { name: 'Contoso News tile' })).toContainText(
    'Headline',
  );
  await expect(panel.getByRole('listitem')).toHaveCount(3);
  await expect(phone(page).getByLabel('Taskbar')).toBeVisible();
  await shot(page, 'win10desktop');
});

test('tiles take the accent colour; the Accent picker recolours Start', async ({
  phone: emulator,
}) => {
  const page = emulator.page;
  const news = face(page.getByRole('listitem', { name: 'Contoso News tile' }));
  const colour = () => news.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(await colour()).toBe('rgb(0, 80, 239)'); // cobalt
  await display(page, 'Accent', 'lime');
  await expect.poll(colour).toBe('rgb(164, 196, 0)');
  await flipTile(page, 'Weather', 'Sunny');
  await display(page, 'Device profile', 'Windows Phone 8');
  const weather = face(page.getByRole('listitem', { name: 'Weather tile' }));
  expect(await weather.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
    'rgb(164, 196, 0)',
  );
});

test('a tile the profile cannot show is flagged on Start as the contact sheet flags it', async ({
  phone: emulator,
}) => {
  const page = emulator.page;
  await wnsPush(page, {
    type: 'wns/tile',
    body: '<tile><visual><binding template="TileMedium"><text>Adaptive news</text></binding></visual></tile>',
  });
  const news = page.getByRole('listitem', { name: 'Contoso News tile' });
  await expect(news).toContainText('Adaptive news');
  await display(page, 'Device profile', 'Windows 8.1 Start');
  await expect(news).toContainText('not supported: TileMedium needs Windows 10');
  await display(page, 'Device profile', 'Windows Phone 8');
  await expect(news).toContainText(
    'not supported: Windows Phone 8 has no WNS (it came with Windows Phone 8.1)',
  );
  await shot(page, 'wp8-unsupported');
  await display(page, 'Device profile', 'Windows 10 Mobile');
  await expect(news).not.toContainText('not supported');
});

test('high contrast outlines every tile, MPNS tiles too', async ({ phone: emulator }) => {
  const page = emulator.page;
  await flipTile(page, 'Weather', 'Sunny');
  await display(page, 'Device profile', 'Windows Phone 8');
  await display(page, 'Theme', 'High contrast');
  for (const name of ['Contoso News tile', 'Weather tile']) {
    const tile = page.getByRole('listitem', { name });
    expect(await tile.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
    expect(await face(tile).evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(
      'rgb(0, 0, 0)',
    );
  }
  await shot(page, 'wp8-high-contrast');
});
