import { outcomeOf } from './events';
import { receive as receiveEvents } from './receive';

/** `receive` with the outcome its events give, for tests that check one notification's fate. */
export function receive(...args: Parameters<typeof receiveEvents>) {
  const result = receiveEvents(...args);
  return { ...result, outcome: outcomeOf(result.events) };
}
