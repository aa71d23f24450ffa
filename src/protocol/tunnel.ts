// The relay's tunnel: JSON messages over one WebSocket between the Node relay and a page.
// Bodies travel as base64 so every byte arrives as it was sent.

export type Header = [name: string, value: string];

/** Relay → page: answer this HTTP request through the push service's handlers. */
export type TunnelRequest = {
  type: 'request';
  id: number;
  method: string;
  url: string;
  headers: Header[];
  body: string;
  /** The caller's address, as the relay saw it (e.g. "127.0.0.1:53122"). */
  from: string;
  /** The caller's `Origin` header, when a browser sent one (only the emulator's own passes). */
  origin?: string;
};

/** Page → relay: the push service's answer, returned to the caller unchanged. */
export type TunnelResponse = {
  type: 'response';
  id: number;
  status: number;
  statusText: string;
  headers: Header[];
  body: string;
};

/**
 * Relay → page: how many emulator pages are connected, whether this one is the active phone
 * (it answers requests no page claims), and which of this page's claims the relay now holds.
 */
export type TunnelStatus = {
  type: 'status';
  active: boolean;
  pages: number;
  /** The `seq` of the last claims message the relay took from this page, and their sizes. */
  claims?: { seq: number; channels: number; clients: number };
};

/** Page → relay: make this page the active phone. */
export type TunnelActivate = { type: 'activate' };

/**
 * Page → relay: everything this page's push service owns, replacing what it said before.
 * Relayed requests for these channels, or token requests with these client ids, come here.
 */
export type TunnelClaims = {
  type: 'claims';
  /** Increases with each claims message, so the page knows when the relay has caught up. */
  seq: number;
  /** Channel URIs, as the page's service issued them. */
  channels: string[];
  /** WNS Package SIDs (the OAuth `client_id` of the token endpoint). */
  clients: string[];
};

export type TunnelMessage =
  TunnelRequest | TunnelResponse | TunnelStatus | TunnelActivate | TunnelClaims;

/** Bounds on one claims message: far above a real phone (MPNS allows 30 channels per device). */
export const MAX_CLAIMS = 10_000;
/** MPNS URIs are at most 1,024 characters [S20]; WNS ones are shorter. */
export const MAX_CLAIM_LENGTH = 2048;

const isClaimList = (value: unknown): value is string[] =>
  Array.isArray(value) &&
  value.length <= MAX_CLAIMS &&
  value.every((v) => typeof v === 'string' && v.length > 0 && v.length <= MAX_CLAIM_LENGTH);

const isCount = (value: unknown) => Number.isInteger(value) && (value as number) >= 0;

const isClaimsAck = (value: unknown): value is TunnelStatus['claims'] => {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return isCount(c.seq) && isCount(c.channels) && isCount(c.clients);
};

const isHeaders = (value: unknown): value is Header[] =>
  Array.isArray(value) &&
  value.every(
    (h) => Array.isArray(h) && h.length === 2 && h.every((part) => typeof part === 'string'),
  );

/** Parses one message; anything malformed is undefined (and ignored by both ends). */
export function parseTunnelMessage(text: string): TunnelMessage | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) return undefined;
  const m = value as Record<string, unknown>;
  const str = (key: string) => typeof m[key] === 'string';
  const num = (key: string) => Number.isInteger(m[key]);
  switch (m.type) {
    case 'request':
      return num('id') &&
        str('method') &&
        str('url') &&
        str('body') &&
        str('from') &&
        (m.origin === undefined || str('origin')) &&
        isHeaders(m.headers)
        ? (m as TunnelRequest)
        : undefined;
    case 'response':
      return num('id') && num('status') && str('statusText') && str('body') && isHeaders(m.headers)
        ? (m as TunnelResponse)
        : undefined;
    case 'status':
      return typeof m.active === 'boolean' &&
        num('pages') &&
        (m.claims === undefined || isClaimsAck(m.claims))
        ? (m as TunnelStatus)
        : undefined;
    case 'activate':
      return { type: 'activate' };
    case 'claims':
      // Rebuilt, so nothing but the three fields reaches the relay's routing table.
      return isCount(m.seq) && isClaimList(m.channels) && isClaimList(m.clients)
        ? { type: 'claims', seq: m.seq as number, channels: m.channels, clients: m.clients }
        : undefined;
    default:
      return undefined;
  }
}

export function encodeBase64(bytes: Uint8Array): string {
  let binary = '';
  // In chunks: String.fromCharCode takes arguments, and a megabyte of them overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

export function decodeBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
