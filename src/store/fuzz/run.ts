import fc from 'fast-check';
import type { RequestSpec } from './arbitraries';
import { fixture, runStep, step, type Step } from './fixture';

export type Focus = 'wns' | 'mpns' | 'token' | 'any';

/** Leans most requests toward one service, matching headers and body, so more get accepted. */
function focused(focus: Focus): fc.Arbitrary<Step> {
  return fc.tuple(step, fc.nat(3)).map(([s, roll]): Step => {
    if (s.kind !== 'request' || roll === 0) return s;
    const { url, headers, body } = s.spec;
    // The body's kind follows X-WNS-Type / X-WindowsPhone-Target, so some payloads match.
    const kind = roll === 1 ? body.kind : headers.type;
    if (focus === 'any') return { kind: 'request', spec: { ...s.spec, body: { ...body, kind } } };
    const spec: RequestSpec = {
      ...s.spec,
      url: { ...url, target: focus === 'mpns' && roll === 3 ? 'mpnsSecure' : focus },
      headers: { ...headers, style: focus },
      body: { ...body, kind, source: roll === 2 ? body.source : focus },
    };
    return { kind: 'request', spec };
  });
}

/** What a fuzz run covered: requests sent, how many were accepted (200) and how many shown. */
export type FuzzReport = {
  requests: number;
  accepted: number;
  shown: number;
  runs: number;
  ms: number;
};

/**
 * Runs `runs` generated sessions (a fresh phone, then up to 12 steps) and checks every
 * invariant after every step. Returns how many requests were sent and how long it took.
 */
export function fuzz(focus: Focus, runs: number, seed: number): FuzzReport {
  let requests = 0;
  let accepted = 0;
  let shown = 0;
  const started = performance.now();
  fc.assert(
    fc.property(fc.nat(), fc.array(focused(focus), { minLength: 1, maxLength: 12 }), (s, steps) => {
      const f = fixture(s);
      for (const one of steps) {
        const entry = runStep(f, one);
        if (!entry) continue;
        requests++;
        if (entry.response.status === 200) accepted++;
        if (entry.outcomes.some((o) => o.kind === 'shown')) shown++;
      }
    }),
    { numRuns: runs, seed, endOnFailure: true },
  );
  return { requests, accepted, shown, runs, ms: Math.round(performance.now() - started) };
}

/** Four files × 5,200 runs × ~5.2 requests a run: over 100,000 requests per CI run. */
export const FUZZ_RUNS = 5_200;
export const MIN_REQUESTS = FUZZ_RUNS * 4.8;
