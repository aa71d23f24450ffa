import https from 'node:https';
import { connect } from 'node:net';
import { expect, test } from '../src/testing/playwright';
import wns from 'wns';
import { goodToast, pushAll } from './inspector-fixtures';
import { accessToken, relayToast, relayToken, toastXml } from './relay-helpers';

// Back ends outside the browser push to the phone on screen through the relay (issue #9).
// The relay is shared with every other spec's tabs: each phone fixture's channels and
// credentials reach its own tab (openChannel resolves once the relay routes them), so these
// tests need no turn as the active phone.

test('a back end POSTs a toast to the relay URI and the phone shows it', async ({
  page,
  baseURL,
  phone,
}) => {
  const channel = await phone.openChannel({ service: 'wns' });
  expect(channel.relayUri).toBe(`${baseURL}/relay/${channel.uri.replace(/^https:\/\//, '')}`);
  expect(await phone.relay()).toMatchObject({ state: 'connected' });
  expect((await phone.relay()).claims.channels).toContain(channel.uri);
  await expect(page.getByRole('region', { name: 'Composer' })).toContainText(channel.relayUri);

  const token = await relayToken(baseURL!, channel.credentials!);
  expect(token.status).toBe(200);
  const response = await relayToast(
    channel.relayUri,
    await accessToken(token),
    toastXml('From Node', 'through the relay'),
  );

  expect(response.status).toBe(200);
  expect(response.headers.get('x-wns-status')).toBe('received');
  expect(response.headers.get('x-wns-notificationstatus')).toBe('received');
  expect(response.headers.get('x-wns-msg-id')).toBeTruthy();
  expect(response.headers.get('access-control-allow-origin')).toBeNull();
  await expect(phone.banner('Contoso News')).toContainText('From Node');
  const entry = (await phone.journal()).at(-1);
  expect(entry).toMatchObject({
    kind: 'request',
    source: 'relay',
    msgId: response.headers.get('x-wns-msg-id'),
  });
  expect(entry?.kind === 'request' && entry.from).toMatch(/127\.0\.0\.1:\d+$/);
  // By name: the list renders the new entry a moment after the journal has it.
  await page
    .getByRole('list', { name: 'Journal entries' })
    .getByRole('button', { name: /POST toast 200/ })
    .click();
  await expect(page.getByRole('region', { name: 'Request' })).toContainText(
    /Via the relay from .*127\.0\.0\.1:\d+/,
  );
});

test('the whole WNS token dance works through the relay', async ({ baseURL, phone }) => {
  const channel = await phone.openChannel({ service: 'wns' });
  const wrong = await relayToken(baseURL!, { ...channel.credentials!, clientSecret: 'nope' });
  expect(wrong.status).toBe(400);
  expect(await wrong.json()).toMatchObject({ error: 'invalid_client' });

  const xml = toastXml('Token dance', 'done');
  expect((await relayToast(channel.relayUri, undefined, xml)).status).toBe(401);
  expect((await relayToast(channel.relayUri, 'EgAforged', xml)).status).toBe(401);
  const token = await accessToken(await relayToken(baseURL!, channel.credentials!));
  const sent = await relayToast(channel.relayUri, token, xml);
  expect(sent.status).toBe(200);
  await expect(phone.banner('Contoso News')).toContainText('Token dance');
});

test('concurrent back ends each get their own answer', async ({ baseURL, phone }) => {
  const channel = await phone.openChannel({ service: 'wns' });
  const token = await accessToken(await relayToken(baseURL!, channel.credentials!));
  // Twelve clients at once: valid toasts, a bad X-WNS-Type (400) and no token (401), mixed.
  const clients = Array.from({ length: 12 }, (_, i) => ({
    title: `Client ${i}`,
    expected: i % 3 === 1 ? 400 : i % 3 === 2 ? 401 : 200,
  }));
  const responses = await Promise.all(
    clients.map(({ title, expected }) =>
      relayToast(
        channel.relayUri,
        expected === 401 ? undefined : token,
        toastXml(title, 'concurrent'),
        expected === 400 ? 'wns/bogus' : 'wns/toast',
      ),
    ),
  );
  expect(responses.map((r) => r.status)).toEqual(clients.map((c) => c.expected));
  // Each 200 carries the id of the notification that had that client's own title.
  const journal = await phone.journal();
  for (const [i, response] of responses.entries()) {
    if (response.status !== 200) continue;
    const msgId = response.headers.get('x-wns-msg-id');
    const entry = journal.find((e) => e.kind === 'request' && e.msgId === msgId);
    expect(entry?.kind === 'request' && entry.request.body).toContain(`Client ${i}<`);
  }
});

