import { describe, expect, it } from 'vitest';
import { claimWriter, WRITER_LOCK } from './storage-role';

/** Web Locks' `ifAvailable` request as a browser answers it: the lock, or null when held. */
function fakeLocks() {
  const held = new Set<string>();
  return {
    held,
    request(name: string, _options: LockOptions, callback: (lock: Lock | null) => unknown) {
      const free = !held.has(name);
      if (free) held.add(name);
      const result = callback(free ? ({ name, mode: 'exclusive' } as Lock) : null);
      return Promise.resolve(result).finally(() => free && held.delete(name));
    },
  } as unknown as LockManager & { held: Set<string> };
}

describe('one tab saves the stored state', () => {
  it('the first tab gets the lock and keeps it; a second tab does not get it', async () => {
    const locks = fakeLocks();
    expect(await claimWriter(locks)).toBe(true);
    expect(locks.held.has(WRITER_LOCK)).toBe(true);
    expect(await claimWriter(locks)).toBe(false);
    expect(locks.held.has(WRITER_LOCK)).toBe(true);
  });

  it('saves as before where the browser has no Web Locks', async () => {
    expect(await claimWriter(null)).toBe(true);
  });
});
