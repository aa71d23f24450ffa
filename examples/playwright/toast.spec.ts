// A user's Playwright test, importing only the public fixtures (`tilecast/playwright`).
import { expect, test } from 'tilecast/playwright';

test('the weather app shows a toast', async ({ phone, cloud }) => {
  const channel = await phone.openChannel({ service: 'wns', app: 'Fabrikam Weather' });
  await cloud.toast(channel, { title: 'Storm warning', body: 'Gusts up to 90 km/h' });
  await expect(phone).toShowToast({ title: 'Storm warning', app: 'Fabrikam Weather' });
  await expect(
    phone.page.getByRole('status', { name: 'Toast from Fabrikam Weather' }),
  ).toContainText('Gusts up to 90 km/h');
});
