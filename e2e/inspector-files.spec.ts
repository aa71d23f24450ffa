import { readFile } from 'node:fs/promises';
import { brokenToast, expect, goodToast, pushAll, test } from './inspector-fixtures';

test('HAR export then import round-trips the same entries', async ({ page, inspector, phone }) => {
  await pushAll(page, [{ body: goodToast('saved') }, { body: brokenToast }]);
  const before = await phone.journal();
  await expect(inspector.rows).toHaveCount(before.length);

  const download = page.waitForEvent('download');
  await inspector.button('Export HAR').click();
  const file = await (await download).path();
  const har = JSON.parse(await readFile(file, 'utf8'));
  expect(har.log.version).toBe('1.2');
  expect(har.log.entries).toHaveLength(before.filter((e) => e.kind === 'request').length);

  await inspector.button('Clear journal').click();
  await expect(inspector.rows).toHaveCount(0);

  await inspector.region.getByLabel('Import journal (HAR or JSON)').setInputFiles(file);
  await expect(inspector.rows).toHaveCount(before.length);
  expect(await phone.journal()).toEqual(before);
  await expect(inspector.row(/POST toast 200 Contoso News · dropped/)).toHaveCount(1);
});

test('JSON export then import keeps every entry too', async ({ page, inspector, phone }) => {
  await pushAll(page, [{ body: goodToast('json') }]);
  const before = await phone.journal();
  const download = page.waitForEvent('download');
  await inspector.button('Export JSON').click();
  const file = await (await download).path();
  await inspector.button('Clear journal').click();
  await inspector.region.getByLabel('Import journal (HAR or JSON)').setInputFiles(file);
  await expect(inspector.rows).toHaveCount(before.length);
  expect(await phone.journal()).toEqual(before);
});
