import { expect, test } from '../src/testing/playwright';

// The repo's own use of the shipped fixtures: `phone` (the page's window.tilecast, reset per
// test) and `cloud` (sends from the page like a cloud service).

test('a cloud service pushes a toast and the phone shows it', async ({ phone, cloud }) => {
  const channel = await phone.openChannel({ service: 'wns' });
  const sent = await cloud.toast(channel, {
    title: 'Fixture toast',
    body: 'sent by the cloud fixture',
    launch: 'from=test',
  });
  expect(sent.status).toBe(200);
  expect(sent.headers['x-wns-status']).toBe('received');
  await expect(phone).toShowToast({ title: 'Fixture toast', app: 'Contoso News' });
  await expect(phone.page.getByRole('status', { name: 'Toast from Contoso News' })).toContainText(
    'sent by the cloud fixture',
  );
  expect((await phone.phone()).banner).toMatchObject({
    launch: 'from=test',
    texts: ['Fixture toast', 'sent by the cloud fixture'],
  });
});

test('each test starts from a clean phone and an empty journal', async ({ phone }) => {
  expect(await phone.journal()).toEqual([]);
  expect((await phone.apps()).map((a) => a.name)).toEqual(['Contoso News']);
});

test('several apps, raw data and drops are observable without sleeps', async ({ phone, cloud }) => {
  const weather = await phone.installApp({ name: 'Fabrikam Weather' });
  await phone.setAppState(weather.appId, 'foreground');
  const channel = await phone.openChannel({ service: 'wns', app: 'Fabrikam Weather' });
  expect(channel.appId).toBe(weather.appId);
  await cloud.send(channel, { type: 'wns/raw', body: 'temperature=21' });
  await expect(phone).toHaveReceivedRaw({ app: 'Fabrikam Weather', text: 'temperature=21' });

  await cloud.send(channel, {
    body: '<toast><visual><binding template="ToastText09"/></visual></toast>',
  });
  await expect(phone).toHaveDropped({ app: 'Fabrikam Weather', rule: 'toast.template.unknown' });
  await expect(phone.page.getByRole('region', { name: 'Device log' })).toContainText(
    'Unknown toast template "ToastText09"',
  );
});

test('a wait that is never satisfied fails in time, naming what did arrive', async ({
  phone,
  cloud,
}) => {
  const channel = await phone.openChannel({ service: 'wns' });
  await cloud.toast(channel, { title: 'Only this one' });
  const started = Date.now();
  const failure = await expect(phone)
    .toShowToast({ text: 'never sent' }, { timeout: 300 })
    .then(
      () => null,
      (error: Error) => error.message,
    );
  expect(failure).toContain('No toast matching {"text":"never sent"} within 300 ms');
  expect(failure).toContain('Arrived: Contoso News: "Only this one"');
  expect(Date.now() - started).toBeLessThan(5000);
});

test('the virtual clock expires tokens: 401, then a new token works', async ({ phone, cloud }) => {
  const channel = await phone.openChannel({ service: 'wns' });
  expect((await cloud.toast(channel, { title: 'day one' })).status).toBe(200);
  await phone.advanceClock(24 * 3600 * 1000);
  const expired = await cloud.toast(channel, { title: 'day two' });
  expect(expired.status).toBe(401);
  expect(expired.headers['www-authenticate']).toContain('Token has expired');
  const fresh = await cloud.fetch('https://login.live.com/accesstoken.srf', {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: channel.credentials!.clientId,
      client_secret: channel.credentials!.clientSecret,
      scope: 'notify.windows.com',
    }).toString(),
  });
  const token = (JSON.parse(fresh.body) as { access_token: string }).access_token;
  const retried = await cloud.send(channel, {
    headers: { Authorization: `Bearer ${token}` },
    body: '<toast><visual><binding template="ToastText01"><text id="1">day two</text></binding></visual></toast>',
  });
  expect(retried.status).toBe(200);
  await expect(phone).toShowToast({ title: 'day two' });
});
