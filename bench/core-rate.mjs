// B7: the protocol core in Node (parse, validate, decide) against fast-xml-parser's bare parse
// of the same payloads, in alternating rounds of 300 ms each.
import { core, median, ratioRow } from './lib.mjs';

/** B7's table row; `rounds` rounds of each. */
export async function coreRows(rounds) {
  const { payloads, setup, bareParse } = await core();
  const xmls = payloads();
  const { decide, requests } = setup(xmls);
  const rate = (fn) => {
    const started = performance.now();
    let ops = 0;
    while (performance.now() - started < 300) for (let i = 0; i < 50; i++) fn(ops++ % xmls.length);
    return (ops / (performance.now() - started)) * 1000;
  };
  const coreRates = [];
  const bareRates = [];
  for (let i = 0; i < rounds; i++) {
    bareRates.push(rate((i) => bareParse(xmls[i])));
    coreRates.push(rate((i) => decide(requests[i])));
  }
  return ratioRow({
    id: 'B7',
    figure: 'core: parse+validate+decide',
    unit: '/s',
    value: median(coreRates),
    baseline: median(bareRates),
    least: 0.33,
  });
}
