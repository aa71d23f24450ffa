// In-page measurements. Each function runs in a fresh page of the given URL.
import { gzipSync } from 'node:zlib';
import { core } from './lib.mjs';

/** Opens `count` WNS channels (one app each) and takes a token for each, from the page. */
export async function prepareChannels(page, count) {
  const { createCloud, pageFetch } = await core();
  const cloud = createCloud(pageFetch(page));
  const out = [];
  for (let i = 0; i < count; i++) {
    const app = i === 0 ? 'Contoso News' : `Bench App ${i}`;
    const channel = await page.evaluate(
      (app) => window.tilecast.openChannel({ service: 'wns', app }),
      app,
    );
    out.push({ uri: channel.uri, token: await cloud.token(channel) });
  }
  return out;
}

const fakeChannels = (n) =>
  Array.from({ length: n }, (_, i) => ({
    uri: `https://db5.notify.windows.com/?token=AwYAAAA${i}`,
    token: 'EgAbench',
  }));

/** B1: fetch() start → the pushed text in the DOM, per push; baseline: the bare round trip. */
export async function pushToPixels(page, url, { pushes, bare, before }) {
  await page.goto(url);
  await page.evaluate(() => (window.tilecast ?? { ready: window.bareReady }).ready);
  // B8: the page's state before the pushes (a full journal).
  if (before) await before();
  const [wns] = bare ? fakeChannels(1) : await prepareChannels(page, 1);
  const mpns = bare
    ? 'http://sn1.notify.live.net/throttledthirdparty/01.00/AQGbench'
    : (
        await page.evaluate(() =>
          window.tilecast.openChannel({ service: 'mpns', app: 'Bench Mail' }),
        )
      ).uri;
  return page.evaluate(
    async ({ wns, mpns, pushes, bare }) => {
      // Mixed traffic, as the issue asks: WNS toast, WNS tile, MPNS toast.
      const requests = [
        (text) => [
          wns.uri,
          { 'X-WNS-Type': 'wns/toast', Authorization: `Bearer ${wns.token}` },
          `<toast><visual><binding template="ToastText02"><text id="1">${text}</text><text id="2">benchmark</text></binding></visual></toast>`,
        ],
        (text) => [
          wns.uri,
          { 'X-WNS-Type': 'wns/tile', Authorization: `Bearer ${wns.token}` },
          `<tile><visual><binding template="TileSquare150x150Text04"><text id="1">${text}</text></binding></visual></tile>`,
        ],
        (text) => [
          mpns,
          { 'X-WindowsPhone-Target': 'toast', 'X-NotificationClass': '2' },
          `<?xml version="1.0" encoding="utf-8"?><wp:Notification xmlns:wp="WPNotification"><wp:Toast><wp:Text1>${text}</wp:Text1></wp:Toast></wp:Notification>`,
        ],
      ];
      // The toast and tile DOM is the phone's: watch it rather than the whole page (the
      // inspector repeats the text in its journal row a frame later).
      const phone = document.querySelector('section[aria-label="Phone"]');
      const shown = (marker) =>
        new Promise((resolve) => {
          const check = () => phone.textContent.includes(marker);
          if (check()) return resolve();
          const observer = new MutationObserver(() => {
            if (check()) {
              observer.disconnect();
              resolve();
            }
          });
          observer.observe(phone, { subtree: true, childList: true, characterData: true });
        });
      const samples = [];
      for (let i = 0; i < pushes + 21; i++) {
        const marker = `push-${i}-${Math.random().toString(36).slice(2)}`;
        const [target, headers, body] = requests[i % requests.length](marker);
        const t0 = performance.now();
        const visible = bare ? null : shown(marker);
        const response = await fetch(target, {
          method: 'POST',
          headers: { 'Content-Type': 'text/xml', ...headers },
          body,
        });
        await response.arrayBuffer();
        if (visible) await visible;
        if (i >= 21) samples.push(performance.now() - t0); // the first 21 warm up
      }
      return samples;
    },
    { wns, mpns, pushes, bare },
  );
}

/** B2: a burst of pushes over many channels with a fixed number in flight. */
export async function burst(page, url, { total, inFlight, channelCount, bare }) {
  await page.goto(url);
  await page.evaluate(() => (window.tilecast ?? { ready: window.bareReady }).ready);
  const channels = bare ? fakeChannels(channelCount) : await prepareChannels(page, channelCount);
  return page.evaluate(
    async ({ channels, total, inFlight, bare }) => {
      let longest = 0;
      const observer = new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) longest = Math.max(longest, entry.duration);
      });
      observer.observe({ type: 'longtask', buffered: false });
      const journalBefore = bare ? 0 : window.tilecast.journal().length;
      const statuses = {};
      let next = 0;
      const t0 = performance.now();
      const worker = async () => {
        while (next < total) {
          const i = next++;
          const channel = channels[i % channels.length];
          const response = await fetch(channel.uri, {
            method: 'POST',
            headers: {
              Authorization: `Bearer ${channel.token}`,
              'Content-Type': 'text/xml',
              'X-WNS-Type': 'wns/toast',
            },
            body: `<toast><visual><binding template="ToastText01"><text id="1">burst ${i}</text></binding></visual></toast>`,
          });
          await response.arrayBuffer();
          statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        }
      };
      await Promise.all(Array.from({ length: inFlight }, worker));
      const elapsed = performance.now() - t0;
      // Let the last frame render so long tasks from the tail are counted.
      await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 50)));
      observer.disconnect();
      let entries = 0;
      const outcomes = {};
      const journalStatuses = {};
      if (!bare) {
        const journal = window.tilecast.journal().slice(journalBefore);
        entries = journal.length;
        for (const e of journal) {
          const fate = e.outcomes?.at(-1)?.kind ?? 'none';
          outcomes[fate] = (outcomes[fate] ?? 0) + 1;
          const status = e.response?.status;
          journalStatuses[status] = (journalStatuses[status] ?? 0) + 1;
        }
      }
      const responses = Object.values(statuses).reduce((a, b) => a + b, 0);
      return {
        elapsed,
        throughput: (total / elapsed) * 1000,
        longest,
        statuses,
        journalStatuses,
        responses,
        entries,
        outcomes,
      };
    },
    { channels, total, inFlight, bare },
  );
}

/** B4: JS and CSS the page transfers until it is interactive, gzip-compressed as a server would. */
export async function firstPageBytes(browser, url, interactive) {
  const context = await browser.newContext();
  const page = await context.newPage();
  const bodies = [];
  page.on('response', (response) => {
    const type = response.request().resourceType();
    if (type === 'script' || type === 'stylesheet')
      bodies.push(response.body().catch(() => Buffer.alloc(0)));
  });
  await page.goto(url);
  await page.evaluate(interactive);
  const buffers = await Promise.all(bodies);
  await context.close();
  return buffers.reduce((sum, b) => sum + gzipSync(b, { level: 9 }).length, 0);
}

/** B5: navigation → ready (Tilecast's mark) or → load event (baseline), in a cold context. */
export async function coldStart(browser, url, { tilecast }) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(url);
  const ms = await page.evaluate(async (isTilecast) => {
    if (isTilecast) {
      await window.tilecast.ready;
      return performance.getEntriesByName('tilecast:ready')[0].startTime;
    }
    return performance.getEntriesByType('navigation')[0].loadEventEnd;
  }, tilecast);
  await context.close();
  return ms;
}
