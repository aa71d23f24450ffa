import type { PushRequest, PushResponse } from '../protocol/types';

/** A request's parts as a transport carries them: any header-name case, body bytes or none. */
export type RequestParts = {
  method: string;
  url: string;
  headers: Readonly<Record<string, string>>;
  body?: ArrayBuffer | null;
};

/** A response's parts as a transport carries them: msw's worker builds its `Response` from these. */
export type ResponseParts = {
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: string | null;
};

/** Request parts → the service's request type (lower-cased header names, raw body bytes). */
export function pushRequestOf({ method, url, headers, body }: RequestParts): PushRequest {
  const lower: Record<string, string> = {};
  for (const name in headers) lower[name.toLowerCase()] = headers[name]!;
  return { method: method.toUpperCase(), url, headers: lower, body: new Uint8Array(body ?? []) };
}

/** Fetch `Request` → the service's request type. */
export async function toPushRequest(request: Request): Promise<PushRequest> {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name] = value;
  });
  const { method, url } = request;
  return pushRequestOf({ method, url, headers, body: await request.arrayBuffer() });
}

/**
 * The service's response → the parts of a fetch response. The page reads these cross-origin, so
 * every custom header is exposed (SPEC §0); the CORS headers are a browser artefact, added only
 * here.
 */
export function responseParts(response: PushResponse): ResponseParts {
  const headers = {
    ...response.headers,
    'Access-Control-Allow-Origin': '*',
    'Access-Control-Expose-Headers': Object.keys(response.headers).join(', '),
  };
  // 1xx/204/304 may not carry a body; the services never use them, but stay safe.
  const body = response.body === '' ? null : response.body;
  return { status: response.status, statusText: response.statusText, headers, body };
}

/** The service's response → fetch `Response`. */
export function toFetchResponse(response: PushResponse): Response {
  const { body, ...init } = responseParts(response);
  return new Response(body, init);
}
