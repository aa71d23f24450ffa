import { expect, test } from '../src/testing/playwright';
import { openComposer } from './composer-helpers';

test('the contact sheet filters by profile, theme and size, and hides what a profile cannot show', async ({
  phone,
}) => {
  const page = phone.page;
  const composer = await openComposer(phone);
  await composer.getByLabel('Template').selectOption({ label: 'TileWide' });
  await composer.getByRole('button', { name: 'Contact sheet' }).click();
  const sheet = page.getByRole('dialog', { name: 'Contact sheet' });
  const cells = sheet.getByRole('group', { name: 'Contact sheet cells' }).getByRole('figure');
  await expect(cells).toHaveCount(72);
  await expect(sheet.getByLabel('Cells shown')).toHaveText('72 of 72 cells');

  // An adaptive wide tile: most cells say "not supported" until they are hidden.
  await sheet.getByLabel('Hide unsupported').check();
  await expect(cells.and(page.locator('[data-supported="false"]'))).toHaveCount(0);
  const drawn = await cells.count();
  expect(drawn).toBeGreaterThan(0);
  expect(drawn).toBeLessThan(72);
  await expect(sheet.getByLabel('Cells shown')).toHaveText(`${drawn} of 72 cells`);
  if (process.env.TILECAST_SHOTS)
    await page.screenshot({ path: `${process.env.TILECAST_SHOTS}/contact-sheet-filtered.png` });

  await sheet.getByLabel('Profile').selectOption({ label: 'Windows 10 desktop Start' });
  await sheet.getByLabel('Theme').selectOption({ label: 'light' });
  await expect(cells).toHaveCount(1);
  await expect(cells).toHaveAccessibleName('Windows 10 desktop Start · wide · light');

  await sheet.getByLabel('Hide unsupported').uncheck();
  await sheet.getByLabel('Size').selectOption('large');
  await expect(cells).toHaveCount(1);
  await expect(cells).toContainText('not supported: no large binding');
});
