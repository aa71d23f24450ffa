import type { Outcome } from '../device';
import { decodeUtf8 } from '../protocol/http';
import type { Diagnostic, PushRequest, PushResponse, PushServiceKind } from '../protocol/types';
import type { RequestKind, Verdict } from '../service';

/** Who sent a request: the in-page composer, a test through the page, later the relay. */
export type RequestSource = 'page' | 'composer';

/** One request, the service's verdict, its response and what the phone did. */
export type RequestEntry = {
  kind: 'request';
  id: string;
  seq: number;
  /** Virtual time the service received it. */
  at: number;
  source: RequestSource;
  service: PushServiceKind | 'unknown';
  type: RequestKind;
  appId?: string;
  request: {
    method: string;
    url: string;
    headers: Record<string, string>;
    body: string;
    size: number;
  };
  response: PushResponse;
  verdict: Verdict;
  /** The phone's fate for each accepted notification (none for refused requests). */
  outcomes: Outcome[];
};

/** Phone-side lifecycle with no HTTP request of its own: install, channel opened… */
export type LifecycleEntry = {
  kind: 'lifecycle';
  id: string;
  seq: number;
  at: number;
  appId: string;
  event: 'appInstalled' | 'channelOpened';
  detail: string;
};

export type JournalEntry = RequestEntry | LifecycleEntry;

export function requestEntry(
  seq: number,
  at: number,
  source: RequestSource,
  request: PushRequest,
  result: {
    response: PushResponse;
    verdict: Verdict;
    service: RequestEntry['service'];
    kind: RequestKind;
    appId?: string;
  },
  outcomes: Outcome[],
): RequestEntry {
  return {
    kind: 'request',
    id: `entry-${seq}`,
    seq,
    at,
    source,
    service: result.service,
    type: result.kind,
    appId: result.appId,
    request: {
      method: request.method,
      url: request.url,
      headers: { ...request.headers },
      body: decodeUtf8(request.body),
      size: request.body.byteLength,
    },
    response: result.response,
    verdict: result.verdict,
    outcomes,
  };
}

/** The first diagnostic that explains an entry: the service's, else the phone's. */
export function entryDiagnostic(entry: RequestEntry): Diagnostic | undefined {
  if (entry.verdict.diagnostic) return entry.verdict.diagnostic;
  for (const o of entry.outcomes) if (o.kind === 'dropped' && o.diagnostic) return o.diagnostic;
  return undefined;
}
