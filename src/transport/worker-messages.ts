import { responseParts, pushRequestOf, type RequestParts, type ResponseParts } from './convert';
import { isEndpoint, type PushAnswer } from './handlers';

/**
 * What msw's service worker (`public/mockServiceWorker.js`) posts to the page for each request it
 * intercepts, each message with a `MessagePort`: `REQUEST`, answered on that port with
 * `MOCK_RESPONSE` (or `PASSTHROUGH`), then `RESPONSE`, a life-cycle echo nobody answers.
 */
type WorkerMessage =
  | { type: 'REQUEST'; payload: RequestParts }
  | { type: 'RESPONSE'; payload: { request: { url: string } } };

export type WorkerReply = { type: 'MOCK_RESPONSE'; data: ResponseParts };

/**
 * What the page does with one message from the worker:
 * - `reply`: a push-service request, answered here; post the reply on the port;
 * - `drop`: the life-cycle echo of such a request; nothing listens to it;
 * - `msw`: anything else (the app's own requests, msw's housekeeping): msw's client handles it.
 */
export type Route = { kind: 'reply'; reply: WorkerReply } | { kind: 'drop' } | { kind: 'msw' };

export function routeWorkerMessage(data: unknown, answer: PushAnswer): Route {
  if (typeof data !== 'object' || data === null) return { kind: 'msw' };
  const message = data as WorkerMessage;
  if (message.type === 'REQUEST' && isEndpoint(String(message.payload?.url)))
    return { kind: 'reply', reply: { type: 'MOCK_RESPONSE', data: answerParts(message, answer) } };
  if (message.type === 'RESPONSE' && isEndpoint(String(message.payload?.request?.url)))
    return { kind: 'drop' };
  return { kind: 'msw' };
}

/**
 * Headers a page cannot set (the fetch standard's forbidden request headers, and `User-Agent`,
 * which Chromium still treats as one): the browser adds them itself, so the worker sees them,
 * but they are not the sender's and a `Request` made in the page drops them.
 */
const FORBIDDEN =
  /^(?:sec-.*|proxy-.*|accept-charset|accept-encoding|access-control-request-headers|access-control-request-method|connection|content-length|cookie2?|date|dnt|expect|host|keep-alive|origin|referer|set-cookie|te|trailer|transfer-encoding|upgrade|user-agent|via)$/i;

/** The request's parts with only the headers its sender set. */
function senderParts(parts: RequestParts): RequestParts {
  const headers = Object.entries(parts.headers).filter(([name]) => !FORBIDDEN.test(name));
  return { ...parts, headers };
}

function answerParts(message: { payload: RequestParts }, answer: PushAnswer): ResponseParts {
  try {
    // The page reads its answers cross-origin: the only host that needs CORS headers.
    return responseParts(answer(pushRequestOf(senderParts(message.payload))), { cors: true });
  } catch (error) {
    // A bug, not a verdict: answer as msw does for a throwing handler, so the fetch never hangs.
    console.error('Tilecast could not answer', message.payload.url, error);
    const { name, message: text } = error instanceof Error ? error : new Error(String(error));
    return {
      status: 500,
      statusText: 'Request Handler Error',
      headers: { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' },
      body: JSON.stringify({ name, message: text }),
    };
  }
}
