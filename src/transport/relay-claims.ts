import type { TunnelClaims } from '../protocol/tunnel';
import { ownedClaims, type RelayClaims, type TilecastStore } from '../store';

/** How long an API call waits for the relay to take a new claim before it goes on anyway. */
export const SETTLE_TIMEOUT_MS = 2000;

/**
 * Keeps the relay's copy of this tab's claims current. It sends only when the set changes (not
 * per push), and lets the automation API wait until the relay holds what the tab owns, so a
 * back end told a channel URI is never routed elsewhere because the claim was still in flight.
 */
export function claimsSync(send: (message: TunnelClaims) => void) {
  let seq = 0;
  let acked = 0;
  let lastKey: string | undefined;
  let open = false;
  const sent = new Map<number, RelayClaims>();
  const waiters: { seq: number; done: () => void }[] = [];

  const release = (all: boolean) => {
    for (const waiter of waiters.splice(0))
      if (all || waiter.seq <= acked) waiter.done();
      else waiters.push(waiter);
  };

  return {
    /** The socket opened (again): the relay knows nothing of this tab yet. */
    opened(claims: RelayClaims) {
      open = true;
      lastKey = undefined;
      this.update(claims);
    },
    /** The socket closed: there is nothing to wait for until it opens again. */
    closed() {
      open = false;
      sent.clear();
      release(true);
    },
    /** The store changed: tell the relay if what this tab owns did. */
    update(claims: RelayClaims) {
      if (!open) return;
      const key = JSON.stringify(claims);
      if (key === lastKey) return;
      lastKey = key;
      seq += 1;
      sent.set(seq, claims);
      send({ type: 'claims', seq, ...claims });
    },
    /** The relay's status acknowledged claims `ackSeq`: what it now routes to this tab. */
    acknowledged(ackSeq: number): RelayClaims | undefined {
      const claims = sent.get(ackSeq);
      if (claims === undefined) return undefined; // from before a reconnect
      for (const old of sent.keys()) if (old < ackSeq) sent.delete(old);
      acked = Math.max(acked, ackSeq);
      release(false);
      return claims;
    },
    /**
     * Resolves once the relay holds every claim sent so far; at once when there is no relay,
     * and after SETTLE_TIMEOUT_MS at most. `connecting`: the first socket is still opening.
     */
    settled(connecting = false): Promise<void> {
      if (!connecting && (!open || acked >= seq)) return Promise.resolve();
      return new Promise((resolve) => {
        const timer = setTimeout(resolve, SETTLE_TIMEOUT_MS);
        // While connecting, the claims are not sent yet: wait for the one `opened` will send.
        const target = connecting ? seq + 1 : seq;
        waiters.push({
          seq: target,
          done: () => {
            clearTimeout(timer);
            resolve();
          },
        });
      });
    },
  };
}

/**
 * Calls `listener` with what the tab owns whenever its channels or apps change. A push changes
 * the service's state but neither of those, so it costs two reference checks here.
 */
export function watchOwnedClaims(
  store: TilecastStore,
  listener: (claims: RelayClaims) => void,
): () => void {
  return store.subscribe((state, previous) => {
    const { channels, apps } = state.service;
    if (channels === previous.service.channels && apps === previous.service.apps) return;
    listener(ownedClaims(state.service));
  });
}
