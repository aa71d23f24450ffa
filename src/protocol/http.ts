import type { PushResponse } from './types';

const reasonPhrases: Record<number, string> = {
  200: 'OK',
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  410: 'Gone',
  412: 'Precondition Failed',
  413: 'Request Entity Too Large',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function reasonPhrase(status: number): string {
  return reasonPhrases[status] ?? '';
}

export function response(
  status: number,
  headers: Record<string, string> = {},
  body = '',
): PushResponse {
  return { status, statusText: reasonPhrase(status), headers, body };
}

// One of each, not one per push: they keep no state between calls (no `stream` option), and in a
// browser each is a DOM object the garbage collector must later sweep. Marked pure so the bundler
// still treats this module as side-effect free (B4: otherwise 0.7 KB more on the first page).
const utf8Decoder = /* @__PURE__ */ new TextDecoder('utf-8', { fatal: false });
const utf8Encoder = /* @__PURE__ */ new TextEncoder();

/** Decodes UTF-8 without throwing: invalid bytes become U+FFFD, as a lenient reader would. */
export function decodeUtf8(bytes: Uint8Array): string {
  return utf8Decoder.decode(bytes);
}

export function encodeUtf8(text: string): Uint8Array {
  return utf8Encoder.encode(text);
}

/** Case-insensitive header lookup on a lower-cased header record. */
export function header(
  headers: Readonly<Record<string, string>>,
  name: string,
): string | undefined {
  return headers[name.toLowerCase()];
}
