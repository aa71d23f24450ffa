import fc from 'fast-check';
import { encodeUtf8 } from '../../protocol/http';
import type { AppRunState, ConnectionState } from '../../device';
import { createTilecastStore, type TilecastStore } from '../store';
import type { JournalEntry, RequestEntry } from '../journal';
import { requestOf, requestSpec, type RequestSpec } from './arbitraries';

/** A phone with a WNS channel (and its token), an MPNS channel and an authenticated one. */
export type Fixture = {
  store: TilecastStore;
  wnsUri: string;
  mpnsUri: string;
  mpnsSecureUri: string;
  bearer: string;
  tokenForm: string;
};

export function fixture(seed: number): Fixture {
  let t = 1_700_000_000_000;
  const store = createTilecastStore({ seed, realNow: () => t++ });
  const wns = store.getState().openChannel({ service: 'wns' });
  const mpns = store.getState().openChannel({ service: 'mpns', app: 'Fuzz MPNS' });
  const secure = store.getState().openChannel({
    service: 'mpns',
    app: 'Fuzz Secure',
    authenticated: true,
  });
  const tokenForm = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: wns.credentials!.clientId,
    client_secret: wns.credentials!.clientSecret,
    scope: 'notify.windows.com',
  }).toString();
  const answer = store.getState().receive({
    method: 'POST',
    url: 'https://login.live.com/accesstoken.srf',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: encodeUtf8(tokenForm),
  });
  const bearer = (JSON.parse(answer.body) as { access_token: string }).access_token;
  return {
    store,
    wnsUri: wns.uri,
    mpnsUri: mpns.uri,
    mpnsSecureUri: secure.uri,
    bearer,
    tokenForm,
  };
}

/** One thing that happens to the phone: a request, or a change around it. */
export type Step =
  | { kind: 'request'; spec: RequestSpec }
  | { kind: 'connection'; value: ConnectionState }
  | { kind: 'clock'; ms: number }
  | { kind: 'app'; runState: AppRunState };

export const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 20, arbitrary: requestSpec.map((spec) => ({ kind: 'request' as const, spec })) },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom<ConnectionState>('connected', 'tempDisconnected', 'disconnected', 'inactive')
      .map((value) => ({ kind: 'connection' as const, value })),
  },
  {
    weight: 1,
    // Mostly minutes (batching classes, throttling windows), sometimes days (token, TTL, tiles).
    arbitrary: fc
      .oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 4 * 86_400_000 }))
      .map((ms) => ({ kind: 'clock' as const, ms })),
  },
  {
    weight: 1,
    arbitrary: fc
      .constantFrom<AppRunState>('notRunning', 'background', 'foreground')
      .map((runState) => ({ kind: 'app' as const, runState })),
  },
);

/** Documented status sets: MPNS §1.4, WNS §2.5, the token endpoint, and 404 off-service. */
export const STATUSES: Record<RequestEntry['service'] | 'token', number[]> = {
  mpns: [200, 400, 401, 404, 405, 406, 412, 503],
  wns: [200, 400, 401, 403, 404, 405, 406, 410, 413, 500, 503],
  token: [200, 400, 405],
  unknown: [404],
};

const lastRequest = (journal: JournalEntry[]) => journal.at(-1) as RequestEntry;

/**
 * Runs one step and checks the invariants of issue 11; returns the request's journal entry.
 * Throws (failing the property) with a message naming the broken invariant.
 */
export function runStep(f: Fixture, s: Step): RequestEntry | undefined {
  const state = f.store.getState();
  if (s.kind === 'connection') state.setConnection(s.value);
  else if (s.kind === 'clock') state.advanceClock(s.ms);
  else if (s.kind === 'app') {
    const app = Object.values(state.device.apps)[0];
    if (app) state.setAppState(app.appId, s.runState);
  }
  if (s.kind !== 'request') {
    checkFates(f.store.getState().journal.toArray());
    return undefined;
  }
  const request = requestOf(s.spec, f);
  const before = state.journal.length;
  const response = state.receive(request);
  const journal = f.store.getState().journal.toArray();
  if (journal.length !== before + 1) throw new Error(`journal grew by ${journal.length - before}`);
  const entry = lastRequest(journal);
  if (entry.kind !== 'request' || entry.response !== response)
    throw new Error('the new journal entry is not this request');
  const key = entry.type === 'token' ? 'token' : entry.service;
  const allowed = STATUSES[key] ?? [];
  if (!allowed.includes(response.status))
    throw new Error(`status ${response.status} is not in the ${key} set ${allowed.join(',')}`);
  if (response.status === 200 && key !== 'token' && key !== 'unknown') checkAccepted(entry);
  checkFates(journal.slice(-1));
  return entry;
}

/** An accepted notification has a fate (shown, dropped, held) or the response names why not. */
function checkAccepted(entry: RequestEntry) {
  if (entry.outcomes.length > 0) return;
  const status =
    entry.response.headers['X-WNS-Status'] ?? entry.response.headers['X-NotificationStatus'];
  if (!status || status === 'received' || status === 'Received' || !entry.verdict.summary)
    throw new Error(
      `accepted ${entry.service} notification with no fate: ${entry.verdict.summary}`,
    );
}

function checkFates(entries: JournalEntry[]) {
  for (const entry of entries) {
    if (entry.kind !== 'request') continue;
    for (const fate of entry.outcomes) {
      const named = fate.kind === 'shown' ? fate.detail : fate.reason;
      if (typeof named !== 'string' || named.trim() === '')
        throw new Error(`a ${fate.kind} fate without a reason on ${entry.id}`);
    }
  }
}
