import { expect, test } from '../src/testing/playwright';
import { openComposer } from './composer-helpers';

// The template gallery: live thumbnails, grouped by service and family, searchable by name and
// by what a template shows.

test('the gallery shows live thumbnails, finds "peek" templates and opens the one picked', async ({
  phone,
}) => {
  const page = phone.page;
  await page.setViewportSize({ width: 1440, height: 900 });
  const composer = await openComposer(phone);
  await composer.getByRole('button', { name: 'Gallery…' }).click();
  const gallery = page.getByRole('dialog', { name: 'Template gallery' });
  await expect(gallery.getByRole('status')).toHaveText(/^\d{3} templates$/);
  // Grouped by service and family.
  await expect(gallery.getByRole('region', { name: 'WNS · toasts' })).toBeVisible();
  await expect(gallery.getByRole('region', { name: 'MPNS · flip tiles' })).toBeAttached();
  // The first thumbnails are drawn by the phone's renderers; the far ones wait until scrolled to.
  const first = gallery.getByRole('button', { name: 'ToastText02' });
  await expect(first.locator('[data-thumbnail="drawn"]')).toBeVisible();
  await expect(first.getByText('Breaking news')).toBeVisible();
  await expect(gallery.locator('[data-thumbnail="waiting"]').first()).toBeAttached();
  if (process.env.TILECAST_SHOTS)
    await page.screenshot({ path: `${process.env.TILECAST_SHOTS}/gallery-1440.png` });

  await gallery.getByRole('searchbox', { name: 'Search templates' }).fill('peek');
  const buttons = gallery.getByRole('listitem').getByRole('button');
  const names = await buttons.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label')));
  expect(names.length).toBeGreaterThan(10);
  expect(names.every((n) => n?.includes('Peek'))).toBe(true);
  await expect(gallery.getByRole('status')).toHaveText(`${names.length} templates`);
  // Peek thumbnails are live tiles.
  const peek = gallery.getByRole('button', { name: 'TileWide310x150PeekImage01' });
  await peek.scrollIntoViewIfNeeded();
  await expect(peek.locator('[data-template="TileWide310x150PeekImage01"]')).toBeVisible();
  if (process.env.TILECAST_SHOTS)
    await page.screenshot({ path: `${process.env.TILECAST_SHOTS}/gallery-peek.png` });

  await gallery.getByRole('searchbox', { name: 'Search templates' }).fill('3 lines');
  await expect(gallery.getByRole('button', { name: 'ToastText04' })).toBeVisible();
  await expect(gallery.getByRole('button', { name: 'ToastText02' })).toHaveCount(0);

  await gallery.getByRole('searchbox', { name: 'Search templates' }).fill('nothing like this');
  await expect(gallery).toContainText('No template matches');

  await gallery.getByRole('searchbox', { name: 'Search templates' }).fill('wide peek');
  await gallery.getByRole('button', { name: 'TileWide310x150PeekImage01' }).click();
  await expect(gallery).toBeHidden();
  await expect(composer.getByLabel('Template')).toHaveValue(/TileWide310x150PeekImage01$/);
  await expect(composer.getByRole('figure', { name: 'wide tile preview' })).toBeVisible();
});
