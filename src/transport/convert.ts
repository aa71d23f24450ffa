import type { PushRequest, PushResponse } from '../protocol/types';

/** Fetch `Request` → the service's request type (lower-cased header names, raw body bytes). */
export async function toPushRequest(request: Request): Promise<PushRequest> {
  const headers: Record<string, string> = {};
  request.headers.forEach((value, name) => {
    headers[name.toLowerCase()] = value;
  });
  const body = new Uint8Array(await request.arrayBuffer());
  return { method: request.method.toUpperCase(), url: request.url, headers, body };
}

/**
 * The service's response → fetch `Response`. The page reads these cross-origin, so every custom
 * header is exposed (SPEC §0); the CORS headers are a browser artefact, added only here.
 */
export function toFetchResponse(response: PushResponse): Response {
  const headers = new Headers(response.headers);
  headers.set('Access-Control-Allow-Origin', '*');
  headers.set('Access-Control-Expose-Headers', Object.keys(response.headers).join(', '));
  // 1xx/204/304 may not carry a body; the services never use them, but stay safe.
  const body = response.body === '' ? null : response.body;
  return new Response(body, { status: response.status, statusText: response.statusText, headers });
}
