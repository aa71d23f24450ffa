import { expect, test } from '../src/testing/playwright';
import { mpnsPush, wpToast } from './mpns-helpers';

test('a class 12 toast arrives only after the clock advances 450 s', async ({ page, phone }) => {
  const uri = (await phone.openChannel({ service: 'mpns' })).uri;
  const sent = await mpnsPush(page, uri, {
    target: 'toast',
    cls: '12',
    body: wpToast('Later', 'batched'),
  });
  expect(sent.status).toBe(200);
  expect(sent.headers['x-notificationstatus']).toBe('Received');
  const journal = page.getByRole('list', { name: 'Journal entries' });
  await expect(
    journal.getByRole('button', { name: /POST toast 200 Contoso News · batched/ }),
  ).toHaveCount(1);
  const banner = phone.banner('Contoso News');
  await expect(banner).toHaveCount(0);

  const clock = page.getByRole('region', { name: 'Virtual clock' });
  await clock.getByRole('button', { name: 'Advance clock 450 s' }).click();
  await expect(banner).toContainText('Later');
  await expect(
    journal.getByRole('button', { name: /POST toast 200 Contoso News · shown/ }),
  ).toHaveCount(1);
});

test('past its daily quota an unauthenticated channel gets 406; the next day it works', async ({
  page,
  phone,
}) => {
  // The 500/day default is proven request by request in service/mpns/notify.test.ts; through
  // the page each request also renders the journal, so here the ⚙ quota is lowered to 5.
  const uri = (await phone.openChannel({ service: 'mpns' })).uri;
  await phone.setMpnsSettings({ dailyQuota: 5 });
  const statuses = await page.evaluate(async (target) => {
    const seen: Record<number, number> = {};
    for (let i = 0; i < 6; i++) {
      const r = await fetch(target, { method: 'POST', body: 'x' });
      seen[r.status] = (seen[r.status] ?? 0) + 1;
    }
    return seen;
  }, uri);
  expect(statuses).toEqual({ 200: 5, 406: 1 });
  const refused = await mpnsPush(page, uri, { body: 'again' });
  expect(refused).toMatchObject({
    status: 406,
    headers: { 'x-notificationstatus': 'Dropped', 'x-subscriptionstatus': 'Active' },
  });
  await page
    .getByRole('region', { name: 'Virtual clock' })
    .getByRole('button', { name: 'Advance clock 1 day' })
    .click();
  expect((await mpnsPush(page, uri, { body: 'next day' })).status).toBe(200);

  // An authenticated channel has no quota and uses https. [S13, S22]
  const secure = (
    await phone.openChannel({ service: 'mpns', app: 'Fabrikam Weather', authenticated: true })
  ).uri;
  expect(secure).toMatch(/^https:\/\/\w+\.notify\.live\.net\/unthrottledthirdparty\/01\.00\//);
  expect((await mpnsPush(page, secure, { body: 'x' })).status).toBe(200);
  expect((await mpnsPush(page, uri.replace('http:', 'https:'), { body: 'x' })).status).toBe(401);
});

test('while disconnected notifications queue, QueueFull past 30, and arrive in order on reconnect', async ({
  page,
  phone,
}) => {
  const uri = (await phone.openChannel({ service: 'mpns' })).uri;
  const controls = page.getByRole('region', { name: 'Device controls' });
  await controls.getByLabel('Contoso News state').selectOption('background');
  await controls.getByLabel('Connection').selectOption('tempDisconnected');

  const results = await page.evaluate(async (target) => {
    const out: string[] = [];
    for (let i = 1; i <= 31; i++) {
      const r = await fetch(target, { method: 'POST', body: `m${i}` });
      out.push(
        `${r.status} ${r.headers.get('X-NotificationStatus')} ${r.headers.get('X-DeviceConnectionStatus')}`,
      );
    }
    return out;
  }, uri);
  expect(results.slice(0, 30).every((r) => r === '200 Received TempDisconnected')).toBe(true);
  expect(results[30]).toBe('200 QueueFull TempDisconnected');
  const raw = page.getByRole('list', { name: 'Contoso News raw messages' });
  await expect(raw).toHaveCount(0);

  await controls.getByLabel('Connection').selectOption('connected');
  await expect(raw.getByRole('listitem')).toHaveCount(30);
  await expect(raw.getByRole('listitem').first()).toContainText('m1 ');
  await expect(raw.getByRole('listitem').last()).toContainText('m30 ');

  await controls.getByLabel('Connection').selectOption('inactive');
  expect(await mpnsPush(page, uri, { body: 'x' })).toMatchObject({
    status: 412,
    headers: { 'x-deviceconnectionstatus': 'InActive', 'x-notificationstatus': 'Dropped' },
  });
});

test('an uninstalled app answers 404 Dropped/Expired; other methods 405; the 503 switch works', async ({
  phone,
}) => {
  const { page } = phone;
  const controls = page.getByRole('region', { name: 'Device controls' });
  await controls.getByRole('button', { name: 'Open MPNS channel for Contoso News' }).click();
  const uri = (await controls.getByLabel('Contoso News MPNS channel URI').textContent())!;
  expect(uri).toMatch(/^http:\/\/\w+\.notify\.live\.net\/throttledthirdparty\//);

  expect((await mpnsPush(page, uri, { method: 'PUT', body: 'x' })).status).toBe(405);
  await controls.getByLabel('MPNS service unavailable (503)').check();
  expect((await mpnsPush(page, uri, { body: 'x' })).status).toBe(503);
  await controls.getByLabel('MPNS service unavailable (503)').uncheck();

  await controls.getByRole('button', { name: 'Uninstall Contoso News' }).click();
  expect(
    await mpnsPush(page, uri, { target: 'toast', body: wpToast('gone', 'app') }),
  ).toMatchObject({
    status: 404,
    headers: {
      'x-notificationstatus': 'Dropped',
      'x-subscriptionstatus': 'Expired',
      'x-deviceconnectionstatus': 'Connected',
      'x-messageid': '00000000-0000-0000-0000-000000000000',
    },
  });
  const journal = page.getByRole('list', { name: 'Journal entries' });
  await expect(journal.getByRole('button', { name: /POST toast 404/ })).toHaveCount(1);
});
