import type { JournalEntry, LifecycleEntry, RequestEntry } from '../journal';
import { check } from '../schema/common';
import { harEntrySchema, type HarEntryInput } from '../schema/har';
import { checkEntry, readEntries, type Dropped } from '../schema/journal-entry';
import type { ImportResult } from './json';

// HAR 1.2 (W3C Web Performance draft, as httptoolkit and the browsers write it). What HAR has no
// field for (verdict, fates, service, lifecycle events) travels in `_tilecast` custom fields,
// which HAR reserves for exactly this: names starting with an underscore.

type HarHeader = { name: string; value: string };
export type HarEntry = {
  startedDateTime: string;
  time: number;
  request: {
    method: string;
    url: string;
    httpVersion: string;
    cookies: [];
    headers: HarHeader[];
    queryString: HarHeader[];
    postData?: { mimeType: string; text: string };
    headersSize: -1;
    bodySize: number;
  };
  response: {
    status: number;
    statusText: string;
    httpVersion: string;
    cookies: [];
    headers: HarHeader[];
    content: { size: number; mimeType: string; text: string };
    redirectURL: string;
    headersSize: -1;
    bodySize: number;
  };
  cache: Record<string, never>;
  timings: { send: number; wait: number; receive: number };
  _tilecast?: Omit<RequestEntry, 'request' | 'response' | 'at'> & { at: number };
};
export type Har = {
  log: {
    version: '1.2';
    creator: { name: string; version: string };
    entries: HarEntry[];
    _tilecastLifecycle?: LifecycleEntry[];
  };
};

const toHeaders = (h: Record<string, string>): HarHeader[] =>
  Object.entries(h).map(([name, value]) => ({ name, value }));
const fromHeaders = (h: readonly HarHeader[] | undefined): Record<string, string> =>
  Object.fromEntries((h ?? []).map(({ name, value }) => [name, value]));
const find = (h: Record<string, string>, name: string) =>
  Object.entries(h).find(([k]) => k.toLowerCase() === name)?.[1];
/** UTF-8 length without encoding (HAR sizes are in bytes); a surrogate pair counts 4. */
function byteLength(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    n += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? (i++, 4) : 3;
  }
  return n;
}

function queryString(url: string): HarHeader[] {
  try {
    return [...new URL(url).searchParams].map(([name, value]) => ({ name, value }));
  } catch {
    return [];
  }
}

export function toHarEntry(entry: RequestEntry): HarEntry {
  const { request, response, at, ...rest } = entry;
  const mimeType = find(request.headers, 'content-type') ?? '';
  return {
    startedDateTime: new Date(at).toISOString(),
    time: 0,
    request: {
      method: request.method,
      url: request.url,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: toHeaders(request.headers),
      queryString: queryString(request.url),
      ...(request.body !== '' || request.size > 0
        ? { postData: { mimeType, text: request.body } }
        : {}),
      headersSize: -1,
      bodySize: request.size,
    },
    response: {
      status: response.status,
      statusText: response.statusText,
      httpVersion: 'HTTP/1.1',
      cookies: [],
      headers: toHeaders(response.headers),
      content: {
        size: byteLength(response.body),
        mimeType: find(response.headers, 'content-type') ?? '',
        text: response.body,
      },
      redirectURL: '',
      headersSize: -1,
      bodySize: byteLength(response.body),
    },
    cache: {},
    timings: { send: 0, wait: 0, receive: 0 },
    _tilecast: { ...rest, at },
  };
}

/** A HAR entry back to a journal entry; a HAR from another tool gets neutral Tilecast fields. */
export function fromHarEntry(har: HarEntryInput, seq: number): unknown {
  const tilecastAt = har._tilecast?.at;
  const at = typeof tilecastAt === 'number' ? tilecastAt : Date.parse(har.startedDateTime ?? '');
  const body = har.request.postData?.text ?? '';
  const { bodySize } = har.request;
  const meta = har._tilecast ?? {
    kind: 'request' as const,
    id: `entry-${seq}`,
    seq,
    source: 'imported' as const,
    service: 'unknown' as const,
    type: 'unknown' as const,
    verdict: { summary: 'Imported from a HAR file made by another tool' },
    outcomes: [],
  };
  // Checked by the journal entry schema afterwards: this only assembles.
  return {
    ...meta,
    kind: 'request',
    at: Number.isNaN(at) ? 0 : at,
    request: {
      method: har.request.method,
      url: har.request.url,
      headers: fromHeaders(har.request.headers),
      body,
      size:
        bodySize !== undefined && Number.isSafeInteger(bodySize) && bodySize >= 0
          ? bodySize
          : byteLength(body),
    },
    response: {
      status: har.response.status,
      statusText: har.response.statusText ?? '',
      headers: fromHeaders(har.response.headers),
      body: har.response.content?.text ?? '',
    },
  };
}

export function toHar(journal: JournalEntry[], version = '0.1.0'): Har {
  return {
    log: {
      version: '1.2',
      creator: { name: 'Tilecast', version },
      entries: journal.filter((e): e is RequestEntry => e.kind === 'request').map(toHarEntry),
      _tilecastLifecycle: journal.filter((e): e is LifecycleEntry => e.kind === 'lifecycle'),
    },
  };
}

/**
 * Parses a HAR document into journal entries, in journal order (by seq, then time). A document
 * without `log.entries` throws; an entry that is not a whole journal entry is dropped and named.
 */
export function fromHar(input: unknown): ImportResult {
  const log = (input as { log?: Record<string, unknown> } | undefined)?.log;
  if (!log || !Array.isArray(log.entries)) throw new Error('Not a HAR file: no log.entries');
  const entries: JournalEntry[] = [];
  const dropped: Dropped[] = [];
  log.entries.forEach((raw: unknown, i) => {
    const name = `entry ${i + 1}`;
    const har = check(harEntrySchema, raw);
    const entry = har.ok ? checkEntry(fromHarEntry(har.value, i + 1)) : har;
    if (entry.ok) entries.push(entry.value);
    else dropped.push({ name, problem: entry.problem });
  });
  const lifecycle = Array.isArray(log._tilecastLifecycle) ? log._tilecastLifecycle : [];
  const events = readEntries(lifecycle, (i) => `lifecycle entry ${i + 1}`);
  const kept = events.entries.filter((e) => e.kind === 'lifecycle');
  return {
    entries: [...entries, ...kept].sort((a, b) => a.seq - b.seq || a.at - b.at),
    dropped: [...dropped, ...events.dropped],
    total: log.entries.length + lifecycle.length,
  };
}
