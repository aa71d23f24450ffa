// B2 (issue 10): bursts of pushes, alternating the bare msw page and Tilecast. Each figure is the
// median over bursts, because where a garbage collection lands in a burst changes from one burst
// to the next.
import { burst } from './browser.mjs';
import { median, ratioRow } from './lib.mjs';

/** Runs `bursts` rounds (bare page, then Tilecast) and returns B2's table rows. */
export async function burstRows({ fresh, app, bare, total, bursts }) {
  const rows = [];
  const opts = { total, inFlight: 64, channelCount: 100 };
  const base = [];
  const tc = [];
  for (let round = 0; round < bursts; round++) {
    base.push(await fresh((page) => burst(page, bare, { ...opts, bare: true })));
    tc.push(await fresh((page) => burst(page, app, { ...opts, bare: false })));
  }
  const each = (runs, key) => runs.map((run) => run[key]);
  console.log(
    `bench: B2 longest task per burst: Tilecast ${each(tc, 'longest').join(', ')} ms;`,
    `bare ${each(base, 'longest').join(', ')} ms`,
  );
  const lost = tc.reduce((sum, run) => sum + (total - run.responses) + (total - run.entries), 0);
  rows.push({
    id: 'B2',
    figure: 'burst: lost responses + entries',
    value: lost,
    target: '0',
    pass: lost === 0,
  });
  // Counts per outcome: the statuses the burst received are the statuses the journal shows.
  const differing = tc.filter(
    (run) => JSON.stringify(run.statuses) !== JSON.stringify(run.journalStatuses),
  ).length;
  console.log(
    `bench: B2 journal outcomes per burst: ${tc.map((run) => JSON.stringify(run.outcomes)).join('; ')}`,
  );
  rows.push({
    id: 'B2',
    figure: 'bursts whose statuses differ from the journal',
    value: differing,
    target: '0',
    pass: differing === 0,
  });
  rows.push(
    ratioRow({
      id: 'B2',
      figure: 'burst throughput (median)',
      unit: '/s',
      value: median(each(tc, 'throughput')),
      baseline: median(each(base, 'throughput')),
      least: 1,
      target: '≥ 1.0×', // as issue 21 words it
    }),
  );
  const longest = median(each(tc, 'longest'));
  // The bare msw page's own longest task in the same bursts: the floor of the physical path.
  const baseLongest = median(each(base, 'longest'));
  rows.push({
    id: 'B2',
    figure: 'longest main-thread task (median)',
    unit: 'ms',
    value: longest,
    baseline: baseLongest,
    ratio: longest / baseLongest,
    target: '≤ bare page',
    pass: longest <= baseLongest,
    bursts: each(tc, 'longest'),
  });
  return rows;
}
