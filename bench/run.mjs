// `npm run bench`: Tilecast's figures on the production build in headless Chromium, each beside a
// baseline measured in the same run. Prints one table and writes bench/results.json.
// Ratios and medians only: these machines are small and noisy.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { coldStart, firstPageBytes, pushToPixels } from './browser.mjs';
import { buildAll } from './build.mjs';
import { burstRows } from './burst-rows.mjs';
import { coreRows } from './core-rate.mjs';
import { pushAtJournal } from './journal-push.mjs';
import { journalAtScale } from './journal-scale.mjs';
import { relayRows } from './relay.mjs';
import {
  journalRows,
  launchBrowser,
  median,
  percentile,
  printTable,
  ratioRow,
  serve,
} from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const quick = process.argv.includes('--quick');
const n = (full, small) => (quick ? small : full);
// `--only=B1,B8` measures just those figures (developing one figure on a busy machine).
const only = process.argv
  .find((arg) => arg.startsWith('--only='))
  ?.slice('--only='.length)
  .toUpperCase()
  .split(',');
const want = (id) => !only || only.includes(id);
process.chdir(root);

// `--no-build` reuses the last build (measuring again without changing the code).
if (!process.argv.includes('--no-build')) await buildAll(here);

// BENCH_PORT moves the three servers (two benches on one machine must not share ports).
const port = Number(process.env.BENCH_PORT ?? 4350);
const app = await serve(resolve(root, 'vite.config.ts'), port);
const blank = await serve(resolve(here, 'vite.pages.config.ts'), port + 1, { BENCH_PAGE: 'blank' });
const bare = await serve(resolve(here, 'vite.pages.config.ts'), port + 2, { BENCH_PAGE: 'bare' });
const browser = await launchBrowser();
const rows = [];
/** B1's bare p50, for B6's "added on top of the in-page round trip". */
let base1Median;
const fresh = async (fn) => {
  const context = await browser.newContext();
  try {
    return await fn(await context.newPage());
  } finally {
    await context.close();
  }
};

try {
  if (want('B1')) await b1();
  if (want('B2')) await b2();
  if (want('B8')) await b8();
  if (want('B6')) await b6();
  if (want('B3')) await b3();
  if (want('B4')) await b4();
  if (want('B5')) await b5();
} finally {
  await browser.close();
  await Promise.all([app.close(), blank.close(), bare.close()]);
}

async function b1() {
  // B1: push → pixels.
  // In alternating rounds (bare page, then Tilecast, five times), pooled: a shared machine's
  // load drifts over a minute, and both sides should see the same drift.
  // Eight rounds (issue 21): p99 at 1.5× is the noisiest target, so it gets more samples.
  const rounds = n(8, 2);
  const pushes = n(100, 50);
  console.log(`bench: B1 push → pixels, ${rounds} rounds of ${pushes} pushes each…`);
  const base1 = [];
  const tc1 = [];
  for (let round = 0; round < rounds; round++) {
    base1.push(...(await fresh((page) => pushToPixels(page, bare.url, { pushes, bare: true }))));
    tc1.push(...(await fresh((page) => pushToPixels(page, app.url, { pushes, bare: false }))));
  }
  for (const [p, most] of [
    [50, 1.3],
    [99, 1.5],
  ]) {
    const [value, baseline] = [percentile(tc1, p), percentile(base1, p)];
    rows.push(
      ratioRow({ id: 'B1', figure: `push → pixels p${p}`, unit: 'ms', value, baseline, most }),
    );
  }
  base1Median = percentile(base1, 50);
}

async function b2() {
  // B2: bursts.
  const total = n(10_000, 2_000);
  const bursts = n(3, 1);
  console.log(`bench: B2 ${bursts} burst(s) of ${total}, 64 in flight, 100 channels…`);
  rows.push(...(await burstRows({ fresh, app: app.url, bare: bare.url, total, bursts })));
}

async function b8() {
  // B8: push → pixels at a full journal ring against an empty journal, same page, same run.
  const rounds = n(8, 2);
  const pushes = n(100, 50);
  const size = 50_000;
  console.log(`bench: B8 push → pixels at ${size} journal entries, ${rounds} rounds…`);
  const { empty, full } = await pushAtJournal(fresh, app.url, {
    rounds,
    pushes,
    size,
    file: resolve(here, '.build/journal-50k.json'),
  });
  for (const [p, most] of [
    [50, 1.2],
    [99, 1.5],
  ]) {
    const [value, baseline] = [percentile(full, p), percentile(empty, p)];
    const figure = `push → pixels p${p} at 50,000 entries`;
    rows.push(ratioRow({ id: 'B8', figure, unit: 'ms', value, baseline, most }));
  }
}

async function b6() {
  // B6: relay round trip. Before B3, whose 100,000-entry journal file is built in this very
  // process, which also runs the relay: its garbage collections would land in the round trips.
  const rounds = n(5, 2);
  const trips = n(200, 100);
  console.log(`bench: B6 relay round trip, ${rounds} rounds of ${trips} requests each…`);
  rows.push(...(await relayRows({ fresh, app: app.url, rounds, trips, base1Median })));
}

async function b3() {
  // B3: the journal at 100,000 entries.
  const size = n(100_000, 20_000);
  console.log(`bench: B3 journal at ${size} entries…`);
  const found = await fresh((page) =>
    journalAtScale(page, app.url, {
      size,
      searches: n(7, 3),
      file: resolve(here, '.build/journal.json'),
    }),
  );
  rows.push(...journalRows(size, found));
}

async function b4() {
  // B4: first page bytes.
  console.log('bench: B4 first-page bytes…');
  const tc4 = await firstPageBytes(browser, app.url, () => window.tilecast.ready);
  const base4 = await firstPageBytes(
    browser,
    blank.url,
    () =>
      new Promise((r) => (document.readyState === 'complete' ? r() : addEventListener('load', r))),
  );
  rows.push({
    id: 'B4',
    figure: 'first page JS+CSS (gzip)',
    unit: 'KB',
    value: tc4 / 1024,
    baseline: base4 / 1024,
    ratio: tc4 / base4,
    target: '≤ 170 KB',
    pass: tc4 / 1024 <= 170,
  });
}

async function b5() {
  // B5: cold start.
  const runs = n(9, 3);
  console.log(`bench: B5 cold start, ${runs} runs each…`);
  const tc5 = [];
  const base5 = [];
  for (let i = 0; i < runs; i++) {
    base5.push(await coldStart(browser, blank.url, { tilecast: false }));
    tc5.push(await coldStart(browser, app.url, { tilecast: true }));
  }
  rows.push(
    ratioRow({
      id: 'B5',
      figure: 'cold start → ready (median)',
      unit: 'ms',
      value: median(tc5),
      baseline: median(base5),
      most: 2.5,
    }),
  );
}

// B7: protocol core in Node.
if (want('B7')) {
  console.log('bench: B7 protocol core in Node…');
  rows.push(await coreRows(n(7, 3)));
}

console.log('');
printTable(rows);
mkdirSync(here, { recursive: true });
writeFileSync(
  resolve(here, 'results.json'),
  JSON.stringify({ quick, at: new Date().toISOString(), rows }, null, 2),
);
console.log('\nbench: wrote bench/results.json');
