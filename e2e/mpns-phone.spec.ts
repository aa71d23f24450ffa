import { expect, test } from '../src/testing/playwright';
import { mpnsPush, wp, wpToast } from './mpns-helpers';

test('an MPNS toast is shown, tapped opens its Param, and a foreground toast goes to the app', async ({
  page,
  phone,
}) => {
  const uri = (await phone.openChannel({ service: 'mpns' })).uri;
  expect(uri).toMatch(
    /^http:\/\/(db3|sn1|dm2|hk1|am3)\.notify\.live\.net\/throttledthirdparty\/01\.00\/[\w-]{70,90}$/,
  );
  const sent = await mpnsPush(page, uri, {
    target: 'toast',
    cls: '2',
    body: wpToast('Score', 'Home 2 – 1 Away', '/Match.xaml?id=42&amp;tab=live'),
    messageId: '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
  });
  expect(sent.status).toBe(200);
  expect(sent.headers).toMatchObject({
    'x-notificationstatus': 'Received',
    'x-deviceconnectionstatus': 'Connected',
    'x-subscriptionstatus': 'Active',
    'x-messageid': '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
  });

  const banner = phone.banner('Contoso News');
  await expect(banner).toContainText('Score');
  await expect(banner).toContainText('Home 2 – 1 Away');
  await banner.getByRole('button', { name: /Score/ }).click();
  const appPage = page.getByRole('region', { name: 'Contoso News app' });
  await expect(appPage).toContainText('/Match.xaml?id=42&tab=live');

  // The app is now in the foreground: no banner, the app receives the toast itself. [S10]
  await mpnsPush(page, uri, {
    target: 'toast',
    body: wpToast('Goal', 'Home 3 – 1', '/Match.xaml?id=42'),
  });
  await expect(appPage.getByRole('region', { name: 'Toasts received in the app' })).toContainText(
    'Goal',
  );
  await expect(phone.banner()).toHaveCount(0);
});

test('a WP7 tile shows front and back; a FlipTile count is set, then cleared with Action="Clear"', async ({
  page,
  phone,
}) => {
  const uri = (await phone.openChannel({ service: 'mpns' })).uri;
  const tile = phone.tile('Contoso News');
  await mpnsPush(page, uri, {
    target: 'token',
    cls: '1',
    body: wp(
      '<wp:Tile><wp:Title>Headlines</wp:Title><wp:Count>3</wp:Count><wp:BackTitle>Today</wp:BackTitle><wp:BackContent>Rain later</wp:BackContent></wp:Tile>',
    ),
  });
  await expect(tile.getByLabel('front')).toContainText('Headlines');
  await expect(tile.getByLabel('count 3')).toBeVisible();
  await expect(tile.getByLabel('back')).toContainText('Today');
  await expect(tile.getByLabel('back')).toContainText('Rain later');

  const flip = (inner: string) =>
    wp(`<wp:Tile Id="" Template="FlipTile">${inner}</wp:Tile>`, '2.0');
  await mpnsPush(page, uri, { target: 'token', body: flip('<wp:Count>7</wp:Count>') });
  await expect(tile.getByLabel('count 7')).toBeVisible();
  await expect(tile.getByLabel('front')).toContainText('Headlines'); // omitted → unchanged
  await mpnsPush(page, uri, {
    target: 'token',
    body: flip('<wp:Count Action="Clear"></wp:Count>'),
  });
  await expect(tile.getByLabel(/^count/)).toHaveCount(0);
  await expect(tile.getByLabel('front')).toContainText('Headlines');

  // A secondary tile, by Id.
  await mpnsPush(page, uri, {
    target: 'token',
    body: wp('<wp:Tile Id="/Topic.xaml?t=sport"><wp:Title>Sport</wp:Title></wp:Tile>'),
  });
  await expect(
    page.getByRole('listitem', { name: 'Contoso News secondary tile /Topic.xaml?t=sport' }),
  ).toContainText('Sport');
});

test('toast XML sent with target token is received, then dropped by the phone with its reason', async ({
  page,
  phone,
}) => {
  const uri = (await phone.openChannel({ service: 'mpns' })).uri;
  const sent = await mpnsPush(page, uri, {
    target: 'token',
    body: wpToast('Oops', 'wrong target'),
  });
  expect(sent.status).toBe(200);
  expect(sent.headers['x-notificationstatus']).toBe('Received');
  await expect(phone.deviceLog).toContainText(
    /Contoso News: dropped: X-WindowsPhone-Target is token but the payload is a wp:Toast.* at line 1, column \d+/,
  );
});

test('raw data reaches a running app (text and hex) and is discarded for a closed app', async ({
  page,
  phone,
}) => {
  const uri = (await phone.openChannel({ service: 'mpns' })).uri;
  const raw = page.getByRole('region', { name: 'Raw console' });
  const log = phone.deviceLog;
  const controls = page.getByRole('region', { name: 'Device controls' });

  const closed = await mpnsPush(page, uri, { cls: '3', body: 'while closed' });
  expect(closed.status).toBe(200);
  await expect(log).toContainText(
    'Contoso News is not running, so the raw notification was discarded',
  );

  await controls.getByLabel('Contoso News state').selectOption('background');
  await mpnsPush(page, uri, { body: 'hello' });
  await expect(raw.getByRole('list', { name: 'Contoso News raw messages' })).toContainText(
    'hello [68 65 6c 6c 6f]',
  );
  await expect(raw).not.toContainText('while closed');
});
