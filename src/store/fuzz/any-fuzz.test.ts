import { expect, it } from 'vitest';
import { fuzz, FUZZ_RUNS as RUNS, MIN_REQUESTS } from './run';

// Issue 11: the core never throws; statuses stay in SPEC's sets (§1.4, §2.5); one journal
// entry per request; every accepted notification gets a fate or a named reason.
it('any: generated requests keep every core invariant', () => {
  const report = fuzz('any', RUNS, 4);
  console.info(
    `fuzz any: ${report.requests} requests (${report.accepted} accepted, ${report.shown} shown) in ${report.runs} runs, ${report.ms} ms`,
  );
  expect(report.requests).toBeGreaterThanOrEqual(MIN_REQUESTS);
  // Not only refusals: some requests reach the phone and are shown there.
  expect(report.shown).toBeGreaterThan(0);
}, 120_000);
