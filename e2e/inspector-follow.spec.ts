import { expect, goodToast, pushAll, test } from './inspector-fixtures';

// The journal follows new rows while the user sits at the bottom, and stops when they scroll up.
// Rows are virtualised: the last row in the DOM is the newest entry only while following.
test('new rows follow live until the user scrolls up; "Follow live" brings them back', async ({
  page,
  inspector,
}) => {
  const list = inspector.region.getByRole('list', { name: 'Journal entries' });
  const lastRow = list.getByRole('button').last();
  const count = inspector.region.getByRole('status').first();
  const total = () => page.evaluate(() => window.tilecast.journal().length);
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
