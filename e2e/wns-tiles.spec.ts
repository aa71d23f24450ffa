import { expect, test } from '../src/testing/playwright';
import { wnsPush, wnsTile } from './wns-helpers';

test('a five-tile notification queue: the same X-WNS-Tag replaces its update [S15]', async ({
  page,
  phone,
}) => {
  const controls = page.getByRole('region', { name: 'Device controls' });
  await controls.getByLabel('Tile notification queue').check();
  for (const n of [1, 2, 3, 4, 5]) {
    const sent = await wnsPush(page, {
      type: 'wns/tile',
      headers: { 'X-WNS-Tag': `t${n}` },
      body: wnsTile(`Story ${n}`),
    });
    expect(sent.status).toBe(200);
  }
  const tile = phone.tile('Contoso News');
  await expect(tile.getByLabel(/^Update \d of 5$/)).toBeVisible();
  await wnsPush(page, {
    type: 'wns/tile',
    headers: { 'X-WNS-Tag': 't3' },
    body: wnsTile('Story 3, updated'),
  });
  await expect(tile.getByLabel(/^Update \d of 5$/)).toBeVisible();
  // The queue cycles every 4 s: the replaced update comes round, the old one never does.
  await expect(tile).toContainText('Story 3, updated', { timeout: 25_000 });
  const details = await page.evaluate(() =>
    window.tilecast
      .journal()
      .flatMap((e) => (e.kind === 'request' && e.type === 'tile' ? e.outcomes : [])),
  );
  expect(details.at(-1)).toMatchObject({
    kind: 'shown',
    detail: expect.stringContaining('replaced tag t3'),
  });
});

test('while offline WNS caches only the latest tile, delivered on reconnect [S15]', async ({
  page,
  phone,
}) => {
  const controls = page.getByRole('region', { name: 'Device controls' });
  await controls.getByLabel('Connection').selectOption('disconnected');
  for (const text of ['Morning', 'Noon', 'Evening']) {
    const sent = await wnsPush(page, {
      type: 'wns/tile',
      body: wnsTile(text),
      headers: { 'X-WNS-RequestForStatus': 'true' },
    });
    expect(sent.status).toBe(200);
    expect(sent.headers['x-wns-status']).toBe('received');
    expect(sent.headers['x-wns-deviceconnectionstatus']).toBe('disconnected');
  }
  const tile = phone.tile('Contoso News');
  await expect(tile).not.toContainText('Evening');
  await controls.getByLabel('Connection').selectOption('connected');
  await expect(tile).toContainText('Evening');
  await expect(tile).not.toContainText('Morning');
  const journal = page.getByRole('list', { name: 'Journal entries' });
  await expect(
    journal.getByRole('button', { name: /POST tile 200 Contoso News · expired/ }),
  ).toHaveCount(2);
  await expect(
    journal.getByRole('button', { name: /POST tile 200 Contoso News · shown/ }),
  ).toHaveCount(1);
  const fates = await page.evaluate(() =>
    window.tilecast
      .journal()
      .flatMap((e) =>
        e.kind === 'request' && e.type === 'tile' ? [e.outcomes.map((o) => o.kind)] : [],
      ),
  );
  expect(fates).toEqual([
    ['queued', 'expired'],
    ['queued', 'expired'],
    ['queued', 'shown'],
  ]);
});

test('a toast to an offline phone is answered dropped, never cached [S15]', async ({ phone }) => {
  const { page } = phone;
  await page
    .getByRole('region', { name: 'Device controls' })
    .getByLabel('Connection')
    .selectOption('disconnected');
  const sent = await wnsPush(page, {
    body: '<toast><visual><binding template="ToastText01"><text id="1">Lost</text></binding></visual></toast>',
  });
  expect(sent.status).toBe(200);
  expect(sent.headers['x-wns-status']).toBe('dropped');
  await page
    .getByRole('region', { name: 'Device controls' })
    .getByLabel('Connection')
    .selectOption('connected');
  await expect(page.getByRole('region', { name: 'Action Center' })).toContainText(
    'No notifications.',
  );
});
