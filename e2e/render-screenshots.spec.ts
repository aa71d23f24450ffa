import { expect, test } from '../src/testing/playwright';
import { pushTile, showProfile, templatePayload } from './render-helpers';
import { wnsPush } from './wns-helpers';

/** Every image in the element has loaded, so the picture is complete. */
const imagesLoaded = (el: Element) =>
  [...el.querySelectorAll('img')].every((i) => i.complete && i.naturalWidth > 0);

// A few stable pictures of the renderers, animations paused and reduced motion on.
test.use({ colorScheme: 'dark' });
test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
});

const shots = [
  ['TileSquareBlock', 'medium'],
  ['TileWideSmallImageAndText02', 'wide'],
  ['TileWidePeekImageCollection01', 'wide'],
  ['TileSquare310x310SmallImagesAndTextList01', 'large'],
] as const;

for (const [template, size] of shots) {
  test(`screenshot: ${template}`, async ({ page, phone }) => {
    await showProfile(phone, 'Windows 8.1 Start');
    await page.getByLabel('Contoso News tile size').selectOption(size);
    await pushTile(
      page,
      template === 'TileSquareBlock'
        ? '<tile><visual><binding template="TileSquareBlock"><text id="1">24</text><text id="2">Aliquam</text></binding></visual></tile>'
        : templatePayload(template),
    );
    const body = page.locator(`[data-template="${template}"]`).first();
    await expect.poll(() => body.evaluate(imagesLoaded)).toBe(true);
    await page.evaluate(() => document.fonts.ready);
    await expect(body).toHaveScreenshot(`${template}.png`);
  });
}

test('screenshot: ToastGeneric on Windows 10 Mobile', async ({ page, phone }) => {
  await showProfile(phone, 'Windows 10 Mobile');
  await wnsPush(page, {
    body: `<toast><visual><binding template="ToastGeneric"><text>Anna sent a photo</text>
      <text>From the summit, at dawn</text>
      <image placement="appLogoOverride" hint-crop="circle" src="ms-appx:///Assets/photo4.svg"/>
      <image placement="hero" src="ms-appx:///Assets/photo5.svg"/></binding></visual>
      <actions><action content="Like" arguments="like"/></actions></toast>`,
  });
  const toast = phone.banner('Contoso News');
  await expect(toast.locator('img')).toHaveCount(2);
  await expect.poll(() => toast.evaluate(imagesLoaded)).toBe(true);
  await page.evaluate(() => document.fonts.ready);
  await expect(toast).toHaveScreenshot('ToastGeneric-win10mobile.png');
});
