// B3 in the page: the journal at scale (imported as a journal file), searched through the UI.
import { writeFileSync } from 'node:fs';
import { prepareChannels } from './browser.mjs';

/**
 * B3: the journal at `size` entries (imported as a journal file): free-text search time until
 * the list shows the one match, JS heap after GC, and journal rows in the DOM.
 */
export async function journalAtScale(page, url, { size, searches, file }) {
  await page.goto(url);
  await page.evaluate(() => window.tilecast.ready);
  const channel = await prepareChannels(page, 1);
  await page.evaluate(async ({ uri, token }) => {
    await fetch(uri, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${token}`,
        'Content-Type': 'text/xml',
        'X-WNS-Type': 'wns/toast',
      },
      body: '<toast><visual><binding template="ToastText02"><text id="1">Goal</text><text id="2">scale</text></binding></visual></toast>',
    });
  }, channel[0]);
  const template = await page.evaluate(() => window.tilecast.journal().at(-1));
  const entries = Array.from({ length: size }, (_, i) => ({
    ...template,
    id: `entry-${i + 1}`,
    seq: i + 1,
    msgId: `${template.msgId}-${i}`,
    request: { ...template.request, body: `${template.request.body}<!-- marker-${i} -->` },
  }));
  writeFileSync(file, JSON.stringify({ format: 'tilecast-journal', version: 1, entries }));
  // The ring keeps 50,000 by default: make room first. Wait on the list's count, not on
  // `tilecast.journal()`, which returns a deep copy (100,000 entries per poll).
  const ring = page.getByLabel('Ring size (entries kept)');
  await ring.fill(String(size));
  await ring.press('Enter');
  await page.getByLabel('Import journal (HAR or JSON)').setInputFiles(file);
  await page
    .getByRole('search', { name: 'Filter journal' })
    .getByRole('status')
    .filter({ hasText: new RegExp(`^${size} entries$`) })
    .waitFor({ timeout: 120_000 });

  const times = [];
  for (let k = 0; k < searches; k++) {
    const marker = `marker-${Math.floor(((k + 0.5) / searches) * size)} -->`;
    times.push(
      await page.evaluate(async (query) => {
        const input = document.querySelector('[aria-label="Search journal"]');
        const list = document.querySelector('[aria-label="Journal entries"]');
        const rows = () => list.querySelectorAll('[role="listitem"]').length;
        const setValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set;
        const type = (value) => {
          setValue.call(input, value);
          input.dispatchEvent(new Event('input', { bubbles: true }));
        };
        const until = (done) =>
          new Promise((resolve) => {
            if (done()) return resolve();
            const observer = new MutationObserver(() => {
              if (done()) {
                observer.disconnect();
                resolve();
              }
            });
            observer.observe(list, { subtree: true, childList: true });
          });
        const t0 = performance.now();
        type(query);
        await until(() => rows() === 1);
        const elapsed = performance.now() - t0;
        type('');
        await until(() => rows() > 1);
        return elapsed;
      }, marker),
    );
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  const domRows = await page.locator('[aria-label="Journal entries"] [role="listitem"]').count();
  return { times, heapMB: usedSize / 1024 / 1024, domRows };
}
