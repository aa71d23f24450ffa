import type { Page } from '@playwright/test';
import { expect, test } from '../src/testing/playwright';
import { pushTile } from './render-helpers';
import { expectImagesDrawn, png, PNG_BASE64, tileOf } from './images-helpers';

// Designers add their own art to an app's package: ms-appx:/// finds it, and a reload keeps it.
const heroTile = (src: string) =>
  `<tile><visual><binding template="TileMedium"><image placement="background" src="${src}"/><text hint-style="subtitle">Designer art</text></binding></visual></tile>`;
const packageSection = (page: Page) => page.getByRole('region', { name: 'Contoso News package' });
const addImages = (page: Page) => page.getByLabel("Add images to Contoso News's package");

test('an image picked with "Add images…" renders as ms-appx:///Assets/<name> and survives a reload', async ({
  page,
  phone,
}) => {
  await addImages(page).setInputFiles(png('hero.png'));
  const files = page.getByRole('list', { name: "Files in Contoso News's package" });
  await expect(files).toContainText('ms-appx:///hero.png');
  await expect(page.getByRole('status', { name: 'Contoso News package message' })).toContainText(
    "Added to Contoso News's package: ms-appx:///hero.png.",
  );

  await pushTile(page, heroTile('ms-appx:///Assets/hero.png'));
  const tile = tileOf(page);
  await expect(tile).toContainText('Designer art');
  await expectImagesDrawn(tile.locator('img'), 1);
  await packageSection(page).screenshot({ path: '/tmp/images/package-section.png' });
  await page
    .locator('section[aria-label="Phone"]')
    .screenshot({ path: '/tmp/images/package-tile.png' });

  await phone.reload();
  await expect(files).toContainText('ms-appx:///hero.png');
  await expect(tile).toContainText('Designer art');
  await expectImagesDrawn(tile.locator('img'), 1);
  await expect(phone.deviceLog).toContainText('Nothing dropped.');

  // Removed: the src no longer resolves, and Windows 10 leaves out only the image. [S57]
  await page.getByRole('button', { name: "Remove hero.png from Contoso News's package" }).click();
  await expect(files).toHaveCount(0);
  await expect(tile.locator('img')).toHaveCount(0);
  await expect(tile).toContainText('Designer art');
  await phone.reload();
  await expect(packageSection(page)).toContainText('Only the sample assets');
});

test('an image dropped on the tile joins the package and renders as ms-appx:///<name>', async ({
  page,
  phone,
}) => {
  const tile = tileOf(page);
  const transfer = await page.evaluateHandle((b64) => {
    const data = new DataTransfer();
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    data.items.add(new File([bytes], 'Dropped Art.png', { type: 'image/png' }));
    return data;
  }, PNG_BASE64);
  await tile.dispatchEvent('dragenter', { dataTransfer: transfer });
  await tile.dispatchEvent('dragover', { dataTransfer: transfer });
  await expect(tile).toHaveAttribute('data-dropping', 'true');
  await tile.dispatchEvent('drop', { dataTransfer: transfer });
  await expect(page.getByLabel('Package images message')).toContainText(
    'ms-appx:///Dropped Art.png',
  );
  await expect(page.getByRole('list', { name: "Files in Contoso News's package" })).toContainText(
    'ms-appx:///Dropped Art.png',
  );
  await expect(tile).not.toHaveAttribute('data-dropping');

  await pushTile(page, heroTile('ms-appx:///dropped art.png'));
  await expectImagesDrawn(tile.locator('img'), 1);
  await phone.reload();
  await expectImagesDrawn(tile.locator('img'), 1);
});

test('files the package cannot hold are refused with the reason', async ({ phone }) => {
  const { page } = phone;
  await addImages(page).setInputFiles([
    {
      name: 'evil.svg',
      mimeType: 'image/svg+xml',
      buffer: Buffer.from(
        '<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>',
      ),
    },
    { name: 'huge.png', mimeType: 'image/png', buffer: Buffer.alloc(1024 * 1024 + 1, 0x89) },
    { name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('hello') },
    png('fine.png'),
  ]);
  const status = page.getByRole('status', { name: 'Contoso News package message' });
  await expect(status).toContainText(
    "Added to Contoso News's package: ms-appx:///evil.svg, ms-appx:///fine.png.",
  );
  // Script is cleaned out of SVG rather than refusing the art (e2e/package-svg.spec.ts).
  await expect(status).toContainText('"evil.svg": removed <script>; only static SVG is kept');
  await expect(status).toContainText(
    '"huge.png" is 1025 KB; a package image may be at most 1024 KB',
  );
  await expect(status).toContainText('"notes.txt" is not an image the package can hold');
  await expect(page.getByRole('list', { name: "Files in Contoso News's package" })).toHaveText(
    /ms-appx:\/\/\/evil\.svg.*ms-appx:\/\/\/fine\.png/,
  );
  await expect(
    page.getByRole('list', { name: "Files in Contoso News's package" }).getByRole('listitem'),
  ).toHaveCount(2);
  await packageSection(page).screenshot({ path: '/tmp/images/package-refused.png' });
});
