// What the relay may write back to a caller from a page's tunnel answer. The page is trusted to
// be the emulator, but not to be well-formed: Node's writeHead throws on a status outside
// 100–999 or a header with a control character, so every answer is checked before it is written.
import type { Header, TunnelResponse } from './tunnel.ts';

// RFC 9110 §5.6.2 token, and §5.5 field values (the same characters Node accepts).
const TOKEN = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
const FIELD_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** Framing headers belong to the relay's own hop: it frames the body itself. */
const FRAMING = new Set([
  'connection',
  'keep-alive',
  'transfer-encoding',
  'content-length',
  'trailer',
  'upgrade',
  'te',
  'proxy-connection',
]);

const shown = (text: string) => JSON.stringify(text.length > 40 ? `${text.slice(0, 40)}…` : text);

/** Why a page's answer cannot be written as an HTTP response, or undefined when it can. */
export function answerProblem(message: TunnelResponse): string | undefined {
  const { status, statusText, headers, body } = message;
  if (!Number.isInteger(status) || status < 200 || status > 599)
    return `its status ${shown(String(status))} is not an HTTP status from 200 to 599`;
  if (!FIELD_VALUE.test(statusText))
    return 'its status text has characters HTTP does not allow (line breaks or control codes)';
  for (const [name, value] of headers) {
    if (!TOKEN.test(name)) return `the header name ${shown(name)} is not an HTTP token`;
    if (!FIELD_VALUE.test(value))
      return `the value of header ${shown(name)} has characters HTTP does not allow`;
  }
  if (!BASE64.test(body)) return 'its body is not base64';
  return undefined;
}

/** The answer's headers without the framing ones, which the relay sets for its own hop. */
export const contentHeaders = (headers: Header[]): Header[] =>
  headers.filter(([name]) => !FRAMING.has(name.toLowerCase()));
