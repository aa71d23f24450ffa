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

/** Relay → page: how many emulator pages are connected and whether this one is the phone. */
export type TunnelStatus = { type: 'status'; active: boolean; pages: number };

/** Page → relay: make this page the active phone. */
export type TunnelActivate = { type: 'activate' };

export type TunnelMessage = TunnelRequest | TunnelResponse | TunnelStatus | TunnelActivate;

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
      return typeof m.active === 'boolean' && num('pages') ? (m as TunnelStatus) : undefined;
    case 'activate':
      return { type: 'activate' };
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