test('bodies over 1 MB get 413 from the relay itself', async ({ baseURL, phone }) => {
  const before = (await phone.journal()).length;
  const response = await fetch(`${baseURL}/relay/db5.notify.windows.com/?token=T`, {
    method: 'POST',
    body: new Uint8Array(1024 * 1024 + 1),
  });
  expect(response.status).toBe(413);
  expect((await phone.journal()).length).toBe(before);
});

test('the wns package from npm pushes through the relay unmodified', async ({
  page,
  baseURL,
  phone,
}) => {
  const channel = await phone.openChannel({ service: 'wns' });
  // The library insists on https to port 443 of the real hosts. Instead of DNS and TLS tricks,
  // its connections are dialled to the relay in plain HTTP; the relay routes on the Host header.
  // The library itself, and the real channel URI it is given, are untouched.
  const { port } = new URL(baseURL!);
  const original = https.globalAgent;
  const toRelay = new https.Agent();
  toRelay.createConnection = () => connect(Number(port), '127.0.0.1');
  https.globalAgent = toRelay;
  try {
    const result = await new Promise<{ statusCode: number; headers: Record<string, string> }>(
      (resolve, reject) =>
        wns.sendToastText02(
          channel.uri,
          'From the wns package',
          'unmodified',
          {
            client_id: channel.credentials!.clientId,
            client_secret: channel.credentials!.clientSecret,
          },
          (error, data) => (error ? reject(error) : resolve(data!)),
        ),
    );
    expect(result.statusCode).toBe(200);
    expect(result.headers['x-wns-status']).toBe('received');
  } finally {
    https.globalAgent = original;
    toRelay.destroy();
  }
  await expect(phone.banner('Contoso News')).toContainText('From the wns package');
  const sources = await page.evaluate(() =>
    window.tilecast
      .journal()
      .flatMap((e) => (e.kind === 'request' ? [[e.source, e.request.url]] : [])),
  );
  expect(sources.slice(-2)).toEqual([
    ['relay', 'https://login.live.com/accesstoken.srf'],
    ['relay', channel.uri],
  ]);
});

