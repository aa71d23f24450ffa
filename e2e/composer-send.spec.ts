import { expect, test } from '../src/testing/playwright';
import { openComposer } from './composer-helpers';

test('an interactive toast is sent with its headers, shown on the phone and linked to the journal', async ({
  page,
  phone,
}) => {
  const composer = await openComposer(phone);
  await composer.getByLabel('Template').selectOption({ label: 'ToastGeneric with actions' });
  await composer.getByText('Delivery options and request').click();
  await composer.getByLabel('Tag (X-WNS-Tag)').fill('lunch');
  await composer.getByLabel('Group (X-WNS-Group)').fill('chats');
  const request = composer.getByRole('region', { name: 'Request' });
  await expect(request).toContainText('X-WNS-Tag: lunch');
  await expect(request).toContainText('X-WNS-Group: chats');
  await expect(request.getByLabel('Request as HTTP')).toContainText(
    /^POST \/\?token=\S+ HTTP\/1\.1\s+Host: \w+\.notify\.windows\.com/,
  );
  await request.getByRole('tab', { name: 'curl' }).click();
  await expect(request).toContainText("-H 'X-WNS-Type: wns/toast'");

  await composer.getByRole('button', { name: 'Send toast' }).click();
  const toast = phone.banner('Contoso News');
  await expect(toast).toContainText('Ana Silva');
  await expect(toast).toContainText('Are we still on for lunch at 12:30?');

  const result = composer.getByRole('region', { name: 'Send result' });
  await expect(result).toContainText('HTTP 200');
  await expect(result).toContainText(/Journal #\d+ · phone: shown: toast banner/);
  const journal = page.getByRole('list', { name: 'Journal entries' });
  await expect(
    journal.getByRole('button', { name: /POST toast 200 Contoso News · shown/ }),
  ).toHaveCount(1);
  const sent = await page.evaluate(() =>
    window.tilecast.journal().filter((e) => e.kind === 'request' && e.type === 'toast'),
  );
  expect(sent).toHaveLength(1);
  expect(sent[0]!.kind === 'request' && sent[0]!.request.headers).toMatchObject({
    'x-wns-tag': 'lunch',
    'x-wns-group': 'chats',
  });
  // The curl now carries the real token the composer got and reuses.
  await expect(request).toContainText(/Authorization: Bearer (?!<access token>)\S+/);
});

test('a badge and a tile from the gallery reach the Start screen', async ({ phone }) => {
  const composer = await openComposer(phone);
  await composer.getByLabel('Template').selectOption({ label: 'Number 42' });
  await composer.getByRole('button', { name: 'Send badge' }).click();
  await expect(composer.getByRole('region', { name: 'Send result' })).toContainText('phone: shown');
  await composer.getByLabel('Template').selectOption({ label: 'TileSquare150x150Text04' });
  await composer.getByLabel('Title (text 1)').fill('Ferry delayed');
  await composer.getByRole('button', { name: 'Send tile' }).click();
  await expect(phone.tile('Contoso News')).toContainText('Ferry delayed');
});

test('an MPNS toast is sent to an MPNS channel with its notification class', async ({ phone }) => {
  const composer = await openComposer(phone);
  await phone.openChannel({ service: 'mpns' });
  await composer.getByLabel('Template').selectOption({ label: 'Toast' });
  await expect(composer.getByLabel('Channel (MPNS)')).toContainText('Contoso News · MPNS');
  await composer.getByLabel('Text1').fill('Score');
  await composer.getByLabel('Text2').fill('Home 2 – 1 Away');
  await composer.getByText('Delivery options and request').click();
  await composer.getByLabel('Notification class').selectOption({ label: 'Within 450 s' });
  await composer
    .getByLabel('Message ID (X-MessageID)')
    .fill('0f0e0d0c-0000-4000-8000-000000000001');
  const request = composer.getByRole('region', { name: 'Request' });
  await expect(request).toContainText('X-WindowsPhone-Target: toast');
  await expect(request).toContainText('X-NotificationClass: 12');
  await composer.getByLabel('Notification class').selectOption({ label: 'Immediate' });
  await expect(request).toContainText('X-NotificationClass: 2');

  await composer.getByRole('button', { name: 'Send toast' }).click();
  const result = composer.getByRole('region', { name: 'Send result' });
  await expect(result).toContainText('HTTP 200');
  await expect(result).toContainText('x-messageid');
  await expect(result).toContainText('0f0e0d0c-0000-4000-8000-000000000001');
  await expect(phone.banner('Contoso News')).toContainText('Home 2 – 1 Away');
  await expect(result).toContainText(/phone: shown/);
});
