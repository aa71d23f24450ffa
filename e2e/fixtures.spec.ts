import { expect, test, TOKEN_URL } from '../src/testing/playwright';

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

test('the virtual clock expires tokens: the cloud gets a 401, a new token, and sends again', async ({
  phone,
  cloud,
}) => {
  const channel = await phone.openChannel({ service: 'wns' });
  expect((await cloud.toast(channel, { title: 'day one' })).status).toBe(200);
  await phone.advanceClock(24 * 3600 * 1000);
  expect((await cloud.toast(channel, { title: 'day two' })).status).toBe(200);
  await expect(phone).toShowToast({ title: 'day two' });
  // The expired push, the new token, the push again: WNS's "get a new token, retry once". [S15]
  const requests = (await phone.journal()).flatMap((e) => (e.kind === 'request' ? [e] : []));
  const [expired, token, retried] = requests.slice(-3);
  expect([expired, token, retried].map((e) => e!.response.status)).toEqual([401, 200, 200]);
  expect(token!.request.url).toBe(TOKEN_URL);
  const challenge = Object.entries(expired!.response.headers).find(
    ([name]) => name.toLowerCase() === 'www-authenticate',
  );
  expect(challenge?.[1]).toContain('Token has expired');
});

test('tile updates from WNS and MPNS are awaited and described per tile', async ({
  phone,
  cloud,
}) => {
  const wns = await phone.openChannel({ service: 'wns' });
  await cloud.send(wns, {
    type: 'wns/tile',
    body: '<tile><visual><binding template="TileSquare150x150Text04"><text id="1">Top story</text></binding></visual></tile>',
  });
  await expect(phone).toShowTile({ app: 'Contoso News', text: 'Top story' });

  const mpns = await phone.openChannel({ service: 'mpns', app: 'Northwind Mail' });
  const flip = `<?xml version="1.0" encoding="utf-8"?><wp:Notification xmlns:wp="WPNotification" Version="2.0"><wp:Tile Template="FlipTile"><wp:Title>Inbox</wp:Title><wp:Count>7</wp:Count><wp:BackContent>3 from Alice</wp:BackContent></wp:Tile></wp:Notification>`;
  const sent = await cloud.send(mpns, {
    body: flip,
    headers: { 'X-WindowsPhone-Target': 'token', 'X-NotificationClass': '1' },
  });
  expect(sent.headers['x-notificationstatus']).toBe('Received');
  await expect(phone).toShowTile({ app: 'Northwind Mail', text: '3 from Alice' });
  const tiles = (await phone.phone()).tiles;
  expect(tiles.find((t) => t.service === 'mpns')).toMatchObject({ template: 'FlipTile', count: 7 });
});
