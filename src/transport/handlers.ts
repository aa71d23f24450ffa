import { http, type HttpHandler } from 'msw';
import type { TilecastStore } from '../store';
import { createPushAnswer, isEndpoint, type StoreFor } from './answer';
import { toFetchResponse, toPushRequest } from './convert';

export { createPushAnswer, isEndpoint, type PushAnswer, type StoreFor } from './answer';

/** `PushAnswer` over fetch's `Request` and `Response` (msw/node). */
export type Answer = (request: Request, caller?: string) => Promise<Response>;

export function createAnswer(store: TilecastStore | StoreFor): Answer {
  const answer = createPushAnswer(store);
  return async (request, caller) => toFetchResponse(answer(await toPushRequest(request), caller));
}

/**
 * msw handlers for msw/node (and a user's own `setupServer`). One handler that answers what
 * `classify` calls an endpoint and lets everything else through (msw: unhandled). The browser
 * page answers its worker directly (`worker-messages.ts`).
 */
export function createHandlers(store: TilecastStore | StoreFor): HttpHandler[] {
  const answer = createAnswer(store);
  return [
    http.all(/^https?:\/\//i, ({ request }) =>
      isEndpoint(request.url) ? answer(request) : undefined,
    ),
  ];
}
