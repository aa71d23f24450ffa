import { expect, test } from '../src/testing/playwright';
import { pushTile, showProfile } from './render-helpers';
import { deviceLog, tileOf } from './images-helpers';
import { mpnsPush, wp } from './mpns-helpers';
import { wnsPush } from './wns-helpers';

// A notification image that cannot load: Windows 8/8.1 drop the whole notification [S19],
// Windows 10 drops only the image [S57]; either way the device log names the image.
const missing = 'ms-appx:///Assets/missing.png';
const before = `<tile><visual version="2"><binding template="TileSquare150x150Text04"><text id="1">Morning edition</text></binding></visual></tile>`;

test('Windows 8.1: a tile update with a failing image is dropped and the tile keeps what it showed', async ({
  page,
  phone,
}) => {
  await showProfile(phone, 'Windows 8.1 Start');
  const tile = tileOf(page);
  await pushTile(page, before);
  await expect(tile).toContainText('Morning edition');

  await pushTile(
    page,
    `<tile><visual version="2"><binding template="TileSquare150x150PeekImageAndText04"><image id="1" src="${missing}"/><text id="1">Evening edition</text></binding></visual></tile>`,
  );
  await expect(deviceLog(page)).toContainText(
    `the image "${missing}" is not in the app's package or is not a readable image, so the whole tile update was not shown`,
  );
  await expect(tile).toContainText('Morning edition');
  await expect(tile).not.toContainText('Evening edition');
  await expect(tile.locator('[data-template="TileSquare150x150Text04"]')).toHaveCount(1);
  // The journal entry of that push ends with the drop.
  const fates = await page.evaluate(() =>
    window.tilecast.journal().flatMap((e) => ('outcomes' in e ? e.outcomes : [])),
  );
  expect(fates.at(-1)).toMatchObject({ kind: 'dropped' });
  await deviceLog(page).screenshot({ path: '/tmp/images/win81-device-log.png' });
});

test('Windows 8.1: a toast whose image fails is withdrawn and logged', async ({ page, phone }) => {
  await showProfile(phone, 'Windows 8.1 Start');
  const sent = await wnsPush(page, {
    type: 'wns/toast',
    body: `<toast><visual><binding template="ToastImageAndText01"><image id="1" src="${missing}"/><text id="1">Breaking news</text></binding></visual></toast>`,
  });
  expect(sent.status).toBe(200);
  await expect(deviceLog(page)).toContainText(`"${missing}"`);
  await expect(deviceLog(page)).toContainText('the whole toast was not shown');
  await expect(phone.banner('Contoso News')).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Action Center' })).toContainText(
    'No notifications.',
  );
});

test('Windows 10: only the failing image is left out; the text shows and the log names the image', async ({
  page,
  phone,
}) => {
  await showProfile(phone, 'Windows 10 Mobile');
  const tile = tileOf(page);
  await pushTile(page, before);
  await pushTile(
    page,
    `<tile><visual><binding template="TileMedium"><text hint-style="subtitle">Evening edition</text><image src="${missing}"/></binding></visual></tile>`,
  );
  await expect(deviceLog(page)).toContainText(
    `the image "${missing}" is not in the app's package or is not a readable image, so only the image was left out and the rest of the tile update is shown (Windows 10 rule)`,
  );
  await expect(tile).toContainText('Evening edition');
  await expect(tile).not.toContainText('Morning edition');
  await expect(tile.locator('img')).toHaveCount(0);
  // Named once, however often the tile redraws.
  await expect(deviceLog(page).getByText(missing)).toHaveCount(1);
  await page.screenshot({ path: '/tmp/images/win10-image-dropped.png' });
});

test('Windows Phone 8, MPNS: SPEC gives no rule, so only the failing tile image goes and the log names it', async ({
  page,
  phone,
}) => {
  await showProfile(phone, 'Windows Phone 8');
  const uri = (await phone.openChannel({ service: 'mpns' })).uri;
  const sent = await mpnsPush(page, uri, {
    target: 'token',
    cls: '1',
    body: wp(
      '<wp:Tile><wp:BackgroundImage>/Assets/missing.png</wp:BackgroundImage><wp:Count>3</wp:Count><wp:Title>Scores</wp:Title></wp:Tile>',
    ),
  });
  expect(sent.status).toBe(200);
  const tile = tileOf(page);
  await expect(deviceLog(page)).toContainText(
    '"/Assets/missing.png" is not in the app\'s package or is not a readable image, so only the image was left out',
  );
  await expect(deviceLog(page)).toContainText('SPEC gives no Windows Phone 7/8 rule');
  await expect(tile).toContainText('Scores');
  await expect(tile.locator('img')).toHaveCount(0);
});
