import { expect, type Page } from '@playwright/test';

/** Opens the app and waits until the phone is ready and the XML editor has loaded. */
export async function openComposer(page: Page, url = '/') {
  await page.goto(url);
  // Right after a reload the page can still be settling (context replaced once): retry until
  // the push service reports ready in the page that stays.
  await expect(async () => {
    await page.evaluate(() => window.tilecast.ready);
  }).toPass({ timeout: 15_000 });
  const composer = page.getByRole('region', { name: 'Composer' });
  // The editor is the last chunk the composer loads: slow on a busy machine.
  await expect(composer.locator('.cm-editor')).toBeVisible({ timeout: 20_000 });
  return composer;
}
