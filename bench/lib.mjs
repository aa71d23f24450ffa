// Small helpers for the benchmark runner: statistics, servers, the browser, the report.
import { chromium } from '@playwright/test';
import { preview } from 'vite';
import { systemChromium } from '../e2e/system-chromium.mjs';

/** The core entry build.mjs builds (bench/core-entry.ts): the protocol core, the cloud client. */
export const core = () => import(new URL('.build/core/core.mjs', import.meta.url).href);

export const median = (xs) => percentile(xs, 50);
export function percentile(xs, p) {
  const sorted = [...xs].sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank];
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: systemChromium(),
    args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Serves a built output with `vite preview`; `env` is applied while the config loads. */
export async function serve(configFile, port, env = {}) {
  Object.assign(process.env, env);
  const server = await preview({
    configFile,
    logLevel: 'warn',
    preview: { port, strictPort: true, host: '127.0.0.1' },
  });
  return { url: `http://127.0.0.1:${port}/`, close: () => server.close() };
}

/**
 * A figure beside its baseline from the same run. `most` / `least`: the ratio's target
 * (≤ most×, ≥ least×; `target` words it otherwise); with neither, a reading aid printed
 * without a verdict.
 */
export function ratioRow({ id, figure, unit, value, baseline, most, least, target }) {
  const row = { id, figure, unit, value, baseline, ratio: value / baseline };
  if (most !== undefined)
    return { ...row, target: target ?? `≤ ${most}×`, pass: row.ratio <= most };
  if (least !== undefined)
    return { ...row, target: target ?? `≥ ${least}×`, pass: row.ratio >= least };
  return { ...row, target: '—', pass: undefined };
}

const fmt = (n, unit) =>
  Number.isFinite(n) ? `${Number(n.toPrecision(4))}${unit ? ` ${unit}` : ''}` : '—';

/** Prints one table: figure, measured, baseline, ratio, target, verdict. */
export function printTable(rows) {
  const lines = rows.map((r) => [
    r.id,
    r.figure,
    fmt(r.value, r.unit),
    r.baseline === undefined ? '—' : fmt(r.baseline, r.unit),
    r.ratio === undefined ? '—' : `${r.ratio.toFixed(2)}×`,
    r.target,
    r.pass === undefined ? '' : r.pass ? 'met' : 'MISSED',
  ]);
  const header = ['#', 'figure', 'measured', 'baseline', 'ratio', 'target', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => String(l[i]).length)));
  const row = (cells) => '| ' + cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |';
  console.log(row(header));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const l of lines) console.log(row(l));
}

/** The three B3 rows (issue 10) from a `journalAtScale` result. */
export const journalRows = (size, b3) => [
  {
    id: 'B3',
    figure: `search at ${size} entries (median)`,
    unit: 'ms',
    value: median(b3.times),
    target: '≤ 100 ms',
    pass: median(b3.times) <= 100,
  },
  {
    id: 'B3',
    figure: 'JS heap after GC',
    unit: 'MB',
    value: b3.heapMB,
    target: '≤ 300 MB',
    pass: b3.heapMB <= 300,
  },
  {
    id: 'B3',
    figure: 'journal rows in the DOM',
    value: b3.domRows,
    target: '≤ 200',
    pass: b3.domRows <= 200,
  },
];
