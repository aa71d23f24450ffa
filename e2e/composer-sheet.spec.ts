import { readFile } from 'node:fs/promises';
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from '../src/testing/playwright';
import { openComposer } from './composer-helpers';

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

/** How many colours the PNG holds, decoded by the browser in a blank page of its own. */
async function distinctColours(page: Page, png: Buffer): Promise<number> {
  const blank = await page.context().newPage();
  const count = await blank.evaluate(async (base64) => {
    const bitmap = await createImageBitmap(
      await (await fetch(`data:image/png;base64,${base64}`)).blob(),
    );
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d')!;
    context.drawImage(bitmap, 0, 0);
    const { data } = context.getImageData(0, 0, bitmap.width, bitmap.height);
    const colours = new Set<number>();
    for (let i = 0; i < data.length; i += 4 * 7)
      colours.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!);
    return colours.size;
  }, png.toString('base64'));
  await blank.close();
  return count;
}

test('the contact sheet shows every size × theme × profile of one payload and exports a PNG', async ({
  page,
  phone,
}) => {
  // A full-page audit / a 72-cell rasterisation: heavy on a loaded 2-core machine.
  test.slow();
  const composer = await openComposer(phone);
  await composer.getByLabel('Template').selectOption({ label: 'Every size' });
  await composer.getByRole('button', { name: 'Contact sheet' }).click();
  const sheet = page.getByRole('dialog', { name: 'Contact sheet' });
  const cells = sheet.getByRole('group', { name: 'Contact sheet cells' }).getByRole('figure');
  // 6 profiles × 3 themes × 4 sizes; what a profile lacks is a cell saying so.
  await expect(cells).toHaveCount(72);
  await expect(cells.and(page.locator('[data-supported="true"]'))).toHaveCount(21);
  const desktopLarge = sheet.getByRole('figure', {
    name: 'Windows 10 desktop Start · large · high contrast',
  });
  await expect(desktopLarge).toContainText('ferries stay in port');
  const box = await desktopLarge.locator('[data-size]').boundingBox();
  expect([Math.round(box!.width), Math.round(box!.height)]).toEqual([310, 310]);
  await expect(
    sheet.getByRole('figure', { name: 'Windows 10 Mobile · wide · light' }),
  ).toContainText('Storm warning for the coast');
  await expect(
    sheet.getByRole('figure', { name: 'Windows 10 Mobile · large · dark' }),
  ).toContainText('not supported: Windows 10 Mobile has no large tile');
  await expect(
    sheet.getByRole('figure', { name: 'Windows 8.1 Start · medium · dark' }),
  ).toContainText('not supported: TileMedium needs Windows 10');
  await expect(
    sheet.getByRole('figure', { name: 'Windows Phone 7.5 · small · light' }),
  ).toContainText('not supported');
  // Animations are paused in the sheet, whatever the global setting.
  await expect(sheet.locator('[data-motion="paused"]')).toHaveCount(1);
  await sheet.screenshot({ path: '/tmp/sheet/contact-sheet.png' });
  const audit = await new AxeBuilder({ page }).include('dialog').analyze();
  expect(
    audit.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);

  const refused: string[] = [];
  page.on('console', (m) => {
    if (/Content Security Policy/i.test(m.text())) refused.push(m.text());
  });
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    sheet.getByRole('button', { name: 'Export PNG' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('tilecast-contact-sheet.png');
  const bytes = await readFile(await download.path());
  expect(bytes.length).toBeGreaterThan(10_000);
  expect([...bytes.subarray(0, 8)]).toEqual(PNG_SIGNATURE);
  await expect(sheet.getByRole('status')).toHaveText('Exported tilecast-contact-sheet.png');
  await download.saveAs('/tmp/sheet/contact-sheet-export.png');
  // The production CSP lets the export draw (a blocked SVG image gives a blank PNG).
  expect(refused).toEqual([]);
  expect(await distinctColours(page, bytes)).toBeGreaterThan(50);

  await sheet.getByRole('button', { name: 'Close' }).click();
  await expect(sheet).toHaveCount(0);
});

test('a toast on the contact sheet: one cell per profile and theme', async ({ page, phone }) => {
  const composer = await openComposer(phone);
  await composer.getByLabel('Template').selectOption({ label: 'Toast' });
  await composer.getByRole('button', { name: 'Contact sheet' }).click();
  const sheet = page.getByRole('dialog', { name: 'Contact sheet' });
  const cells = sheet.getByRole('group', { name: 'Contact sheet cells' }).getByRole('figure');
  await expect(cells).toHaveCount(18);
  await expect(sheet.getByRole('figure', { name: 'Windows Phone 8 · toast · dark' })).toContainText(
    'Contoso News Storm warning for the coast',
  );
  await expect(
    sheet.getByRole('figure', { name: 'Windows 10 desktop Start · toast · light' }),
  ).toContainText('not supported: Windows 10 desktop Start has no MPNS');
});

test('the contact sheet shows the back of flip tiles when asked, still', async ({
  page,
  phone,
}) => {
  const composer = await openComposer(phone);
  await composer.getByLabel('Template').selectOption({ label: 'FlipTile' });
  await composer.getByRole('button', { name: 'Contact sheet' }).click();
  const sheet = page.getByRole('dialog', { name: 'Contact sheet' });
  const cell = sheet.getByRole('figure', { name: 'Windows Phone 8 · medium · dark' });
  const back = cell.getByLabel('back', { exact: true });
  const front = cell.getByLabel('front', { exact: true });
  await expect(back).toContainText('Storm warning for the coast');
  // Paused on the front: the back is hidden and nothing moves.
  await expect(back).toHaveCSS('opacity', '0');
  await expect(front).toHaveCSS('animation-name', 'none');
  await sheet.getByLabel('Face').selectOption('Back (flip, peek)');
  await expect(back).toHaveCSS('opacity', '1');
  await expect(front).toHaveCSS('opacity', '0');
  await expect(
    sheet.getByRole('figure', { name: 'Windows 8.1 Start · medium · dark' }),
  ).toContainText('not supported: Windows 8.1 Start has no MPNS');
  await cell.screenshot({ path: '/tmp/sheet/sheet-flip-back.png' });
});
