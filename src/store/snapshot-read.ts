import { SNAPSHOT_VERSION, type Snapshot } from './persistence';
import type { Dropped } from './schema/journal-entry';
import { readStoredParts } from './schema/snapshot';

// Its own module, loaded by restore() only when a stored record exists (see persistence.ts).

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Checks a stored record before it may replace the state. Each part is checked on its own: a
 * bad journal entry, app, credential or channel is dropped and named, and the rest kept. Only a
 * record that is not a snapshot (another version, no phone or service) gives a `problem`.
 */
export function readSnapshot(
  raw: unknown,
): { snapshot: Snapshot; dropped: Dropped[] } | { problem: string } {
  if (!isObject(raw)) return { problem: 'the stored record is not an object' };
  if (raw.version !== SNAPSHOT_VERSION)
    return { problem: `it was saved in an incompatible format (version ${String(raw.version)})` };
  // Without the phone and the service there is nothing to restore around: start as new.
  if (!isObject(raw.service) || !isObject(raw.device))
    return { problem: 'the stored phone or push service is missing' };
  const { parts, dropped } = readStoredParts(raw);
  return { snapshot: { version: SNAPSHOT_VERSION, ...parts }, dropped };
}
