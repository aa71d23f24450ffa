// One conversion between a request's or response's parts as a host carries them and the
// service's own types, for all three hosts: the page (msw's worker), msw/node and the relay.
import type { PushRequest, PushResponse } from './types';

/** A request's parts as a host carries them: any header-name case, body bytes or none. */
export type RequestParts = {
  method: string;
  url: string;
  /** A record, or name-value pairs (a repeated name is joined with ", ", as fetch does). */
  headers: Readonly<Record<string, string>> | readonly (readonly [string, string])[];
  body?: ArrayBuffer | Uint8Array | null;
};

/** A response's parts as a host sends them. */
export type ResponseParts = {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: string | null;
};

/** The URL as fetch sends it (host lower-cased, default port dropped), so hosts agree on it. */
const normalUrl = (url: string) => {
  try {
    return new URL(url).href;
  } catch {
    return url;
  }
};

/** Request parts → the service's request (lower-cased header names, upper-cased method, bytes). */
export function pushRequestOf({ method, url, headers, body }: RequestParts): PushRequest {
  const lower: Record<string, string> = {};
  const pairs = Array.isArray(headers)
    ? (headers as readonly (readonly [string, string])[])
    : Object.entries(headers);
  for (const [name, value] of pairs) {
    const key = name.toLowerCase();
    lower[key] = key in lower ? `${lower[key]}, ${value}` : value;
  }
  const upper = method.toUpperCase();
  // GET and HEAD carry no body in fetch; the relay must not give the service one either.
  const bytes = upper === 'GET' || upper === 'HEAD' ? [] : (body ?? []);
  return { method: upper, url: normalUrl(url), headers: lower, body: new Uint8Array(bytes) };
}

/**
 * The service's response → the parts a host sends. `cors` is for the page alone: it reads the
 * answers cross-origin, so every custom header is exposed (SPEC §0). A back end (msw/node, the
 * relay) gets the service's headers alone, as from the real services.
 */
export function responseParts(response: PushResponse, { cors = false } = {}): ResponseParts {
  const headers = cors
    ? {
        ...response.headers,
        'Access-Control-Allow-Origin': '*',
        'Access-Control-Expose-Headers': Object.keys(response.headers).join(', '),
      }
    : { ...response.headers };
  // 1xx/204/304 may not carry a body; the services never use them, but stay safe.
  const body = response.body === '' ? null : response.body;
  return { status: response.status, statusText: response.statusText, headers, body };
}
