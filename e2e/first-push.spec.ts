import { expect, test } from '../src/testing/playwright';

test('a designer sends a toast from the composer and sees it on the phone and in the journal', async ({
  page,
  phone,
}) => {
  const screen = phone.screen;
  await expect(phone.tile('Contoso News')).toBeVisible();

  const composer = page.getByRole('region', { name: 'Composer' });
  // The channel's URI and credentials wait in a disclosure, out of the design loop's way.
  await composer.getByText('Channel details').click();
  await expect(composer.getByText(/^https:\/\/\w+\.notify\.windows\.com\/\?token=/)).toBeVisible();
  await expect(composer.getByText(/^ms-app:\/\/s-1-15-2-/)).toBeVisible();
  await composer.getByLabel('Title (text 1)').fill('Match starts');
  await composer.getByLabel('Body (text 2)').fill('Kick-off in 5 minutes <live> & free');
  await composer.getByRole('button', { name: 'Send toast' }).click();

  const toast = phone.banner('Contoso News');
  await expect(toast).toContainText('Match starts');
  await expect(toast).toContainText('Kick-off in 5 minutes <live> & free');

  const result = composer.getByRole('region', { name: 'Send result' });
  await expect(result).toContainText('HTTP 200');
  await expect(result).toContainText('x-wns-status');
  await expect(result).toContainText('received');

  const journal = page.getByRole('list', { name: 'Journal entries' });
  await expect(journal.getByRole('button', { name: /POST token 200/ })).toHaveCount(1);
  const toastRow = journal.getByRole('button', {
    name: /POST toast 200 Contoso News · shown: toast banner/,
  });
  await expect(toastRow).toHaveCount(1);
  await toastRow.click();
  const response = page.getByRole('region', { name: 'Response' });
  await expect(response).toContainText('X-WNS-Status');
  await expect(response).toContainText('X-WNS-NotificationStatus');
  await expect(response).toContainText(/X-WNS-Msg-ID\s*[0-9A-F]{16}/);

  // Tapping the toast launches the app with the toast's launch arguments.
  await toast.getByRole('button').first().click();
  const appPage = screen.getByRole('region', { name: 'Contoso News app' });
  await expect(appPage).toContainText('composer');
  await appPage.getByRole('button', { name: 'Back to Start' }).click();
  await expect(screen.getByRole('list', { name: 'Start screen' })).toBeVisible();
});

test('malformed XML is accepted by WNS and dropped by the phone with line and column', async ({
  page,
  phone,
}) => {
  const composer = page.getByRole('region', { name: 'Composer' });
  // The XML editor loads on demand; a plain textarea stands in until it arrives.
  await expect(composer.locator('.cm-editor')).toBeVisible();
  await composer
    .getByLabel('Payload XML (wns/toast)')
    .fill('<toast>\n  <visual>\n    <binding template="ToastText02">\n  </visual>\n</toast>');
  await composer.getByRole('button', { name: 'Send toast' }).click();
  await expect(composer.getByRole('region', { name: 'Send result' })).toContainText('HTTP 200');

  const log = phone.deviceLog;
  await expect(log).toContainText(/dropped: .+ at line 4, column \d+/);
  await expect(phone.banner()).toHaveCount(0);
  const journal = page.getByRole('list', { name: 'Journal entries' });
  await expect(
    journal.getByRole('button', { name: /POST toast 200 Contoso News · dropped/ }),
  ).toHaveCount(1);
});
