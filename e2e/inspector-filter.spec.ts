import { brokenToast, expect, goodToast, pushAll, test } from './inspector-fixtures';

test('filter by outcome "dropped" finds exactly the dropped ones', async ({
  page,
  inspector,
  phone,
}) => {
  const statuses = await pushAll(page, [
    { body: goodToast('one') },
    { body: brokenToast },
    { body: goodToast('two'), auth: 'bogus' },
    { body: brokenToast.replace('visual>', 'visaul>') },
    { body: goodToast('three') },
  ]);
  expect(statuses).toEqual([200, 200, 401, 200, 200]);
  const dropped = (await phone.journal()).filter(
    (e) => e.kind === 'request' && e.outcomes.some((f) => f.kind === 'dropped'),
  ).length;
  expect(dropped).toBe(2);

  await inspector.outcome.selectOption('dropped');
  await expect(inspector.rows).toHaveCount(dropped);
  for (const row of await inspector.rows.all()) await expect(row).toContainText('dropped');
  await expect(inspector.region.getByRole('status').first()).toContainText(/2 of \d+ entries/);

  await inspector.outcome.selectOption('refused');
  await expect(inspector.rows).toHaveCount(1);
  await expect(inspector.rows).toContainText('401');

  await inspector.button('Clear filters').click();
  await inspector.region.getByRole('searchbox', { name: 'Search journal' }).fill('three');
  await expect(inspector.rows).toHaveCount(1);
  await expect(inspector.rows).toContainText('shown: toast banner');
});
