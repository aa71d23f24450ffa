import { header } from '../http';
import type { Diagnostic } from '../types';

// Request headers of a WNS notification POST. [S15, S16, S37]

export const wnsTypes = ['wns/toast', 'wns/tile', 'wns/badge', 'wns/raw'] as const;
export type WnsType = (typeof wnsTypes)[number];

/** WNS rejects larger payloads with 413. [S15, S41] */
export const WNS_MAX_PAYLOAD_BYTES = 5000;
/** X-WNS-Tag and X-WNS-Group: up to 16 characters; longer → 400 (SPEC §0). [S15] */
export const WNS_MAX_TAG_LENGTH = 16;

export type WnsCachePolicy = 'cache' | 'no-cache';

export type WnsOptions = {
  type: WnsType;
  cachePolicy: WnsCachePolicy;
  requestForStatus: boolean;
  tag?: string;
  group?: string;
  ttlSeconds?: number;
  suppressPopup: boolean;
  priority?: 1 | 2 | 3 | 4;
  correlationVector?: string;
};

export type WnsHeaderResult =
  { ok: true; options: WnsOptions } | { ok: false; diagnostic: Diagnostic; description: string };

const bad = (rule: string, description: string): WnsHeaderResult => ({
  ok: false,
  description,
  diagnostic: { rule, message: description, severity: 'error' },
});

const booleanHeader = (value: string | undefined): boolean | undefined | 'invalid' => {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'true') return true;
  if (v === 'false') return false;
  return 'invalid';
};

/** Reads and checks the X-WNS-* and Content-Type headers; the first problem wins. */
export function readWnsHeaders(headers: Readonly<Record<string, string>>): WnsHeaderResult {
  const rawType = header(headers, 'x-wns-type');
  if (rawType === undefined) return bad('wns.type.missing', 'X-WNS-Type header is missing');
  const type = wnsTypes.find((t) => t === rawType.trim());
  if (!type) {
    return bad(
      'wns.type.invalid',
      `X-WNS-Type "${rawType}" is not one of ${wnsTypes.join(', ')} (values are case-sensitive)`,
    );
  }

  const contentType = (header(headers, 'content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  // The one Content-Type message seen in real traffic is for raw. [S39]
  if (type === 'wns/raw' && contentType !== 'application/octet-stream') {
    return bad('wns.contentType', 'Content-Type should be application/octet-stream');
  }
  if (type !== 'wns/raw' && contentType !== 'text/xml') {
    return bad('wns.contentType', 'Content-Type should be text/xml');
  }

  const rawCache = header(headers, 'x-wns-cache-policy')?.trim().toLowerCase();
  if (rawCache !== undefined && rawCache !== 'cache' && rawCache !== 'no-cache') {
    return bad('wns.cachePolicy', `X-WNS-Cache-Policy "${rawCache}" must be cache or no-cache`);
  }
  // Default: cache for tile and badge, no-cache for raw (and toast, which WNS never stores). [S15]
  const cachePolicy: WnsCachePolicy =
    (rawCache as WnsCachePolicy | undefined) ??
    (type === 'wns/tile' || type === 'wns/badge' ? 'cache' : 'no-cache');

  const requestForStatus = booleanHeader(header(headers, 'x-wns-requestforstatus'));
  if (requestForStatus === 'invalid') {
    return bad('wns.requestForStatus', 'X-WNS-RequestForStatus must be true or false');
  }
  const suppressPopup = booleanHeader(header(headers, 'x-wns-suppresspopup'));
  if (suppressPopup === 'invalid') {
    return bad('wns.suppressPopup', 'X-WNS-SuppressPopup must be true or false');
  }

  const tag = header(headers, 'x-wns-tag');
  if (tag !== undefined && tag.length > WNS_MAX_TAG_LENGTH) {
    return bad('wns.tag.length', `X-WNS-Tag is ${tag.length} characters; the limit is 16`);
  }
  const group = header(headers, 'x-wns-group');
  if (group !== undefined && group.length > WNS_MAX_TAG_LENGTH) {
    return bad('wns.group.length', `X-WNS-Group is ${group.length} characters; the limit is 16`);
  }

  const rawTtl = header(headers, 'x-wns-ttl');
  let ttlSeconds: number | undefined;
  if (rawTtl !== undefined) {
    if (!/^\d+$/.test(rawTtl.trim())) {
      return bad('wns.ttl', `X-WNS-TTL "${rawTtl}" must be a whole number of seconds`);
    }
    ttlSeconds = Number(rawTtl.trim());
  }

  const rawPriority = header(headers, 'x-wns-priority');
  let priority: WnsOptions['priority'];
  if (rawPriority !== undefined) {
    const p = rawPriority.trim();
    if (p !== '1' && p !== '2' && p !== '3' && p !== '4') {
      return bad('wns.priority', `X-WNS-PRIORITY "${rawPriority}" must be 1, 2, 3 or 4`);
    }
    priority = Number(p) as WnsOptions['priority'];
  }

  return {
    ok: true,
    options: {
      type,
      cachePolicy,
      requestForStatus: requestForStatus ?? false,
      suppressPopup: suppressPopup ?? false,
      tag,
      group,
      ttlSeconds,
      priority,
      correlationVector: header(headers, 'ms-cv'),
    },
  };
}
