import type { RequestEntry } from '../journal';
import { entryDiagnostic } from '../journal';

// Request headers the push services read [S15 WNS, S5 MPNS], and the ones any HTTP client or
// browser adds on its own. Anything else is flagged "unknown": the service ignores it, which
// is usually a typo (X-WNS-Tpye) the sender would never notice otherwise.
const pushHeaders = [
  'authorization',
  'content-type',
  'x-wns-type',
  'x-wns-cache-policy',
  'x-wns-requestforstatus',
  'x-wns-tag',
  'x-wns-group',
  'x-wns-ttl',
  'x-wns-priority',
  'x-wns-suppresspopup',
  'x-wns-match',
  'ms-cv',
  'x-notificationclass',
  'x-windowsphone-target',
  'x-messageid',
  'x-callbackuri',
];
const httpHeaders = [
  'accept',
  'accept-encoding',
  'accept-language',
  'cache-control',
  'connection',
  'content-length',
  'content-encoding',
  'host',
  'origin',
  'pragma',
  'referer',
  'user-agent',
  'expect',
];
const known = new Set([...pushHeaders, ...httpHeaders]);

export type HeaderFlag = { level: 'unknown' | 'wrong'; message: string };

/** Flags per request header name: unknown to the service, or the one the verdict blames. */
export function flagRequestHeaders(entry: RequestEntry): Record<string, HeaderFlag> {
  const flags: Record<string, HeaderFlag> = {};
  const diagnostic = entryDiagnostic(entry);
  const blamed = diagnostic?.message.toLowerCase() ?? '';
  const tokenRequest = entry.type === 'token';
  for (const name of Object.keys(entry.request.headers)) {
    const lower = name.toLowerCase();
    if (diagnostic && diagnostic.line === undefined && blamed.includes(lower)) {
      flags[name] = { level: 'wrong', message: diagnostic.message };
    } else if (!tokenRequest && !known.has(lower) && !lower.startsWith('sec-')) {
      flags[name] = { level: 'unknown', message: 'Not a header the push service reads' };
    }
  }
  return flags;
}
