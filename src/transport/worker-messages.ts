import { responseParts, pushRequestOf, type RequestParts, type ResponseParts } from './convert';
import { isEndpoint, type PushAnswer } from './answer';

/**
 * What msw's service worker (`public/mockServiceWorker.js`) posts to the page, each message with
 * a `MessagePort`: for each request it intercepts, `REQUEST`, answered on that port with
 * `MOCK_RESPONSE` or `PASSTHROUGH`, then `RESPONSE`, a life-cycle echo nobody answers; and the
 * replies to the page's own messages (`MOCKING_ENABLED`, `KEEPALIVE_RESPONSE`).
 */
type WorkerMessage =
  | { type: 'REQUEST'; payload: RequestParts }
  | { type: 'RESPONSE'; payload: { request: { url: string } } }
  | { type: string };

export type WorkerReply = { type: 'MOCK_RESPONSE'; data: ResponseParts } | { type: 'PASSTHROUGH' };

/**
 * What the page does with one message from the worker:
 * - `reply`: post the reply on the port: a push-service request's answer, or `PASSTHROUGH` for
 *   any other request (the app's own files go to the network untouched);
 * - `drop`: a life-cycle echo, or a message this page does not know; nothing listens to it;
 * - `control`: the worker's reply to one of the page's own messages (`MOCKING_ENABLED`…).
 */
export type Route =
  { kind: 'reply'; reply: WorkerReply } | { kind: 'drop' } | { kind: 'control'; type: string };

const controlTypes = new Set(['MOCKING_ENABLED', 'KEEPALIVE_RESPONSE', 'INTEGRITY_CHECK_RESPONSE']);

export function routeWorkerMessage(data: unknown, answer: PushAnswer): Route {
  if (typeof data !== 'object' || data === null) return { kind: 'drop' };
  const message = data as WorkerMessage;
  if (message.type === 'REQUEST') {
    const { payload } = message as Extract<WorkerMessage, { type: 'REQUEST' }>;
    if (payload && isEndpoint(String(payload.url)))
      return {
        kind: 'reply',
        reply: { type: 'MOCK_RESPONSE', data: answerParts(payload, answer) },
      };
    return { kind: 'reply', reply: { type: 'PASSTHROUGH' } };
  }
  if (typeof message.type === 'string' && controlTypes.has(message.type))
    return { kind: 'control', type: message.type };
  return { kind: 'drop' };
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

function answerParts(payload: RequestParts, answer: PushAnswer): ResponseParts {
  try {
    // The page reads its answers cross-origin: the only host that needs CORS headers.
    return responseParts(answer(pushRequestOf(senderParts(payload))), { cors: true });
  } catch (error) {
    // A bug, not a verdict: answer as msw does for a throwing handler, so the fetch never hangs.
    console.error('Tilecast could not answer', payload.url, error);
    const { name, message: text } = error instanceof Error ? error : new Error(String(error));
    return {
      status: 500,
      statusText: 'Request Handler Error',
      headers: { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' },
      body: JSON.stringify({ name, message: text }),
    };
  }
}
