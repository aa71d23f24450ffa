import { expect, test, type Page } from '@playwright/test';

// A hostile SVG added through the real "Add images…" control: what is kept is static art, and
// opening the image's URL in a tab of its own runs nothing in Tilecast's origin. Every vector
// in it got past the old regex check: svg:-prefixed script and foreignObject, an XHTML script
// under a prefix, entity-encoded "http" and "javascript:", and CSS @import.

const TRACK = 'http://127.0.0.1:9/track';
const hostileSvg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:svg="http://www.w3.org/2000/svg"
     xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 20 20">
  <svg:script>window.trap = 'svg:script'; document.title = 'pwned';</svg:script>
  <svg:foreignObject width="20" height="20">
    <h:body xmlns:h="http://www.w3.org/1999/xhtml"><h:script>window.trap = 'foreignObject'</h:script></h:body>
  </svg:foreignObject>
  <style>@import url(${TRACK}/import.css); rect { fill: #0078d7 }</style>
  <rect width="20" height="20" fill="#0078d7"/>
  <image href="&#104;ttp://127.0.0.1:9/track/entity.png" width="5" height="5"/>
  <a xlink:href="java&#115;cript:window.trap='link'"><circle cx="10" cy="10" r="4" fill="white"/></a>
  <set attributeName="href" to="java&#115;cript:window.trap='set'"/>
</svg>`;

async function open(page: Page) {
  await page.goto('/');
  await page.evaluate(() => window.tilecast.ready);
}

test('a hostile SVG is cleaned on import and its URL opens with no script and no storage', async ({
  page,
  context,
}) => {
  const tracked: string[] = [];
  context.on('request', (request) => {
    if (request.url().startsWith(TRACK)) tracked.push(request.url());
  });
  const dialogs: string[] = [];
  context.on('page', (p) =>
    p.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message()))),
  );
  page.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())));

  await open(page);
  await page.getByLabel("Add images to Contoso News's package").setInputFiles({
    name: 'hostile.svg',
    mimeType: 'image/svg+xml',
    buffer: Buffer.from(hostileSvg),
  });
  const status = page.getByRole('status', { name: 'Contoso News package message' });
  await expect(status).toContainText("Added to Contoso News's package: ms-appx:///hostile.svg.");
  await expect(status).toContainText(
    '"hostile.svg": removed <script>, <foreignObject>, <style> that loads or hides content, href, <a>, <set>; only static SVG is kept',
  );
  await page
    .getByRole('region', { name: 'Contoso News package' })
    .screenshot({ path: 'test-results/package-svg-cleaned.png' });

  const files = page.getByRole('list', { name: "Files in Contoso News's package" });
  const url = await files.locator('img').first().getAttribute('src');
  expect(url).toMatch(/^data:image\/svg\+xml;base64,/);

  // What the page keeps (and stores) is the rewritten file, not the upload.
  const kept = Buffer.from(url!.split(',')[1]!, 'base64').toString();
  expect(kept).toContain('<rect width="20" height="20" fill="#0078d7"/>');
  expect(kept).toContain('<image width="5" height="5"/>');
  expect(kept).not.toMatch(/script|foreignObject|onload|onerror|track|@import|<a |<set|href/i);

  // "Open image in new tab".
  const tab = await context.newPage();
  tab.on('dialog', (d) => void d.dismiss().then(() => dialogs.push(d.message())));
  await tab.goto(url!);
  await expect(tab.locator('rect')).toHaveCount(1);
  const seen = await tab.evaluate(async () => {
    const w = window as unknown as { trap?: string };
    let storage: string;
    try {
      await indexedDB.databases();
      storage = 'readable';
    } catch (error) {
      storage = `blocked: ${(error as Error).name}`;
    }
    return { trap: w.trap ?? null, title: document.title, origin: self.origin, storage };
  });
  expect(seen).toEqual({
    trap: null,
    title: '',
    origin: 'null',
    storage: 'blocked: SecurityError',
  });
  expect(dialogs).toEqual([]);
  expect(tracked).toEqual([]);
  expect(
    await page.evaluate(() => (window as unknown as { trap?: string }).trap ?? null),
  ).toBeNull();
});
