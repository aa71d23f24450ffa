import { expect, test } from '../src/testing/playwright';

// An app uses one push service (a Windows Phone 8.1 app picks MPNS or WNS in its manifest):
// the one whose channel it opened last. The journal, phone() and the Start screen agree on it.

const mpnsTile = (title: string) =>
  `<?xml version="1.0" encoding="utf-8"?><wp:Notification xmlns:wp="WPNotification"><wp:Tile><wp:Title>${title}</wp:Title></wp:Tile></wp:Notification>`;
const wnsTile = (text: string) =>
  `<tile><visual><binding template="TileSquare150x150Text04"><text id="1">${text}</text></binding></visual></tile>`;
const asTile = { 'X-WindowsPhone-Target': 'token', 'X-NotificationClass': '1' };

test('an app with an MPNS and a WNS channel shows only the service it uses', async ({
  phone,
  cloud,
}) => {
  const { page } = phone;
  const mpns = await phone.openChannel({ service: 'mpns' });
  const wns = await phone.openChannel({ service: 'wns' });
  expect(mpns.appId).toBe(wns.appId);

  // Contoso News opened its WNS channel last: an MPNS tile is dropped, and the phone says why.
  expect((await cloud.send(mpns, { headers: asTile, body: mpnsTile('Via MPNS') })).status).toBe(
    200,
  );
  await expect(phone).toHaveDropped({ app: 'Contoso News', text: 'uses WNS' });
  await expect(page.getByRole('region', { name: 'Device log' })).toContainText(
    'Contoso News uses WNS (the channel it opened last), so this MPNS notification was dropped',
  );
  expect((await cloud.send(wns, { type: 'wns/tile', body: wnsTile('Via WNS') })).status).toBe(200);
  await expect(phone).toShowTile({ text: 'Via WNS' });

  const tile = page.getByRole('listitem', { name: 'Contoso News tile' });
  await expect(tile).toContainText('Via WNS');
  await expect(tile).not.toContainText('Via MPNS');
  expect((await phone.phone()).tiles.map((t) => [t.service, t.texts])).toEqual([
    ['wns', ['Via WNS']],
  ]);
  const fates = (await phone.journal()).flatMap((e) =>
    e.kind === 'request' && e.type !== 'token' ? [[e.service, e.outcomes.map((o) => o.kind)]] : [],
  );
  expect(fates).toEqual([
    ['mpns', ['dropped']],
    ['wns', ['shown']],
  ]);

  // Opening the MPNS channel again moves the app to MPNS: its tile now shows MPNS updates only.
  await phone.openChannel({ service: 'mpns' });
  await cloud.send(mpns, { headers: asTile, body: mpnsTile('Back on MPNS') });
  await expect(phone).toShowTile({ text: 'Back on MPNS' });
  await expect(tile).toContainText('Back on MPNS');
  await expect(tile).not.toContainText('Via WNS');
  expect((await phone.phone()).tiles.map((t) => [t.service, t.texts])).toEqual([
    ['mpns', ['Back on MPNS']],
  ]);
  await tile.screenshot({ path: test.info().outputPath('mpns-tile.png') });
});
