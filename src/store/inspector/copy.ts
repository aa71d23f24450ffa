import type { RequestEntry } from '../journal';
import { curlCommand, jsString, snippetProblem } from '../snippets/quote';

/** Headers a client computes itself; copying them would make curl and fetch lie or refuse. */
const computed = new Set(['content-length', 'host', 'connection', 'accept-encoding']);

const sendable = (headers: Record<string, string>) =>
  Object.entries(headers).filter(([name]) => !computed.has(name.toLowerCase()));

const asSnippet = ({ request }: Pick<RequestEntry, 'request'>) => ({
  ...request,
  headers: sendable(request.headers),
});

/**
 * Why this entry is not offered as code (an imported entry may hold any method or header), or
 * null. The copy buttons show this instead of copying.
 */
export const copyProblem = (entry: Pick<RequestEntry, 'request'>) =>
  snippetProblem(asSnippet(entry));

/** The entry as a curl command line that sends the same method, headers and body. */
export const toCurl = (entry: Pick<RequestEntry, 'request'>): string =>
  curlCommand(asSnippet(entry));

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
  return `await fetch(${jsString(entry.request.url)}, ${JSON.stringify(fetchInit(entry), null, 2)});`;
}
