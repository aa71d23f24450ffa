import { readFile, writeFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import {
  hostileCount,
  hostileLifecycle,
  hostileRequests,
  toHostileHarEntry,
  withHostileEntries,
} from '../src/testing/hostile-journal';
import type { JournalEntry } from '../src/store';
import type { Phone } from '../src/testing/playwright';
import { expect, goodToast, pushAll, test } from './inspector-fixtures';

// Journal and HAR files are input from anyone. Each hostile entry here blanked the page when
// imported; now it is dropped and named, the good entries are imported, and the page works.

async function exported(page: Page, button: 'Export JSON' | 'Export HAR') {
  const download = page.waitForEvent('download');
  await page
    .getByRole('region', { name: 'Inspector' })
    .getByRole('button', { name: button })
    .click();
  return JSON.parse(await readFile(await (await download).path(), 'utf8'));
}

async function importFile(page: Page, name: string, content: unknown) {
  const file = test.info().outputPath(name);
  await writeFile(file, JSON.stringify(content));
  await page
    .getByRole('region', { name: 'Inspector' })
    .getByLabel('Import journal (HAR or JSON)')
    .setInputFiles(file);
}

/**
 * A journal with both kinds of entry to mutate: the phone fixture starts from an empty one, so
 * an install adds a lifecycle entry and a push a request entry.
 */
async function withBothKinds(phone: Phone) {
  await phone.installApp({ name: 'Fabrikam Weather' });
  expect(await pushAll(phone.page, [{ body: goodToast('kept') }])).toEqual([200]);
}

/** The page still works: the phone shows, a push arrives, an entry opens in the details. */
async function stillWorks(phone: Phone) {
  const { page } = phone;
  await expect(phone.tile('Contoso News')).toBeVisible();
  expect(await pushAll(page, [{ body: goodToast('after the import') }])).toEqual([200]);
  const inspector = page.getByRole('region', { name: 'Inspector' });
  const rows = inspector.getByRole('list', { name: 'Journal entries' }).getByRole('button');
  for (const row of await rows.all()) {
    await row.click();
    await expect(inspector.getByRole('region', { name: 'Entry details' })).toBeVisible();
  }
  await expect(page.getByRole('alert', { name: /failed/ })).toHaveCount(0);
}

const vectors = [
  ...hostileRequests.map((m) => ({ ...m, kind: 'request' as const })),
  ...hostileLifecycle.map((m) => ({ ...m, kind: 'lifecycle' as const })),
];

for (const vector of vectors) {
  test(`a JSON import with a ${vector.kind} entry with ${vector.name} drops it, names it, keeps the rest`, async ({
    page,
    inspector,
    phone,
  }) => {
    await withBothKinds(phone);
    const file = await exported(page, 'Export JSON');
    const journal = file.entries as JournalEntry[];
    const base = journal.find((e) => e.kind === vector.kind)!;
    const bad = { ...base, seq: 999, id: 'hostile' } as never;
    file.entries = [...journal, vector.make(bad)];

    await inspector.button('Clear journal').click();
    await importFile(page, 'hostile.json', file);
    await expect(inspector.region.getByRole('alert')).toContainText(
      `1 of ${journal.length + 1} entries was dropped: entry ${journal.length + 1}: `,
    );
    await expect(inspector.region.getByRole('alert')).toContainText(vector.field);
    await expect(inspector.rows).toHaveCount(journal.length);
    expect(await phone.journal()).toEqual(journal);
    await stillWorks(phone);
  });
}

test('a HAR import with every hostile entry keeps the good ones and says how many went', async ({
  page,
  inspector,
  phone,
}) => {
  await withBothKinds(phone);
  const journal: JournalEntry[] = await phone.journal();
  const har = await exported(page, 'Export HAR');
  const hostile = withHostileEntries(journal).slice(journal.length) as JournalEntry[];
  const requests = hostile.filter((e) => e.kind === 'request');
  har.log.entries.push(...requests.map((e) => toHostileHarEntry(har.log.entries[0], e)));
  har.log._tilecastLifecycle.push(...hostile.filter((e) => e.kind === 'lifecycle'));

  await inspector.button('Clear journal').click();
  await importFile(page, 'hostile.har', har);
  await expect(inspector.region.getByRole('alert')).toContainText(
    `${hostileCount} of ${journal.length + hostileCount} entries were dropped: entry `,
  );
  await expect(inspector.region.getByRole('alert')).toContainText('`at` is not a time');
  await expect(inspector.rows).toHaveCount(journal.length);
  await page.screenshot({ path: test.info().outputPath('hostile-har-notice.png') });
  await stillWorks(phone);
});
