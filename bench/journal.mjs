// `node bench/journal.mjs [size] [--no-build]`: only B3 (the journal at 100,000 entries), for
// working on the inspector without the whole `npm run bench`. Same measurement, same table format.
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { journalAtScale } from './journal-scale.mjs';
import { journalRows, launchBrowser, printTable, serve } from './lib.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const size = Number(process.argv.slice(2).find((arg) => !arg.startsWith('--')) ?? 100_000);
const searches = Number(process.env.BENCH_SEARCHES ?? 7);
process.chdir(root);

if (!process.argv.includes('--no-build')) await build({ logLevel: 'warn' });
mkdirSync(resolve(here, '.build'), { recursive: true });
const app = await serve(resolve(root, 'vite.config.ts'), Number(process.env.BENCH_PORT ?? 4353));
const browser = await launchBrowser();
try {
  const page = await (await browser.newContext()).newPage();
  const b3 = await journalAtScale(page, app.url, {
    size,
    searches,
    file: resolve(here, '.build/journal.json'),
  });
  console.log(`search times (ms): ${b3.times.map((t) => t.toFixed(1)).join(', ')}`);
  printTable(journalRows(size, b3));
} finally {
  await browser.close();
  await app.close();
}
