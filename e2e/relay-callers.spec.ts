import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Page } from '@playwright/test';
import { expect, test } from '../src/testing/playwright';
import type { Standalone } from '../src/relay/standalone';
import { openPhone, startOwnStandalone, toastXml } from './relay-helpers';

// Issue 23: a web page in another tab could push through the relay. A `no-cors` text/plain POST
// needs no preflight, so only the relay's own Origin/Sec-Fetch-Site check stops it; under
// `vite preview` a preflight from any 127.0.0.1 port used to be let through by Vite's CORS.
// The "other site" is a page served from another loopback port, as Chromium really sends it.

test.describe.configure({ mode: 'serial' });

let attacker: Server;
let attackerOrigin: string;

test.beforeAll(async () => {
  attacker = createServer((_, res) =>
    res
      .writeHead(200, { 'Content-Type': 'text/html' })
      .end('<!doctype html><title>Elsewhere</title>'),
  );
  await new Promise<void>((ok) => attacker.listen(0, '127.0.0.1', ok));
  attackerOrigin = `http://127.0.0.1:${(attacker.address() as AddressInfo).port}`;
});

test.afterAll(() => new Promise<void>((done) => attacker.close(() => done())));

/** Opens the other site in a new tab and has it send `body` to `url` as a web page can. */
async function pushFromOtherSite(page: Page, url: string, body: string, mode: RequestMode) {
  const other = await page.context().newPage();
  await other.goto(attackerOrigin);
  const outcome = await other.evaluate(
    async ([url, body, mode]) => {
      try {
        const headers: Record<string, string> =
          mode === 'cors' ? { 'X-WNS-Type': 'wns/toast' } : { 'Content-Type': 'text/plain' };
        const response = await fetch(url, { method: 'POST', mode, headers, body });
        return `answered ${response.type}`;
      } catch {
        return 'failed';
      }
    },
    [url, body, mode] as const,
  );
  await other.close();
  return outcome;
}

const journalLength = (page: Page) => page.evaluate(() => window.tilecast.journal().length);

test.describe('the standalone relay', () => {
  let server: Standalone;
  let origin: string;
  const arrived: IncomingHttpHeaders[] = [];

  test.beforeAll(async () => {
    ({ server, origin } = await startOwnStandalone());
    server.servers[0]!.on('request', (req) => {
      if (req.url?.startsWith('/relay/')) arrived.push(req.headers);
    });
  });
  test.afterAll(() => server.close());

  test("refuses another site's no-cors POST; the journal stays as it was", async ({
    page,
    phone,
  }) => {
    await openPhone(page, origin);
    const channel = await phone.openChannel({ service: 'wns' });
    const before = await journalLength(page);
    const toast = toastXml('Junk', 'from another site');

    expect(await pushFromOtherSite(page, channel.relayUri, toast, 'no-cors')).toBe(
      'answered opaque',
    );
    // It did reach the server, as Chromium sends it: with the other site's Origin.
    expect(arrived.at(-1)).toMatchObject({ origin: attackerOrigin, 'sec-fetch-mode': 'no-cors' });
    // The same bytes from a back end are journaled (401: no token), so the refusal is the
    // relay's, not the service's.
    const fromBackEnd = await fetch(channel.relayUri, {
      method: 'POST',
      headers: { 'Content-Type': 'text/plain' },
      body: toast,
    });
    expect(fromBackEnd.status).toBe(401);
    await expect.poll(() => journalLength(page)).toBe(before + 1);
    const refused = await fetch(channel.relayUri, {
      method: 'POST',
      headers: { Origin: attackerOrigin, 'Content-Type': 'text/plain' },
      body: toast,
    });
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain(
      `refused a request from the web page at ${attackerOrigin}`,
    );
    expect(await journalLength(page)).toBe(before + 1);
  });
});

test.describe('the vite preview relay', () => {
  test("gives another site's preflight nothing; its push never reaches the phone", async ({
    page,
    baseURL,
    phone,
  }) => {
    const channel = await phone.openChannel({ service: 'wns' });
    const before = await journalLength(page);
    const toast = toastXml('Junk', 'through a preflight');

    // X-WNS-Type needs a preflight; Vite's CORS used to allow any 127.0.0.1 port's.
    expect(await pushFromOtherSite(page, channel.relayUri, toast, 'cors')).toBe('failed');
    expect(await pushFromOtherSite(page, channel.relayUri, toast, 'no-cors')).toBe(
      'answered opaque',
    );
    const preflight = await fetch(channel.relayUri, {
      method: 'OPTIONS',
      headers: { Origin: attackerOrigin, 'Access-Control-Request-Method': 'POST' },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
    expect(await journalLength(page)).toBe(before);
    await expect(phone.banner('Contoso News')).toHaveCount(0);
    expect(baseURL).toBeTruthy();
  });

  test('journals the page a browser request came from', async ({ page, baseURL, phone }) => {
    const channel = await phone.openChannel({ service: 'wns' });
    // The emulator page itself is the one browser the relay serves: its fetch carries its Origin.
    const status = await page.evaluate(
      (url) => fetch(url, { method: 'POST', body: '<toast/>' }).then((r) => r.status),
      channel.relayUri,
    );
    expect(status).toBe(401);
    const entry = (await phone.journal()).at(-1);
    expect(entry?.kind === 'request' && entry.from).toContain(`(page ${baseURL})`);
    // By name: the list renders the new entry a moment after the journal has it.
    await page
      .getByRole('list', { name: 'Journal entries' })
      .getByRole('button', { name: /POST \w+ 401/ })
      .click();
    await expect(page.getByRole('region', { name: 'Request' })).toContainText(
      new RegExp(`Via the relay from 127\\.0\\.0\\.1:\\d+ \\(page ${baseURL}\\)`),
    );
    await page.screenshot({ path: test.info().outputPath('relay-from-page.png') });
  });
});
