import fc from 'fast-check';
import { expect, it } from 'vitest';
import { eventModel } from './agree';
import { journeyStep, newPhone, runJourneyStep } from './journey';

// Issue 20: the journal's fates, phone() and the events are one record, not three. After every
// step of a random journey (installs, channels, pushes of every kind through MPNS and WNS,
// connection and app-state changes, clock advances) they agree.
it('the journal, phone() and the events agree at every step', () => {
  let steps = 0;
  let events = 0;
  fc.assert(
    fc.property(
      fc.nat(),
      fc.array(journeyStep, { minLength: 1, maxLength: 30 }),
      (seed, journey) => {
        const store = newPhone(seed);
        const model = eventModel();
        model.check(store);
        for (const step of journey) {
          runJourneyStep(store, step);
          model.check(store);
          steps++;
        }
        events += store.getState().eventLog().events.length;
      },
    ),
    { numRuns: 400, seed: 20, endOnFailure: true },
  );
  console.info(`events agree: ${steps} steps, ${events} events`);
  // Not vacuous: the journeys made the phone do things.
  expect(events).toBeGreaterThan(steps / 4);
}, 120_000);
