import type { Outcome } from '../device';
import { decodeUtf8 } from '../protocol/http';
import type { Diagnostic, PushRequest, PushResponse, PushServiceKind } from '../protocol/types';
import type { Held, RequestKind, Verdict } from '../service';
import { Journal } from './journal-log';

export { Journal };

/** A notification's fate: the phone's outcome, or where the service holds it. */
export type Fate = Outcome | { kind: Held['kind'] | 'expired'; reason: string };

/** Who sent a request: the in-page composer, a test through the page, a caller via the relay, or an import. */
export type RequestSource = 'page' | 'composer' | 'relay' | 'imported';

/** One request, the service's verdict, its response and what the phone did. */
export type RequestEntry = {
  kind: 'request';
  id: string;
  seq: number;
  /** Virtual time the service received it. */
  at: number;
  /** Real (wall-clock) time, stamped as the entry is appended; the virtual clock may run ahead. */
  realAt?: number;
  source: RequestSource;
  /** For relayed requests: the caller's address ("127.0.0.1:53122"). */
  from?: string;
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
  /** The id the service gave the notification (X-WNS-Msg-ID, X-MessageID). */
  msgId?: string;
  /** The notification's fates in order (queued, then shown…); empty for refused requests. */
  outcomes: Fate[];
};

/** Phone-side lifecycle with no HTTP request of its own: install, channel opened… */
export type LifecycleEntry = {
  kind: 'lifecycle';
  id: string;
  seq: number;
  at: number;
  realAt?: number;
  appId: string;
  event:
    | 'appInstalled'
    | 'appUninstalled'
    | 'channelOpened'
    | 'channelClosed'
    | 'connectionChanged'
    | 'clockAdvanced'
    | 'credentialsChanged';
  detail: string;
};

export type JournalEntry = RequestEntry | LifecycleEntry;

/**
 * The journal keeps at most this many bytes of a body as text: a 10 MB flood body is refused by
 * the service unread, and the journal should not decode and hold it either (issue 11).
 */
export const JOURNAL_BODY_LIMIT = 64 * 1024;

function journalBody(body: Uint8Array): string {
  if (body.byteLength <= JOURNAL_BODY_LIMIT) return decodeUtf8(body);
  const kept = decodeUtf8(body.subarray(0, JOURNAL_BODY_LIMIT));
  return `${kept}\n… (${body.byteLength} bytes; the journal keeps the first ${JOURNAL_BODY_LIMIT})`;
}

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
  msgId: string | undefined,
  outcomes: Fate[],
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
      body: journalBody(request.body),
      size: request.body.byteLength,
    },
    response: result.response,
    verdict: result.verdict,
    msgId,
    outcomes,
  };
}

/** The first diagnostic that explains an entry: the service's, else the phone's. */
export function entryDiagnostic(entry: RequestEntry): Diagnostic | undefined {
  if (entry.verdict.diagnostic) return entry.verdict.diagnostic;
  for (const o of entry.outcomes) if (o.kind === 'dropped' && o.diagnostic) return o.diagnostic;
  return undefined;
}

/** Appends a later fate (delivered after a queue, expired…) to the entry of that notification. */
export const addFate = (journal: Journal, msgId: string, fate: Fate): Journal =>
  journal.addFate(msgId, fate);

/** One line for a fate, as the inspector shows it. */
export function describeFate(fate: Fate): string {
  switch (fate.kind) {
    case 'shown':
      return `Shown: ${fate.detail}`;
    case 'dropped': {
      const d = fate.diagnostic;
      return `Dropped: ${fate.reason}${d?.line ? ` (line ${d.line}, column ${d.column ?? 1})` : ''}`;
    }
    default:
      return `${fate.kind[0]!.toUpperCase()}${fate.kind.slice(1)}: ${fate.reason}`;
  }
}
