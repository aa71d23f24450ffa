import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, phoneIn, test } from '../src/testing/playwright';
import { openComposer } from './composer-helpers';
import { PNG_BASE64 } from './images-helpers';

// A shared #compose= link is someone else's payload: opening it must not tell an image server
// that (and when) the link was opened, until the viewer agrees. No request carries a Referer.

// The image server: a real one on loopback, so it sees every request however the page makes it
// (directly or through msw's service worker, which Playwright's routing does not see).
let server: Server;
const seen: { url: string; headers: IncomingHttpHeaders }[] = [];
let HERO = '';
test.beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ url: req.url ?? '', headers: req.headers });
    res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from(PNG_BASE64, 'base64'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  HERO = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hero.png`;
});
test.afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const shareLink = () => {
  const draft = {
    template: '',
    service: 'wns',
    type: 'wns/toast',
    xml: `<toast><visual><binding template="ToastImageAndText01"><image id="1" src="${HERO}"/><text id="1">Ferry delayed</text></binding></visual></toast>`,
    options: {},
  };
  return `/#compose=${Buffer.from(JSON.stringify(draft)).toString('base64url')}`;
};

test('a shared payload loads no remote image until "Load remote images", then without Referer', async ({
  page,
  context,
}) => {
  // And what the browser itself reports, from the page and from its service worker.
  const reported: { url: string; referer?: string }[] = [];
  context.on('request', (r) => {
    if (r.url() === HERO) reported.push({ url: r.url(), referer: r.headers()['referer'] });
  });

  seen.length = 0;

  // The shared link is the first thing this page opens, as a person following it.
  const composer = await openComposer(await phoneIn(page, shareLink()));
  const preview = composer.getByRole('region', { name: 'Preview' });
  const notice = preview.getByRole('group', { name: 'Remote images' });
  await expect(notice).toContainText(
    `This payload came from a shared link. Its images from ${new URL(HERO).host} were not loaded`,
  );
  await expect(preview.getByText('Ferry delayed').first()).toBeVisible();
  await expect(
    preview.getByRole('img', { name: `Remote image not loaded: ${HERO}` }).first(),
  ).toBeVisible();
  await expect(preview.locator('img')).toHaveCount(0);
  await preview.screenshot({ path: 'test-results/share-privacy-blocked.png' });
  // Give a stray fetch time to show up before asserting there was none.
  await page.waitForTimeout(1000);
  expect(seen).toEqual([]);
  expect(reported).toEqual([]);

  await notice.getByRole('button', { name: 'Load remote images' }).click();
  await expect(notice).toHaveCount(0);
  // The browser now fetches the image (through msw's worker, under the worker's own policy),
  // the image server sees it without a Referer, and the preview draws it.
  await expect.poll(() => seen.length).toBeGreaterThan(0);
  expect(seen.map((r) => r.headers.referer ?? '')).toEqual(seen.map(() => ''));
  expect(reported.map((r) => r.referer ?? '')).toEqual(reported.map(() => ''));
  const hero = preview.locator(`img[src="${HERO}"]`).first();
  await expect
    .poll(() => hero.evaluate((img) => (img as HTMLImageElement).naturalWidth))
    .toBeGreaterThan(0);
  expect(await page.evaluate(() => document.referrer)).toBe('');
  expect(await page.locator('meta[name="referrer"]').getAttribute('content')).toBe('no-referrer');

  // Consent lasts for the session: the same link in this tab asks no more.
  const before = reported.length;
  await page.reload();
  await expect(
    page.getByRole('region', { name: 'Preview' }).getByText('Ferry delayed').first(),
  ).toBeVisible();
  await expect(page.getByRole('group', { name: 'Remote images' })).toHaveCount(0);
  await expect.poll(() => reported.length).toBeGreaterThan(before);
});

test('a payload the user picks from the gallery is not held back', async ({ phone }) => {
  const composer = await openComposer(phone);
  await expect(composer.getByRole('group', { name: 'Remote images' })).toHaveCount(0);
});
