// B6: an external HTTP POST through the relay to the phone and back, against a trivial Node
// HTTP server on 127.0.0.1 answering 200 (the cost of HTTP itself).
import { createServer } from 'node:http';
import { core, median, ratioRow } from './lib.mjs';
import { playwrightPage, withPlainPage } from './plain-browser.mjs';

/** The WNS toast each relayed trip carries. */
const toast = (i) =>
  `<toast><visual><binding template="ToastText01"><text id="1">relay ${i}</text></binding></visual></toast>`;

async function roundTrips(send, count) {
  const samples = [];
  for (let i = 0; i < count + 20; i++) {
    const t0 = performance.now();
    const response = await send(i);
    await response.arrayBuffer();
    // A trip that was refused (no page, no channel) is fast and times nothing worth timing.
    if (response.status !== 200) throw new Error(`B6: trip ${i} answered ${response.status}`);
    if (i >= 20) samples.push(performance.now() - t0); // the first 20 warm up
  }
  return samples;
}

/** A trivial Node HTTP server answering 200; `trips(n)` times n round trips to it. */
export async function trivialServer() {
  const server = createServer((request, response) => {
    request.resume();
    request.on('end', () => response.writeHead(200, { 'Content-Length': '0' }).end());
  });
  await new Promise((resolve) => server.listen(4353, '127.0.0.1', resolve));
  return {
    trips: (count) =>
      roundTrips(
        () => fetch('http://127.0.0.1:4353/', { method: 'POST', body: '<toast/>' }),
        count,
      ),
    close: () => server.close(),
  };
}

/** Resolves once the page shows Tilecast's relay status as this tab being the active phone. */
function activePhone() {
  return new Promise((resolve) => {
    const check = () => {
      const status = document.querySelector('[role="status"][aria-label="Relay"]');
      if (window.tilecast && status?.textContent?.includes('this tab is the active phone'))
        window.tilecast.ready.then(() => resolve(true));
      else setTimeout(check, 50);
    };
    check();
  });
}

/**
 * Opens Tilecast in `page` (plain-browser.mjs: a plain page, or a Playwright one) and
 * waits for it to be the relay's phone; opens a channel and a token once, then `trips(n)`
 * times n WNS toasts pushed through the page's relay URI.
 */
export async function throughRelay(page, appUrl) {
  await page.open(appUrl);
  await page.evaluate(activePhone);
  const channel = await page.evaluate(() => window.tilecast.openChannel({ service: 'wns' }));
  const { createCloud } = await core();
  const cloud = createCloud(fetch, {
    tokenUrl: new URL('relay/login.live.com/accesstoken.srf', appUrl).href,
  });
  const relayed = { ...channel, uri: channel.relayUri };
  const access_token = await cloud.token(relayed);
  return {
    trips: (count) =>
      roundTrips(
        (i) =>
          fetch(channel.relayUri, {
            method: 'POST',
            headers: {
              Authorization: `Bearer ${access_token}`,
              'Content-Type': 'text/xml',
              'X-WNS-Type': 'wns/toast',
            },
            body: toast(i),
          }),
        count,
      ),
  };
}

/** The bare page's script: answers every tunnelled request at once with a canned 200. */
function answerAtOnce(path) {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(`ws://${location.host}${path}`);
    ws.onmessage = (event) => {
      const message = JSON.parse(event.data);
      if (message.type !== 'request') return;
      const answer = { type: 'response', id: message.id, status: 200, statusText: 'OK' };
      ws.send(JSON.stringify({ ...answer, headers: [], body: '' }));
    };
    ws.onopen = () => setTimeout(() => resolve(true), 200); // counted by the relay, status sent
    ws.onerror = () => reject(new Error('the relay socket did not open'));
  });
}

/**
 * B6's floor, for reading B6 (no target): a document of the app's origin that is not Tilecast
 * (its icon, an SVG: every other path falls back to the app's HTML) opens the relay's WebSocket
 * and answers every request at once. What the relay, Chromium's WebSocket and the page's two
 * hops cost with no emulator work at all. Run with no Tilecast page open, so the relay's one
 * page gets every request.
 */
export async function throughBarePage(page, appUrl) {
  const { RELAY_SOCKET_PATH } = await core();
  await page.open(new URL('favicon.svg', appUrl).href);
  await page.evaluate(answerAtOnce, RELAY_SOCKET_PATH);
  const uri = new URL('relay/db5.notify.windows.com/?token=bench-floor', appUrl).href;
  return {
    trips: (count) =>
      roundTrips(
        (i) =>
          fetch(uri, {
            method: 'POST',
            headers: { 'Content-Type': 'text/xml', 'X-WNS-Type': 'wns/toast' },
            body: toast(i),
          }),
        count,
      ),
  };
}

/**
 * B6's table rows. Rounds alternate with the trivial server and are pooled: on this shared
 * machine its own p50 moved between 0.44 and 1.27 ms from one minute to the next. B6 and its
 * floor use plain pages; the same relay with Playwright driving the page is shown beside them.
 * `base1Median` is B1's bare in-page p50, when B1 ran.
 */
export async function relayRows({ fresh, app, rounds, trips, base1Median }) {
  const trivial = await trivialServer();
  const base = [];
  const tc = [];
  const floor = [];
  const driven = [];
  const alternate = (open, through, into) =>
    open(async (page) => {
      const target = await through(page, app);
      for (let round = 0; round < rounds; round++) {
        base.push(...(await trivial.trips(trips)));
        into.push(...(await target.trips(trips)));
      }
    });
  try {
    await alternate(withPlainPage, throughRelay, tc);
    // With no Tilecast page open, so the floor's page is the relay's only one.
    await alternate(withPlainPage, throughBarePage, floor);
    await alternate((fn) => fresh((page) => fn(playwrightPage(page))), throughRelay, driven);
  } finally {
    trivial.close();
  }
  const b6 = (figure, samples, most) =>
    ratioRow({
      id: 'B6',
      figure,
      unit: 'ms',
      value: median(samples),
      baseline: median(base),
      most,
    });
  const rows = [
    b6('relay round trip p50', tc, 4),
    // Reading aids, without targets: no emulator work at all, and what a test suite's own
    // instrumentation adds (plain-browser.mjs).
    b6('floor: a page that answers at once', floor),
    b6('relay p50, Playwright driving the page', driven),
  ];
  if (base1Median === undefined) return rows;
  const added = median(tc) - base1Median;
  rows.push({
    id: 'B6',
    figure: 'relay p50 minus in-page bare p50',
    unit: 'ms',
    value: added,
    target: '≤ 15 ms',
    pass: added <= 15,
  });
  return rows;
}
