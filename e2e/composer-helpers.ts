import { expect } from '@playwright/test';
import type { Phone } from '../src/testing/playwright';

/** The composer on the phone's page, once its XML editor (loaded on demand) is there. */
export async function openComposer(phone: Phone) {
  const composer = phone.page.getByRole('region', { name: 'Composer' });
  // It loads when the page is idle: on a busy machine that can take a while.
  await expect(composer.locator('.cm-editor')).toBeVisible({ timeout: 20_000 });
  return composer;
}
