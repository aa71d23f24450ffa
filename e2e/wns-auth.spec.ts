import { expect, test } from '../src/testing/playwright';
import { wnsPush, wnsToast } from './wns-helpers';

test('a token expires after 24 h: 401, then a new token gets 200 [S15]', async ({
  page,
  phone,
}) => {
  const first = await wnsPush(page, { body: wnsToast('Fresh token') });
  expect(first.status).toBe(200);
  await page
    .getByRole('region', { name: 'Virtual clock' })
    .getByRole('button', { name: 'Advance clock 1 day' })
    .click();
  const stale = await wnsPush(page, { token: first.token, body: wnsToast('Stale token') });
  expect(stale.status).toBe(401);
  expect(stale.headers['www-authenticate']).toContain('Token has expired');
  const retried = await wnsPush(page, { body: wnsToast('Retried') });
  expect(retried.status).toBe(200);
  await expect(phone.banner('Contoso News')).toContainText('Retried');
});

test("another app's credentials do not work on this app's channel: 403 [S16, S39]", async ({
  page,
  phone,
}) => {
  const sent = await wnsPush(page, { tokenApp: 'Fabrikam Weather', body: wnsToast('Wrong app') });
  expect(sent.status).toBe(403);
  expect(sent.headers['x-wns-error-description']).toBe('Channel URL incompatible with caller app');
  expect(sent.headers['x-wns-status']).toBe('dropped');
  // Each app shows its own Package SID and secret, and they differ.
  const controls = page.getByRole('region', { name: 'Device controls' });
  const contoso = await controls.getByLabel('Contoso News Package SID').inputValue();
  const fabrikam = await controls.getByLabel('Fabrikam Weather Package SID').inputValue();
  expect(contoso).toMatch(/^ms-app:\/\/s-1-15-2-/);
  expect(fabrikam).not.toBe(contoso);
  await expect(phone.banner()).toHaveCount(0);
});

test('an edited client secret is the only one the token endpoint accepts', async ({ phone }) => {
  const { page } = phone;
  const controls = page.getByRole('region', { name: 'Device controls' });
  const secret = controls.getByLabel('Contoso News client secret');
  const old = await secret.inputValue();
  await secret.fill('my-new-secret');
  await controls.getByRole('button', { name: 'Save Contoso News credentials' }).click();
  const status = await page.evaluate(async (oldSecret) => {
    const channel = await window.tilecast.openChannel({ service: 'wns' });
    const tokenStatus = async (clientSecret: string) =>
      (
        await fetch('https://login.live.com/accesstoken.srf', {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            grant_type: 'client_credentials',
            client_id: channel.credentials!.clientId,
            client_secret: clientSecret,
            scope: 'notify.windows.com',
          }),
        })
      ).status;
    return { old: await tokenStatus(oldSecret), fresh: await tokenStatus('my-new-secret') };
  }, old);
  expect(status).toEqual({ old: 400, fresh: 200 });
});

test('a channel expires after 30 days: 410, and a fresh openChannel gives a new URI [S16, S19]', async ({
  page,
  phone,
}) => {
  const opened = await phone.openChannel({ service: 'wns' });
  const before = await wnsPush(page, { body: wnsToast('Day 0') });
  expect(before.status).toBe(200);
  await page
    .getByRole('region', { name: 'Virtual clock' })
    .getByRole('button', { name: 'Advance clock 30 days' })
    .click();
  const expired = await wnsPush(page, { uri: before.uri, body: wnsToast('Day 30') });
  expect(expired.status).toBe(410);
  const fresh = await phone.openChannel({ service: 'wns' });
  expect(fresh.uri).not.toBe(before.uri);
  expect(fresh.expiresAt).toBeGreaterThanOrEqual(opened.expiresAt + 30 * 86_400_000);
  const after = await wnsPush(page, { body: wnsToast('New channel') });
  expect(after.uri).toBe(fresh.uri);
  expect(after.status).toBe(200);
});

test('the service fault setting answers 503 with Retry-After, and the rate limit 406', async ({
  phone,
}) => {
  const { page } = phone;
  const controls = page.getByRole('region', { name: 'Device controls' });
  await controls.getByLabel('WNS service fault').selectOption('503');
  const fault = await wnsPush(page, { body: wnsToast('fault') });
  expect(fault.status).toBe(503);
  expect(fault.headers['retry-after']).toBe('120');
  await controls.getByLabel('WNS service fault').selectOption('none');
  await controls.getByLabel('WNS rate per channel (per minute)').fill('1');
  expect((await wnsPush(page, { body: wnsToast('one') })).status).toBe(200);
  const throttled = await wnsPush(page, { body: wnsToast('two') });
  expect(throttled.status).toBe(406);
  expect(throttled.headers['x-wns-status']).toBe('channelthrottled');
  expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
});
