import { expect, test } from '../src/testing/playwright';
import { openComposer } from './composer-helpers';

// Trustworthy samples: every MPNS sample's images are in the sample package, so the phone draws
// them and the device log stays empty; and the page loads without a console error.

test('every MPNS sample sends with its pictures: no image notes in the device log', async ({
  phone: emulator,
}) => {
  const page = emulator.page;
  const composer = await openComposer(emulator);
  const failed: string[] = [];
  page.on('response', (r) => {
    if (r.url().includes('/package/') && r.status() >= 400) failed.push(r.url());
  });
  const phone = page.getByRole('region', { name: 'Phone' });
  // A Windows Phone tile keeps its template: each sample goes to an app of its own.
  for (const sample of ['WP7 tile', 'FlipTile', 'CycleTile', 'IconicTile']) {
    const app = `Sample ${sample}`;
    await page.evaluate((app) => window.tilecast.openChannel({ service: 'mpns', app }), app);
    await composer.getByLabel('Template').selectOption({ label: sample });
    await composer.getByLabel('Channel (MPNS)').selectOption({ label: `${app} · MPNS` });
    await composer.getByRole('button', { name: 'Send tile' }).click();
    await expect(composer.getByRole('region', { name: 'Send result' })).toContainText(
      'phone: shown',
    );
    // The tile's pictures load (a broken one has no natural size).
    const images = phone.getByRole('listitem', { name: `${app} tile` }).locator('img');
    await expect(images.first()).toBeAttached();
    await expect
      .poll(() =>
        images.evaluateAll((els) =>
          (els as HTMLImageElement[]).every((img) => img.complete && img.naturalWidth > 0),
        ),
      )
      .toBe(true);
  }
  if (process.env.TILECAST_SHOTS)
    await phone.screenshot({ path: `${process.env.TILECAST_SHOTS}/samples-wp-tiles.png` });
  await expect(page.getByRole('region', { name: 'Device log' })).toContainText('Nothing dropped.');
  expect(failed).toEqual([]);
});

test('the page loads with its favicon and without console errors', async ({ phone: emulator }) => {
  const page = emulator.page;
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await openComposer(emulator);
  const icon = await page.evaluate(async () => {
    const href = document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href;
    return href ? (await fetch(href)).headers.get('content-type') : null;
  });
  expect(icon).toContain('image/svg+xml');
  expect(errors).toEqual([]);
});

test('a device-log line reads as a sentence; the spec key waits behind "why"', async ({
  phone: emulator,
}) => {
  const page = emulator.page;
  await openComposer(emulator);
  const uri = await page.evaluate(
    async () => (await window.tilecast.openChannel({ service: 'mpns' })).uri,
  );
  const body = `<?xml version="1.0" encoding="utf-8"?><wp:Notification xmlns:wp="WPNotification" Version="2.0"><wp:Tile Template="FlipTile"><wp:BackgroundImage>/Assets/missing.png</wp:BackgroundImage><wp:Title>Missing</wp:Title></wp:Tile></wp:Notification>`;
  await page.evaluate(
    ({ uri, body }) =>
      fetch(uri, {
        method: 'POST',
        headers: { 'X-WindowsPhone-Target': 'token', 'X-NotificationClass': '1' },
        body,
      }),
    { uri, body },
  );
  const line = page.getByRole('region', { name: 'Device log' }).getByRole('listitem').first();
  await expect(line).toContainText('the image "/Assets/missing.png" is not in the app');
  const why = line.getByText('why', { exact: true });
  await expect(why).toBeVisible();
  await expect(line.getByText('Source: SPEC.md S12.')).toBeHidden();
  expect(await line.innerText()).not.toContain('[S12]');
  await why.click();
  await expect(
    line.getByText(/SPEC gives no Windows Phone 7\/8 rule.*Source: SPEC\.md S12\./),
  ).toBeVisible();
});

test("a tile's logo branding shows the app's logo from its package, not an empty square", async ({
  phone: emulator,
}) => {
  const page = emulator.page;
  const composer = await openComposer(emulator);
  await composer.getByLabel('Template').selectOption({ label: 'Every size' });
  const logo = composer
    .getByRole('figure', { name: 'wide tile preview' })
    .locator('[data-part="logo"]');
  await expect(logo).toBeVisible();
  const url = await logo.evaluate(
    (el) => /url\("?([^")]+)/.exec(getComputedStyle(el).backgroundImage)?.[1],
  );
  expect(url).toMatch(/\/package\/Assets\/Logo\.svg/);
  const type = await page.evaluate(async (u) => (await fetch(u!)).headers.get('content-type'), url);
  expect(type).toContain('image/svg+xml');
});
