import { expect, test } from '../src/testing/playwright';

test('installing and uninstalling apps changes the Start screen, and the channel stops working', async ({
  page,
  phone,
}) => {
  const controls = page.getByRole('region', { name: 'Device controls' });
  await controls.getByLabel('App name to install').fill('Fabrikam Weather');
  await controls.getByRole('button', { name: 'Install app' }).click();
  const start = page.getByRole('list', { name: 'Start screen' });
  await expect(start.getByRole('listitem')).toHaveCount(2);
  await expect(start.getByRole('listitem', { name: 'Fabrikam Weather tile' })).toBeVisible();

  const uri = (await phone.openChannel({ service: 'wns' })).uri;
  await controls.getByRole('button', { name: 'Uninstall Contoso News' }).click();
  await expect(start.getByRole('listitem')).toHaveCount(1);
  const status = await page.evaluate(
    async (target) => (await fetch(target, { method: 'POST', body: '<toast/>' })).status,
    uri,
  );
  expect(status).toBe(404);
  const journal = page.getByRole('list', { name: 'Journal entries' });
  await expect(journal).toContainText('Contoso News uninstalled');
});

test('the virtual clock moves forward by the chosen step', async ({ page, phone }) => {
  const clock = page.getByRole('region', { name: 'Virtual clock' });
  const before = (await phone.journal()).length;
  await clock.getByRole('button', { name: 'Advance clock 1 day' }).click();
  await expect(clock).toContainText('ahead by 1 d');
  await clock.getByRole('button', { name: 'Advance clock 450 s' }).click();
  await expect(clock).toContainText('ahead by 1 d 7 min 30 s');
  expect((await phone.journal()).length).toBe(before);
});

test('changing connection and app state is reflected in the controls and the journal', async ({
  phone,
}) => {
  const { page } = phone;
  const controls = page.getByRole('region', { name: 'Device controls' });
  await controls.getByLabel('Connection').selectOption('disconnected');
  await controls.getByLabel('Contoso News state').selectOption('foreground');
  await controls.getByLabel('Toasts enabled').uncheck();
  await expect(controls.getByLabel('Connection')).toHaveValue('disconnected');
  await expect(controls.getByLabel('Contoso News state')).toHaveValue('foreground');
  await expect(controls.getByLabel('Toasts enabled')).not.toBeChecked();
  await expect(page.getByRole('list', { name: 'Journal entries' })).toContainText(
    'Phone connection: disconnected',
  );
});
