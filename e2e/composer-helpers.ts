import { expect, type Page } from '@playwright/test';

/** Opens the app and waits until the phone is ready and the XML editor has loaded. */
export async function openComposer(page: Page, url = '/') {
  await page.goto(url);
  await page.evaluate(() => window.tilecast.ready);
  const composer = page.getByRole('region', { name: 'Composer' });
  await expect(composer.locator('.cm-editor')).toBeVisible();
  return composer;
}
