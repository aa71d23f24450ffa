import { expect, phoneIn, test } from '../src/testing/playwright';
import { openComposer } from './composer-helpers';

test('a shared URL opened in a fresh page restores the payload and its options', async ({
  browser,
  phone,
}) => {
  const composer = await openComposer(phone);
  await composer.getByLabel('Template').selectOption({ label: 'TileWide310x150Text09' });
  await composer.getByLabel('Title (text 1)').fill('Shared: ferry delayed');
  await composer.getByText('Delivery options and request').click();
  await composer.getByLabel('TTL seconds (X-WNS-TTL)').fill('600');
  await composer.getByRole('button', { name: 'Share as URL' }).click();
  const url = await composer.getByLabel(/^Share URL/).inputValue();
  expect(url).toMatch(/#compose=[\w-]+$/);

  // A fresh context: no localStorage, no state; only the URL.
  const context = await browser.newContext();
  const fresh = await context.newPage();
  const restored = await openComposer(await phoneIn(fresh, url));
  await expect(restored.getByLabel('Title (text 1)')).toHaveValue('Shared: ferry delayed');
  await expect(restored.getByRole('textbox', { name: 'Payload XML (wns/tile)' })).toContainText(
    'TileWide310x150Text09',
  );
  await expect(restored.getByLabel('Template')).toHaveValue(/TileWide310x150Text09$/);
  await restored.getByText('Delivery options and request').click();
  await expect(restored.getByLabel('TTL seconds (X-WNS-TTL)')).toHaveValue('600');
  await expect(restored.getByRole('region', { name: 'Request' })).toContainText('X-WNS-TTL: 600');
  await context.close();
});

test('saved payloads survive a reload and can be renamed, duplicated, opened and deleted', async ({
  phone,
}) => {
  let composer = await openComposer(phone);
  await composer.getByLabel('Template').selectOption({ label: 'IconicTile' });
  await composer.getByLabel('Title', { exact: true }).fill('Contoso Mail');
  await composer.getByLabel('Count', { exact: true }).fill('12');
  await composer.getByLabel('Payload name').fill('Mail count');
  await composer.getByRole('button', { name: 'Save payload' }).click();
  await composer.getByLabel('Template').selectOption({ label: 'ToastText01' });

  await phone.reload();
  composer = await openComposer(phone);
  const saved = composer.getByRole('list', { name: 'Saved payloads' });
  await expect(saved.getByRole('listitem')).toHaveCount(1);
  await saved
    .getByRole('listitem', { name: 'Mail count' })
    .getByRole('button', { name: 'Duplicate' })
    .click();
  await expect(saved.getByRole('listitem')).toHaveCount(2);
  await saved.getByLabel('Name of Mail count (copy)').fill('Mail zero');
  await saved
    .getByRole('listitem', { name: 'Mail count' })
    .getByRole('button', { name: 'Delete' })
    .click();
  await expect(saved.getByRole('listitem')).toHaveCount(1);

  await phone.reload();
  composer = await openComposer(phone);
  await saved
    .getByRole('listitem', { name: 'Mail zero' })
    .getByRole('button', { name: 'Open' })
    .click();
  await expect(composer.getByLabel('Count', { exact: true })).toHaveValue('12');
  await expect(composer.getByRole('textbox', { name: 'Payload XML (mpns token)' })).toContainText(
    '<wp:Count>12</wp:Count>',
  );
  await expect(composer.getByRole('figure', { name: 'medium tile preview' })).toContainText('12');
});
