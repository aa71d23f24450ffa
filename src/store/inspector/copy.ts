import type { RequestEntry } from '../journal';

/** Headers a client computes itself; copying them would make curl and fetch lie or refuse. */
const computed = new Set(['content-length', 'host', 'connection', 'accept-encoding']);

const sendable = (headers: Record<string, string>) =>
  Object.entries(headers).filter(([name]) => !computed.has(name.toLowerCase()));

/** POSIX shell single quotes: nothing inside is special except the quote itself. */
export const shellQuote = (text: string) => `'${text.replace(/'/g, `'\\''`)}'`;

/** The entry as a curl command line that sends the same method, headers and body. */
export function toCurl(entry: Pick<RequestEntry, 'request'>): string {
  const { method, url, headers, body } = entry.request;
  const parts = [`curl -X ${method} ${shellQuote(url)}`];
  for (const [name, value] of sendable(headers))
    parts.push(`-H ${shellQuote(`${name}: ${value}`)}`);
  if (body !== '') parts.push(`--data-binary ${shellQuote(body)}`);
  return parts.join(' \\\n  ');
}

/** The same request as the options `fetch` takes; also what replay sends. */
export function fetchInit(entry: Pick<RequestEntry, 'request'>): {
  method: string;
  headers: Record<string, string>;
  body?: string;
} {
  const { method, headers, body } = entry.request;
  const init = { method, headers: Object.fromEntries(sendable(headers)) };
  return method === 'GET' || method === 'HEAD' || body === '' ? init : { ...init, body };
}

/** The entry as a JavaScript `fetch` call, for a console or a test. */
export function toFetch(entry: Pick<RequestEntry, 'request'>): string {
  return `await fetch(${JSON.stringify(entry.request.url)}, ${JSON.stringify(fetchInit(entry), null, 2)});`;
}
