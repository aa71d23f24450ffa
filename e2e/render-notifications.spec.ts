import { expect, test } from '../src/testing/playwright';
import { pushTile, showProfile } from './render-helpers';
import { wnsPush } from './wns-helpers';

const adaptive = `<tile><visual displayName="Contoso Today" branding="name">
  <binding template="TileWide" hint-textStacking="center" hint-overlay="50">
    <image src="ms-appx:///Assets/photo2.svg" placement="background"/>
    <text hint-style="subtitle">Match day</text>
    <group>
      <subgroup hint-weight="30"><image src="ms-appx:///Assets/photo3.svg" hint-crop="circle"/><text hint-style="captionSubtle">Home</text></subgroup>
      <subgroup hint-weight="70"><text hint-style="body" hint-wrap="true" hint-maxLines="2">Kick-off at eight, gates open at six</text></subgroup>
    </group>
  </binding></visual></tile>`;

test('a Windows 10 adaptive tile: hint-style ramp, groups, background, circle crop, displayName [S49]', async ({
  page,
  phone,
}) => {
  await showProfile(phone, 'Windows 10 Mobile');
  await page.getByLabel('Contoso News tile size').selectOption('wide');
  await pushTile(page, adaptive);
  const tile = phone.tile('Contoso News');
  await expect(tile.getByText('Match day')).toHaveAttribute('data-style', 'subtitle');
  await expect(tile.getByText('Home')).toHaveAttribute('data-style', 'captionSubtle');
  await expect(tile.getByText('Kick-off at eight, gates open at six')).toBeVisible();
  await expect(tile.getByText('Contoso Today')).toBeVisible();
  await expect(tile.locator('img')).toHaveCount(2);
  await expect(tile.locator('img.rounded-full')).toHaveCount(1);
  const box = await tile.locator('[data-template="TileWide"]').boundingBox();
  expect([box?.width, box?.height]).toEqual([310, 150]);
});

test('badges: numbers cap at 99+, 0 hides, glyphs draw as icons [S42]', async ({ page, phone }) => {
  await showProfile(phone, 'Windows 8.1 Start');
  const tile = phone.tile('Contoso News');
  const badge = (value: string) =>
    wnsPush(page, { type: 'wns/badge', body: `<badge value="${value}"/>` });
  await badge('120');
  await expect(tile.getByLabel('badge 99+')).toBeVisible();
  await badge('7');
  await expect(tile.getByLabel('badge 7')).toBeVisible();
  await badge('0');
  await expect(tile.getByLabel(/^badge/)).toHaveCount(0);
  for (const glyph of ['alert', 'newMessage', 'playing', 'unavailable']) {
    await badge(glyph);
    await expect(tile.getByRole('img', { name: `badge ${glyph}` })).toBeVisible();
  }
});

test('changing the device profile re-renders the Start screen at that platform size [S33]', async ({
  page,
  phone,
}) => {
  await showProfile(phone, 'Windows Phone 8');
  const tile = phone.tile('Contoso News');
  await pushTile(
    page,
    '<tile><visual><binding template="TileSquareBlock"><text id="1">24</text><text id="2">new</text></binding></visual></tile>',
  );
  // Windows Phone 8 has no WNS: Start flags the tile as the contact sheet does, at the tile's
  // 336 × 336 device pixels drawn at the phone's 0.46 scale.
  const flagged = tile.locator('[data-supported="false"]');
  await expect(flagged).toContainText('not supported: Windows Phone 8 has no WNS');
  expect((await flagged.boundingBox())?.width).toBe(155);
  await page.getByLabel('Device profile').selectOption({ label: 'Windows 8.1 Start' });
  const body = tile.locator('[data-template="TileSquareBlock"]');
  await expect(body).toHaveAttribute('data-profile', 'win81');
  expect((await body.boundingBox())?.width).toBe(150);
});

const generic = `<toast launch="id=1"><visual><binding template="ToastGeneric">
  <text>Anna sent a photo</text><text>From the summit</text>
  <text placement="attribution">via Contoso Chat</text>
  <image placement="appLogoOverride" hint-crop="circle" src="ms-appx:///Assets/photo4.svg"/>
  <image placement="hero" src="ms-appx:///Assets/photo5.svg"/>
  <image src="ms-appx:///Assets/photo6.svg"/>
</binding></visual>
<actions><input id="reply" type="text" placeHolderContent="Type a reply"/>
<action content="Send" arguments="send" hint-inputId="reply"/><action content="Like" arguments="like"/></actions></toast>`;

test('ToastGeneric on Windows 10 desktop: logo override, hero, inline image, attribution, input, buttons; announced [S54]', async ({
  page,
  phone,
}) => {
  await showProfile(phone, 'Windows 10 desktop Start');
  await wnsPush(page, { body: generic });
  const toast = phone.banner('Contoso News');
  await expect(toast).toHaveAttribute('data-toast-style', 'win10-popup');
  await expect(toast).toContainText('Anna sent a photo');
  await expect(toast).toContainText('From the summit');
  await expect(toast.getByText('via Contoso Chat')).toBeVisible();
  await expect(toast.locator('img')).toHaveCount(3);
  await expect(toast.locator('img.rounded-full')).toHaveCount(1);
  await expect(toast.getByRole('textbox', { name: 'reply' })).toHaveAttribute(
    'placeholder',
    'Type a reply',
  );
  await expect(toast.getByRole('button', { name: 'Send' })).toBeVisible();
  await expect(toast.getByRole('button', { name: 'Like' })).toBeVisible();
  // Screen readers hear it: the banner sits in a polite live region.
  await expect(page.locator('[aria-live="polite"]').getByRole('status')).toHaveCount(1);
});

test('a Windows Phone banner keeps to about 41 characters across title and body [S10]', async ({
  page,
  phone,
}) => {
  await showProfile(phone, 'Windows Phone 8.1');
  const body = 'the quick brown fox jumps over the lazy dog again and again';
  await wnsPush(page, {
    body: `<toast><visual><binding template="ToastText02"><text id="1">Breaking</text><text id="2">${body}</text></binding></visual></toast>`,
  });
  const toast = phone.banner('Contoso News');
  await expect(toast).toHaveAttribute('data-toast-style', 'wp-banner');
  await expect(toast.getByRole('button', { name: /^Breaking the quick brown.*…$/ })).toBeVisible();
  const shown = await toast.getByRole('button', { name: /^Breaking/ }).textContent();
  expect([...shown!].length).toBe(41 + 1); // 41 characters plus the space between title and body
});

test('the phone works from the keyboard: tiles take focus, the toast opens with Enter', async ({
  page,
  phone,
}) => {
  await showProfile(phone, 'Windows 10 Mobile');
  await wnsPush(page, {
    body: '<toast launch="k=1"><visual><binding template="ToastGeneric"><text>Keys</text></binding></visual></toast>',
  });
  const tile = phone.tile('Contoso News');
  await tile.focus();
  await expect(tile).toBeFocused();
  const open = page.getByRole('status').getByRole('button', { name: /Keys/ });
  await open.focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('region', { name: 'Contoso News app' })).toContainText('k=1');
});
