import { expect, test } from '../src/testing/playwright';
import { armTraps, traps } from './hostile-helpers';
import { wnsPush, wnsToast } from './wns-helpers';

// Traps go in before the phone fixture opens the page.
test.beforeEach(async ({ page }) => {
  await armTraps(page);
});

test('the production page carries a CSP that blocks an injected inline script', async ({
  phone,
}) => {
  const { page } = phone;
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
  phone,
}) => {
  const huge = 'x'.repeat(10 * 1024 * 1024);
  expect((await wnsPush(page, { body: huge })).status).toBe(413);
  const uri = (await phone.openChannel({ service: 'mpns' })).uri;
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
  await expect(phone.banner('Contoso News')).toContainText('Still here');
  expect(Date.now() - started).toBeLessThan(5_000);
  const journal = page.getByRole('list', { name: 'Journal entries' });
  await expect(journal.getByRole('button', { name: /POST toast 413/ })).toHaveCount(1);
});

/**
 * Pushes fired at once from the page: issue 11's 10,000. Measured on the shared 2-core machine
 * under heavy load (load average ~10): 178 s, of which msw's bare round trip is ~40% (a bare
 * msw page takes 15-19 s per 2,000 there). Override with TILECAST_FLOOD for a quick run.
 */
const FLOOD = Number(process.env.TILECAST_FLOOD ?? 10_000);

test(`a flood of ${FLOOD} concurrent pushes gets ${FLOOD} responses and ${FLOOD} journal entries`, async ({
  page,
  phone,
}) => {
  test.setTimeout(480_000);
  const uri = (await phone.openChannel({ service: 'mpns', app: 'Flood', authenticated: true })).uri;
  const started = Date.now();
  const flood = await page.evaluate(
    async ({ uri, n }) => {
      const before = window.tilecast.journal().length;
      const notificationStatus = (headers: Record<string, string>) =>
        Object.entries(headers).find(([k]) => k.toLowerCase() === 'x-notificationstatus')?.[1];
      const count = (values: (string | undefined)[]) => {
        const out: Record<string, number> = {};
        for (const v of values) out[String(v)] = (out[String(v)] ?? 0) + 1;
        return out;
      };
      const responses = await Promise.all(
        Array.from({ length: n }, (_, i) =>
          fetch(uri, { method: 'POST', body: `raw ${i}` }).then((r) => ({
            status: r.status,
            notification: r.headers.get('X-NotificationStatus') ?? undefined,
          })),
        ),
      );
      const added = window.tilecast.journal().slice(before);
      const requests = added.filter((e) => e.kind === 'request');
      return {
        before,
        responses: responses.length,
        statuses: count(responses.map((r) => String(r.status))),
        notifications: count(responses.map((r) => r.notification)),
        entries: added.length,
        ids: new Set(added.map((e) => e.id)).size,
        entryStatuses: count(requests.map((e) => String(e.response.status))),
        entryNotifications: count(requests.map((e) => notificationStatus(e.response.headers))),
        outcomes: count(requests.map((e) => e.outcomes.at(-1)?.kind)),
      };
    },
    { uri, n: FLOOD },
  );
  console.info(`flood of ${FLOOD}: ${Date.now() - started} ms`, flood.outcomes);
  expect(flood.responses).toBe(FLOOD);
  expect(flood.statuses).toEqual({ 200: FLOOD });
  // Every response has its own journal entry, and the counts per outcome match.
  expect(flood.entries).toBe(FLOOD);
  expect(flood.ids).toBe(FLOOD);
  expect(flood.entryStatuses).toEqual(flood.statuses);
  expect(flood.entryNotifications).toEqual(flood.notifications);
  expect(flood.outcomes).not.toHaveProperty('undefined');
  expect(Object.values(flood.outcomes).reduce((a, b) => a + b, 0)).toBe(FLOOD);
  await expect(page.getByRole('search', { name: 'Filter journal' })).toContainText(
    `${flood.before + FLOOD} entries`,
  );
  await expect(page.getByRole('list', { name: 'Journal entries' })).toBeVisible();
});
