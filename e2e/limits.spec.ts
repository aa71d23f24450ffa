import { expect, test } from '@playwright/test';
import { armTraps, traps } from './hostile-helpers';
import { mpnsChannel } from './mpns-helpers';
import { wnsPush, wnsToast } from './wns-helpers';

test.beforeEach(async ({ page }) => {
  await armTraps(page);
  await page.goto('/');
  await page.evaluate(() => window.tilecast.ready);
});

test('the production page carries a CSP that blocks an injected inline script', async ({
  page,
}) => {
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  const scripts = policy?.split(';').find((d) => d.trim().startsWith('script-src'));
  expect(scripts?.trim()).toBe("script-src 'self'");
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'globalThis.__pwned = 1';
    document.body.append(script);
  });
  await expect.poll(async () => (await traps(page)).violations).toContain('script-src-elem inline');
  expect((await traps(page)).hits).toBe(0);
});

test('a 10 MB body is refused (413 WNS, 400 MPNS) and the next normal push is still quick', async ({
  page,
}) => {
  const huge = 'x'.repeat(10 * 1024 * 1024);
  expect((await wnsPush(page, { body: huge })).status).toBe(413);
  const uri = await mpnsChannel(page);
  const mpns = await page.evaluate(
    async ({ uri, huge }) =>
      (
        await fetch(uri, {
          method: 'POST',
          headers: { 'X-WindowsPhone-Target': 'toast' },
          body: huge,
        })
      ).status,
    { uri, huge },
  );
  expect(mpns).toBe(400);

  const started = Date.now();
  expect((await wnsPush(page, { body: wnsToast('Still here') })).status).toBe(200);
  await expect(page.getByRole('status', { name: 'Toast from Contoso News' })).toContainText(
    'Still here',
  );
  expect(Date.now() - started).toBeLessThan(5_000);
  const journal = page.getByRole('list', { name: 'Journal entries' });
  await expect(journal.getByRole('button', { name: /POST toast 413/ })).toHaveCount(1);
});

/**
 * Pushes fired at once from the page. Issue 11 asks for 10,000, but with the journal list not
 * yet virtualised 300 take ~26 s and 2,000 did not finish in 4 minutes (SECURITY.md).
 */
const FLOOD = Number(process.env.TILECAST_FLOOD ?? 300);

test(`a flood of ${FLOOD} concurrent pushes gets ${FLOOD} responses and ${FLOOD} journal entries`, async ({
  page,
}) => {
  test.setTimeout(240_000);
  const uri = await mpnsChannel(page, 'Flood', true);
  const started = Date.now();
  const statuses = await page.evaluate(
    async ({ uri, n }) => {
      const before = window.tilecast.journal().length;
      const all = await Promise.all(
        Array.from({ length: n }, (_, i) =>
          fetch(uri, { method: 'POST', body: `raw ${i}` }).then((r) => r.status),
        ),
      );
      return { all, added: window.tilecast.journal().length - before };
    },
    { uri, n: FLOOD },
  );
  console.info(`flood of ${FLOOD}: ${Date.now() - started} ms`);
  expect(statuses.all).toHaveLength(FLOOD);
  expect(statuses.all.every((s) => s === 200)).toBe(true);
  expect(statuses.added).toBe(FLOOD);
  await expect(page.getByRole('list', { name: 'Journal entries' })).toBeVisible();
});
