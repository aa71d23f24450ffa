// B8 (issue 21): push → pixels at a full journal ring (50,000 imported entries) against the same
// page at an empty journal, in alternating rounds of one run: a push must cost the same however
// much the journal holds.
import { writeFileSync } from 'node:fs';
import { prepareChannels, pushToPixels } from './browser.mjs';

/** One WNS toast's journal entry, from a page: the template of the imported journal. */
async function templateEntry(page, url) {
  await page.goto(url);
  await page.evaluate(() => window.tilecast.ready);
  const [channel] = await prepareChannels(page, 1);
  await page.evaluate(async ({ uri, token }) => {
    await fetch(uri, {
      method: 'POST',
      headers: { Authorization: `Bearer ${token}`, 'X-WNS-Type': 'wns/toast' },
      body: '<toast><visual><binding template="ToastText02"><text id="1">Imported</text><text id="2">a day of pushes</text></binding></visual></toast>',
    });
  }, channel);
  return page.evaluate(() => window.tilecast.journal().at(-1));
}

/** Imports the journal file through the inspector and waits until it is shown and stored. */
async function importJournal(page, file, size) {
  await page.getByLabel('Import journal (HAR or JSON)').setInputFiles(file);
  await page
    .getByRole('search', { name: 'Filter journal' })
    .getByRole('status')
    .filter({ hasText: new RegExp(`^${size} entries$`) })
    .waitFor({ timeout: 120_000 });
  // The first save after an import writes every entry: not part of what a push costs.
  await page.evaluate(() => window.tilecast.saved());
}

/** Samples (ms) per side: `empty` and `full`, pooled over alternating rounds. */
export async function pushAtJournal(fresh, url, { rounds, pushes, size, file }) {
  const template = await fresh((page) => templateEntry(page, url));
  const entries = Array.from({ length: size }, (_, i) => ({
    ...template,
    id: `entry-${i + 1}`,
    seq: i + 1,
    msgId: `${template.msgId}-${i}`,
  }));
  writeFileSync(file, JSON.stringify({ format: 'tilecast-journal', version: 1, entries }));
  const empty = [];
  const full = [];
  const run = {
    empty: () => fresh((page) => pushToPixels(page, url, { pushes, bare: false })),
    full: () =>
      fresh((page) =>
        pushToPixels(page, url, {
          pushes,
          bare: false,
          before: () => importJournal(page, file, size),
        }),
      ),
  };
  // Which side goes first alternates too, so neither always follows the other's garbage.
  for (let round = 0; round < rounds; round++)
    if (round % 2 === 0) {
      empty.push(...(await run.empty()));
      full.push(...(await run.full()));
    } else {
      full.push(...(await run.full()));
      empty.push(...(await run.empty()));
    }
  return { empty, full };
}
