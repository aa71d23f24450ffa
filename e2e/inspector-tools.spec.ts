import { readFile, writeFile } from 'node:fs/promises';
import { brokenToast, expect, goodToast, pushAll, test } from './inspector-fixtures';

test('pin, compare two entries, copy as curl and replay', async ({
  page,
  context,
  inspector,
  phone,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await pushAll(page, [{ body: goodToast('first') }, { body: brokenToast }]);
  const actions = page.getByRole('toolbar', { name: 'Entry actions' });

  // Pin the shown toast, then see only pinned entries.
  await inspector.row(/POST toast 200 Contoso News · shown/).click();
  await actions.getByRole('button', { name: 'Pin' }).click();
  await inspector.region.getByLabel('Pinned only').check();
  await expect(inspector.rows).toHaveCount(1);
  await inspector.region.getByLabel('Pinned only').uncheck();

  // Compare it with the dropped one: the payload lines differ.
  await actions.getByRole('button', { name: 'Mark for compare' }).click();
  await inspector.row(/POST toast 200 Contoso News · dropped/).click();
  await actions.getByRole('button', { name: 'Compare with marked' }).click();
  const compare = page.getByLabel('Compare entries');
  await expect(compare.getByRole('region', { name: 'Header differences' })).toContainText(
    'authorization',
  );
  const diff = compare.getByRole('list', { name: 'Payload diff' });
  await expect(diff).toContainText('removed: <toast><visual>');
  await expect(diff).toContainText('added: <toast>');
  await compare.getByRole('button', { name: 'Close compare' }).click();

  // Copy as curl: the command line for the same request.
  await inspector.row(/POST toast 200 Contoso News · dropped/).click();
  await actions.getByRole('button', { name: 'Copy as curl' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Copied curl command' })).toBeVisible();
  const curl = await page.evaluate(() => navigator.clipboard.readText());
  expect(curl).toMatch(
    /^curl --globoff -X 'POST' \\\n {2}--url 'https:\/\/\w+\.notify\.windows\.com\/\?token=/,
  );
  expect(curl).toContain("-H 'x-wns-type: wns/toast'");
  expect(curl).toContain("--data-raw '<toast>\n  <visual>");

  // Replay: the same request again, through the same path, as a new entry.
  const before = (await phone.journal()).length;
  await actions.getByRole('button', { name: 'Replay' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Replayed: 200' })).toBeVisible();
  await expect(inspector.row(/POST toast 200 Contoso News · dropped/)).toHaveCount(2);
  const [original, replayed] = await page.evaluate(() =>
    window.tilecast
      .journal()
      .filter((e) => e.kind === 'request' && e.type === 'toast')
      .slice(-2),
  );
  expect((await phone.journal()).length).toBe(before + 1);
  expect(replayed!.kind === 'request' && replayed!.request.body).toBe(
    original!.kind === 'request' && original!.request.body,
  );
});

test('an imported entry whose method is shell code never reaches Copy as curl: the import drops it and says why', async ({
  page,
  inspector,
}, testInfo) => {
  await pushAll(page, [{ body: goodToast('hostile') }, { body: goodToast('kept') }]);
  const download = page.waitForEvent('download');
  await inspector.button('Export JSON').click();
  const journal = JSON.parse(await readFile(await (await download).path(), 'utf8'));
  const toasts = journal.entries.filter((e: { type?: string }) => e.type === 'toast');
  toasts[0].request.method = 'POST$(touch${IFS}/tmp/x)';
  const file = testInfo.outputPath('hostile-journal.json');
  await writeFile(file, JSON.stringify(journal));
  await inspector.button('Clear journal').click();
  await inspector.region.getByLabel('Import journal (HAR or JSON)').setInputFiles(file);

  await expect(page.getByText(/was dropped|were dropped/).first()).toContainText('method');
  await expect(inspector.region.getByText(/POST\$\(touch/)).toHaveCount(0);
  const methods = await page.evaluate(() =>
    window.tilecast.journal().flatMap((e) => (e.kind === 'request' ? [e.request.method] : [])),
  );
  expect(methods).not.toContain('POST$(touch${IFS}/tmp/x)');
  expect(methods.length).toBeGreaterThan(0);
});
