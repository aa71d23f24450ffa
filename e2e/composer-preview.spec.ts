import type { Locator } from '@playwright/test';
import { expect, test } from '../src/testing/playwright';
import { openComposer } from './composer-helpers';

/** The drawn tile inside a preview figure: its pixel box. */
async function tileBox(figure: Locator) {
  const box = await figure.locator('[data-size]').first().boundingBox();
  expect(box).not.toBeNull();
  return { width: Math.round(box!.width), height: Math.round(box!.height) };
}

test('the preview draws a gallery tile at every size of the phone profile, and follows a profile switch', async ({
  phone,
}) => {
  const composer = await openComposer(phone);
  await composer.getByLabel('Template').selectOption({ label: 'Every size' });
  const preview = composer.getByRole('region', { name: 'Preview' });
  // The phone shows Windows 10 Mobile: small, medium and wide, no large tile.
  await expect(preview.getByLabel('Preview profile')).toHaveValue('win10mobile');
  const small = preview.getByRole('figure', { name: 'small tile preview' });
  const medium = preview.getByRole('figure', { name: 'medium tile preview' });
  const wide = preview.getByRole('figure', { name: 'wide tile preview' });
  const large = preview.getByRole('figure', { name: 'large tile preview' });
  await expect(small).toContainText('6 pm');
  await expect(medium).toContainText('Storm warning');
  await expect(medium).toContainText('Gale-force winds from 6 pm');
  await expect(wide).toContainText('Storm warning for the coast');
  await expect(large).toHaveCount(0);
  expect(await tileBox(small)).toEqual({ width: 71, height: 71 });
  expect(await tileBox(medium)).toEqual({ width: 150, height: 150 });
  expect(await tileBox(wide)).toEqual({ width: 310, height: 150 });
  await preview.screenshot({ path: '/tmp/sheet/preview-win10mobile.png' });

  // Windows 10 desktop Start has the large tile too.
  await preview.getByLabel('Preview profile').selectOption('Windows 10 desktop Start');
  await expect(large).toContainText('Gale-force winds expected from 6 pm; ferries stay in port.');
  expect(await tileBox(large)).toEqual({ width: 310, height: 310 });
  expect(await tileBox(small)).toEqual({ width: 71, height: 71 });

  // Windows Phone 8 has no WNS: every size says why instead of drawing something false.
  await preview.getByLabel('Preview profile').selectOption('Windows Phone 8');
  for (const figure of [small, medium, wide])
    await expect(figure).toContainText('not supported: Windows Phone 8 has no WNS');
  await expect(preview.locator('[data-size]')).toHaveCount(0);
});

test('a single-size template says which sizes the phone would drop it at', async ({ phone }) => {
  const composer = await openComposer(phone);
  await composer.getByLabel('Template').selectOption({ label: 'TileWide310x150Text09' });
  const preview = composer.getByRole('region', { name: 'Preview' });
  await expect(preview.getByRole('figure', { name: 'wide tile preview' })).toContainText(
    'Storm warning for the coast',
  );
  await expect(preview.getByRole('figure', { name: 'medium tile preview' })).toContainText(
    'not supported: no medium binding: a medium tile holds this update until it is resized',
  );
});

test('an MPNS Flip tile switches between the Windows Phone 8 and 8.1 sizes', async ({ phone }) => {
  const composer = await openComposer(phone);
  await composer.getByLabel('Template').selectOption({ label: 'FlipTile' });
  const preview = composer.getByRole('region', { name: 'Preview' });
  const profile = preview.getByLabel('Preview profile');
  await profile.selectOption('Windows Phone 8');
  const medium = preview.getByRole('figure', { name: 'medium tile preview' });
  const wide = preview.getByRole('figure', { name: 'wide tile preview' });
  await expect(medium).toContainText('Contoso News');
  await expect(medium.getByLabel('count 3')).toBeVisible();
  await expect(medium).toContainText('336×336');
  await expect(wide).toContainText('691×336');
  // 336 and 691 platform pixels, drawn at the profile's 0.46 screen scale.
  expect(await tileBox(medium)).toEqual({ width: 155, height: 155 });
  expect(await tileBox(wide)).toEqual({ width: 318, height: 155 });
  await preview.screenshot({ path: '/tmp/sheet/preview-wp8-flip.png' });

  await profile.selectOption('Windows Phone 8.1');
  expect(await tileBox(medium)).toEqual({ width: 150, height: 150 });
  expect(await tileBox(wide)).toEqual({ width: 310, height: 150 });
  await profile.selectOption('Windows Phone 7.5');
  await expect(medium).toContainText('not supported: FlipTile needs Windows Phone 7.8 or 8');
});

test('the toast preview uses the profile toast style', async ({ phone }) => {
  const composer = await openComposer(phone);
  await composer.getByLabel('Template').selectOption({ label: 'ToastGeneric with actions' });
  const preview = composer.getByRole('region', { name: 'Preview' });
  const toast = preview.getByRole('figure', { name: 'Toast preview' });
  await expect(toast).toContainText('Ana Silva');
  await expect(toast).toContainText('Are we still on for lunch at 12:30?');
  await expect(toast.getByRole('button', { name: 'Reply' })).toBeVisible();
  await expect(toast.locator('[data-toast-style]')).toHaveAttribute(
    'data-toast-style',
    'win10-banner',
  );
  await preview.getByLabel('Preview profile').selectOption('Windows 8.1 Start');
  await expect(toast).toContainText('not supported: ToastGeneric needs Windows 10');
});

test('"Journal #N" in the send result selects that entry in the inspector', async ({
  page,
  phone,
}) => {
  const composer = await openComposer(phone);
  await composer.getByRole('button', { name: 'Send toast' }).click();
  const result = composer.getByRole('region', { name: 'Send result' });
  await expect(result).toContainText(/Journal #\d+ · phone: shown/);
  const seq = await page.evaluate(
    () => window.tilecast.journal().findLast((e) => e.kind === 'request')!.seq,
  );
  await expect(page.getByRole('region', { name: 'Entry details' })).toHaveCount(0);
  await result.getByRole('button', { name: `Show journal entry #${seq} in the inspector` }).click();
  const details = page.getByRole('region', { name: 'Entry details' });
  await expect(details.getByRole('region', { name: 'Request' })).toContainText('x-wns-type');
  await expect(details).toContainText('Breaking news');
  await expect(
    page
      .getByRole('list', { name: 'Journal entries' })
      .getByRole('button', { name: /POST toast 200 Contoso News/ }),
  ).toHaveAttribute('aria-pressed', 'true');
});
