import { http, type HttpHandler } from 'msw';
import { classify } from '../protocol/endpoint';
import type { PushRequest, PushResponse } from '../protocol/types';
import { inBackground, type TilecastStore } from '../store';
import { toFetchResponse, toPushRequest } from './convert';

/** The store that answers a request: the page's one store, or (Node) the phone that owns it. */
export type StoreFor = (request: PushRequest) => TilecastStore;

/** Whether a URL is one of the push-service endpoints Tilecast answers (protocol/endpoint.ts). */
export const isEndpoint = (url: string): boolean => classify(url) !== undefined;

/**
 * Answers one push-service request: the one code path for the browser page, msw/node and the
 * relay. `caller` (the relay's client address) marks a relayed request in the journal.
 */
export type PushAnswer = (request: PushRequest, caller?: string) => PushResponse;

export function createPushAnswer(store: TilecastStore | StoreFor): PushAnswer {
  const storeFor: StoreFor = typeof store === 'function' ? store : () => store;
  return (request, caller) => {
    const source = caller === undefined ? 'page' : 'relay';
    const owner = storeFor(request);
    // A push arriving is background work: the phone renders it after this answer has left.
    return inBackground(() => owner.getState().receive(request, source, caller));
  };
}

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
