import { expect as expectPage, type Page } from '@playwright/test';
import type { Standalone } from '../src/relay/standalone';
import { expect, test } from '../src/testing/playwright';
import {
  accessToken,
  openPhone,
  relayToast,
  relayToken,
  startOwnStandalone,
  toastXml,
} from './relay-helpers';

// Issue 19: two tabs (two Playwright workers) share one relay. Each opens its own channel, and a
// back end outside the browser gets its token and pushes for each: every request reaches the
// tab whose service issued the channel or the credentials, with no 400 and no 404.

const relayStatus = (page: Page) => page.getByRole('status', { name: 'Relay' });
const toastOn = (page: Page) => page.getByRole('status', { name: 'Toast from Contoso News' });

/** What a back end does for one channel: a token, then a toast; both statuses. */
async function backEndPush(
  origin: string,
  channel: { relayUri: string; credentials?: { clientId: string; clientSecret: string } },
  title: string,
) {
  const token = await relayToken(origin, channel.credentials!);
  if (token.status !== 200) return [token.status];
  const push = await relayToast(channel.relayUri, await accessToken(token), toastXml(title, 'hi'));
  return [token.status, push.status];
}

test.describe('two tabs on one standalone relay', () => {
  test.describe.configure({ mode: 'serial' });
  let server: Standalone;
  let origin: string;

  test.beforeAll(async () => {
    ({ server, origin } = await startOwnStandalone());
  });
  test.afterAll(() => server.close());

  test("a back end's token and pushes reach each tab's own phone", async ({ context }) => {
    const first = await context.newPage();
    await openPhone(first, origin);
    const second = await context.newPage();
    await second.goto(origin);
    await expectPage(relayStatus(second)).toContainText('another tab is the active phone');

    // Each tab is its own phone: same app name, its own channel URI and credentials.
    const one = await first.evaluate(() => window.tilecast.openChannel({ service: 'wns' }));
    const two = await second.evaluate(() => window.tilecast.openChannel({ service: 'wns' }));
    const mpns = await second.evaluate(() =>
      window.tilecast.openChannel({ service: 'mpns', app: 'Northwind Mail' }),
    );
    expect(one.credentials!.clientId).not.toBe(two.credentials!.clientId);

    // The second tab is not the active phone, yet its back end gets 200s, not 400 and 404.
    expect(await backEndPush(origin, two, 'For the second tab')).toEqual([200, 200]);
    await expectPage(toastOn(second)).toContainText('For the second tab');
    expect(await backEndPush(origin, one, 'For the first tab')).toEqual([200, 200]);
    await expectPage(toastOn(first)).toContainText('For the first tab');
    const mpnsPush = await fetch(mpns.relayUri, {
      method: 'POST',
      headers: {
        'Content-Type': 'text/xml',
        'X-WindowsPhone-Target': 'toast',
        'X-NotificationClass': '2',
      },
      body: '<?xml version="1.0" encoding="utf-8"?><wp:Notification xmlns:wp="WPNotification"><wp:Toast><wp:Text1>MPNS for the second tab</wp:Text1></wp:Toast></wp:Notification>',
    });
    expect(mpnsPush.status).toBe(200);
    await expectPage(
      second.getByRole('status', { name: 'Toast from Northwind Mail' }),
    ).toContainText('MPNS for the second tab');
    // Each tab's phone holds its own toasts, and never the other's.
    const shown = async (page: Page) =>
      JSON.stringify(await page.evaluate(() => window.tilecast.phone()));
    expect(await shown(first)).toContain('For the first tab');
    expect(await shown(first)).not.toContain('second tab');
    expect(await shown(second)).toContain('For the second tab');
    expect(await shown(second)).not.toContain('first tab');
    // Each tab's journal holds its own back end's requests, every one answered 200.
    for (const page of [first, second]) {
      const relayed = await page.evaluate(() =>
        window.tilecast
          .journal()
          .flatMap((e) =>
            e.kind === 'request' && e.source === 'relay' ? [e.response.status] : [],
          ),
      );
      expect(relayed).toEqual(page === first ? [200, 200] : [200, 200, 200]);
    }

    // What each tab tells people, and its test: both tabs share the relay, each answers its own.
    const status = await second.evaluate(() => window.tilecast.relay());
    expect(status).toMatchObject({ state: 'connected', active: false, pages: 2 });
    expect(status.claims.channels).toEqual(expect.arrayContaining([two.uri, mpns.uri]));
    expect(status.claims.clients).toContain(two.credentials!.clientId);
    expect(status.claims.channels).not.toContain(one.uri);
    const channels = status.claims.channels.length;
    const apps = status.claims.clients.length;
    await expectPage(relayStatus(second)).toContainText(
      `2 emulator tabs share this relay; this tab answers pushes to its ${channels} channels ` +
        `and token requests for its ${apps} apps. Requests for channels no tab owns go to the active phone.`,
    );
    await expectPage(relayStatus(first)).toContainText('2 emulator tabs share this relay');
    await expectPage(relayStatus(first)).toContainText(
      'It also answers requests for channels no tab owns.',
    );
    await second.screenshot({ path: test.info().outputPath('second-tab.png') });

    // A channel no tab owns still gets the active phone's answer, as WNS gives it: 404.
    const unknown = await relayToast(
      `${origin}/relay/db5.notify.windows.com/?token=AwYAAAAnobody`,
      await accessToken(await relayToken(origin, one.credentials!)),
      toastXml('Lost', 'nowhere'),
    );
    expect(unknown.status).toBe(404);

    // The active tab leaves: the other takes the role, and its own channel keeps working.
    await first.close();
    await expectPage(relayStatus(second)).toContainText('this tab is the active phone');
    await expectPage(relayStatus(second)).toContainText('Only this tab uses the relay');
    expect(await backEndPush(origin, two, 'Still the second tab')).toEqual([200, 200]);
    await expectPage(toastOn(second)).toContainText('Still the second tab');
  });
});

test('under vite preview too: each fixture phone in its own context gets its own pushes', async ({
  phone,
  browser,
  baseURL,
}) => {
  // The fixture's phone, and a second phone in another browser context, as a second worker has.
  const other = await browser.newContext();
  const page = await other.newPage();
  await page.goto(baseURL!);
  await page.evaluate(() => window.tilecast.ready);
  try {
    const mine = await phone.openChannel({ service: 'wns', app: 'Fabrikam Weather' });
    const theirs = await page.evaluate(() =>
      window.tilecast.openChannel({ service: 'wns', app: 'Fabrikam Weather' }),
    );
    expect(await phone.relay()).toMatchObject({
      state: 'connected',
      claims: {
        channels: expect.arrayContaining([mine.uri]),
        clients: expect.arrayContaining([mine.credentials!.clientId]),
      },
    });

    // Both at once, as two workers' back ends would.
    const [a, b] = await Promise.all([
      backEndPush(baseURL!, mine, 'Storm for the fixture'),
      backEndPush(baseURL!, theirs, 'Storm for the other context'),
    ]);
    expect([a, b]).toEqual([
      [200, 200],
      [200, 200],
    ]);
    await expect(phone).toShowToast({ title: 'Storm for the fixture', app: 'Fabrikam Weather' });
    await expectPage(
      page.getByRole('status', { name: 'Toast from Fabrikam Weather' }),
    ).toContainText('Storm for the other context');
    const shown = await phone.phone();
    expect(JSON.stringify(shown)).not.toContain('Storm for the other context');
  } finally {
    await other.close();
  }
});
