import { expect, goodToast, pushAll, test } from './inspector-fixtures';
import { wnsPush } from './wns-helpers';

// The journal follows new rows while the user sits at the bottom, and stops when they scroll up.
// Rows are virtualised: the last row in the DOM is the newest entry only while following.
test('new rows follow live until the user scrolls up; "Follow live" brings them back', async ({
  page,
  inspector,
  phone,
}) => {
  const list = inspector.region.getByRole('list', { name: 'Journal entries' });
  const lastRow = list.getByRole('button').last();
  const count = inspector.region.getByRole('status').first();
  const total = async () => (await phone.journal()).length;
  await pushAll(
    page,
    Array.from({ length: 40 }, (_, i) => ({ body: goodToast(`early ${i}`) })),
  );
  await expect(count).toContainText(`${await total()} entries`);
  await expect(lastRow).toBeInViewport();

  // Scroll the list up: following stops, and new rows arrive out of view.
  await list.hover();
  await page.mouse.wheel(0, -800);
  const follow = inspector.region.getByRole('button', { name: 'Follow live ↓' });
  await expect(follow).toBeVisible();
  await pushAll(page, [{ body: goodToast('late one') }, { body: goodToast('late two') }]);
  await expect(count).toContainText(`${await total()} entries`);
  await expect(lastRow).not.toBeInViewport();

  // Back to live: the newest row is in view, and the next one follows.
  await follow.click();
  await expect(follow).toBeHidden();
  await expect(lastRow).toBeInViewport();
  await pushAll(page, [{ body: goodToast('after') }]);
  await expect(count).toContainText(`${await total()} entries`);
  await expect(lastRow).toBeInViewport();
});

// In a flood the list catches up a few times a second (paced, rendered in the background), and
// never stops doing so until the flood is over: what a person watching it sees keeps moving.
test('a flood of pushes keeps the journal moving, and it ends on the exact count', async ({
  page,
  inspector,
  phone,
}) => {
  // One push the way a cloud service starts: a token, then the channel; the flood reuses both.
  const first = await wnsPush(page, { app: 'Flood App', body: goodToast('warm-up') });
  expect(first.status).toBe(200);
  const flood = await page.evaluate(
    async ({ uri, token, total }) => {
      const count = document.querySelector(
        '[role="search"][aria-label="Filter journal"] [role="status"]',
      )!;
      // The counts the list shows while the second half of the flood arrives.
      const shown = new Set<string>();
      let answered = 0;
      const watch = setInterval(() => {
        if (answered >= total / 2) shown.add(count.textContent ?? '');
      }, 25);
      const statuses: Record<number, number> = {};
      let next = 0;
      const sender = async () => {
        while (next < total) {
          const i = next++;
          const response = await fetch(uri, {
            method: 'POST',
            headers: {
              'Content-Type': 'text/xml',
              'X-WNS-Type': 'wns/toast',
              Authorization: `Bearer ${token}`,
            },
            body: `<toast><visual><binding template="ToastText01"><text id="1">flood ${i}</text></binding></visual></toast>`,
          });
          statuses[response.status] = (statuses[response.status] ?? 0) + 1;
          answered++;
        }
      };
      await Promise.all(Array.from({ length: 32 }, sender));
      clearInterval(watch);
      return { statuses, distinctCounts: shown.size };
    },
    { ...first, total: 800 },
  );
  expect(flood.statuses).toEqual({ 200: 800 });
  // Late in the flood, pushes still arriving: the list kept catching up, more than once.
  expect(flood.distinctCounts).toBeGreaterThanOrEqual(3);
  const total = (await phone.journal()).length;
  await expect(inspector.region.getByRole('status').first()).toContainText(`${total} entries`);
  await expect(inspector.rows.last()).toContainText('Flood App');
  await expect(inspector.rows.last()).toBeInViewport();
});