test('MPNS toast, tile and raw reach the phone through the relay', async ({
  page,
  baseURL,
  phone,
}) => {
  const channel = await phone.openChannel({ service: 'mpns', app: 'Northwind Mail' });
  expect(channel.uri).toMatch(/^http:\/\/\w+\.notify\.live\.net\/throttledthirdparty\/01\.00\//);
  expect(channel.relayUri).toBe(`${baseURL}/relay/${channel.uri.replace(/^http:\/\//, '')}`);
  const mpns = (target: string | undefined, cls: string, body: string) =>
    fetch(channel.relayUri, {
      method: 'POST',
      headers: {
        'Content-Type': 'text/xml',
        'X-NotificationClass': cls,
        'X-MessageID': '6a1b2c3d-0000-4000-8000-00000000c0de',
        ...(target ? { 'X-WindowsPhone-Target': target } : {}),
      },
      body,
    });
  const wp = (inner: string, version = '') =>
    `<?xml version="1.0" encoding="utf-8"?><wp:Notification xmlns:wp="WPNotification"${version}>${inner}</wp:Notification>`;

  const toast = await mpns(
    'toast',
    '2',
    wp('<wp:Toast><wp:Text1>Relayed</wp:Text1><wp:Text2>over MPNS</wp:Text2></wp:Toast>'),
  );
  expect(toast.status).toBe(200);
  expect(toast.headers.get('x-notificationstatus')).toBe('Received');
  expect(toast.headers.get('x-deviceconnectionstatus')).toBe('Connected');
  expect(toast.headers.get('x-subscriptionstatus')).toBe('Active');
  expect(toast.headers.get('x-messageid')).toBe('6a1b2c3d-0000-4000-8000-00000000c0de');
  await expect(phone.banner('Northwind Mail')).toContainText('Relayed');

  const tile = await mpns(
    'token',
    '1',
    wp(
      '<wp:Tile Template="FlipTile"><wp:Title>Mail</wp:Title><wp:Count>4</wp:Count></wp:Tile>',
      ' Version="2.0"',
    ),
  );
  expect(tile.status).toBe(200);
  await expect
    .poll(() =>
      page.evaluate(() => window.tilecast.phone().tiles.find((t) => t.service === 'mpns')?.count),
    )
    .toBe(4);

  await page.evaluate(async () => {
    const app = window.tilecast.apps().find((a) => a.name === 'Northwind Mail')!;
    await window.tilecast.setAppState(app.appId, 'foreground');
  });
  const raw = await mpns(undefined, '3', 'sync=42');
  expect(raw.status).toBe(200);
  await expect(page.getByRole('region', { name: /raw/i }).first()).toContainText('sync=42');
});

test("the composer's curl, pointed at the relay URI, gets the same answer as the composer's send", async ({
  page,
  phone,
}) => {
  const { execFile } = await import('node:child_process');
  const composer = page.getByRole('region', { name: 'Composer' });
  await composer.getByRole('button', { name: 'Send toast' }).click();
  const result = composer.getByRole('region', { name: 'Send result' });
  await expect(result).toContainText('HTTP 200');

  await composer.getByText('Delivery options and request').click();
  await composer.getByRole('tab', { name: 'curl' }).click();
  const command = (await composer.getByLabel('Request as curl').textContent())!;
  expect(command).toMatch(
    /^curl -i --globoff -X 'POST' \\\n\s+--url 'https:\/\/\w+\.notify\.windows\.com\/\?token=/,
  );
  const channel = await phone.openChannel({ service: 'wns' });
  // What the README tells a developer to do: the same command, aimed at the relay URI.
  const relayed = command.replace(channel.uri, channel.relayUri);
  expect(relayed).toContain(channel.relayUri);
  const before = (await phone.journal()).length;
  const output = await new Promise<string>((resolve, reject) =>
    execFile('bash', ['-c', relayed], (error, stdout) => (error ? reject(error) : resolve(stdout))),
  );
  expect(output).toMatch(/^HTTP\/1\.1 200 OK/);
  expect(output).toMatch(/x-wns-status: received/i);
  const entries = await page.evaluate((n) => window.tilecast.journal().slice(n), before);
  expect(entries).toEqual([
    expect.objectContaining({
      kind: 'request',
      source: 'relay',
      type: 'toast',
      outcomes: [expect.objectContaining({ kind: 'shown' })],
    }),
  ]);
  await expect(phone.banner('Contoso News')).toBeVisible();
});

test("the inspector's copy as curl, pointed at the relay URI, reproduces the entry", async ({
  page,
  context,
  phone,
}) => {
  const { execFile } = await import('node:child_process');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const channel = await phone.openChannel({ service: 'wns' });
  expect(await pushAll(page, [{ body: goodToast('Copied from the journal') }])).toEqual([200]);
  const [original] = (await phone.journal()).slice(-1);
  if (original?.kind !== 'request') throw new Error('the push left no request entry');

  const inspector = page.getByRole('region', { name: 'Inspector' });
  await inspector.getByRole('button', { name: /POST toast 200 Contoso News · shown/ }).click();
  await page
    .getByRole('toolbar', { name: 'Entry actions' })
    .getByRole('button', { name: 'Copy as curl' })
    .click();
  const command = await page.evaluate(() => navigator.clipboard.readText());
  // The copied command carries the token the page used, so it is accepted as the original was.
  const relayed = command.replace(channel.uri, channel.relayUri).replace(/^curl /, 'curl -si ');
  const output = await new Promise<string>((resolve, reject) =>
    execFile('bash', ['-c', relayed], (error, stdout) => (error ? reject(error) : resolve(stdout))),
  );
  expect(output).toMatch(/^HTTP\/1\.1 200 OK/);
  expect(output).toMatch(/x-wns-notificationstatus: received/i);

  const [copy] = (await phone.journal()).slice(-1);
  expect(copy).toMatchObject({
    kind: 'request',
    source: 'relay',
    type: 'toast',
    request: { method: 'POST', url: channel.uri, body: original.request.body },
    response: { status: 200 },
    outcomes: [expect.objectContaining({ kind: 'shown' })],
  });
  await expect(phone.banner('Contoso News')).toContainText('Copied from the journal');
});
