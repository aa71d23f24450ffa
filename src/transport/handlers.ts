import { http, type HttpHandler } from 'msw';
import type { PushRequest, PushResponse } from '../protocol/types';
import { inBackground, type TilecastStore } from '../store';
import { toFetchResponse, toPushRequest } from './convert';

/** Endpoints of the push services Tilecast stands in for. [S15, S16] */
export const endpoints = {
  wnsToken: /^https:\/\/login\.live\.com\/.*$/i,
  wnsChannel: /^https:\/\/[a-z0-9-]+\.notify\.windows\.com\/.*$/i,
  /** MPNS channel URIs: http (throttled) and https (authenticated, unthrottled). [S20, S21] */
  mpnsChannel: /^https?:\/\/[a-z0-9-]+\.notify\.live\.net\/.*$/i,
};

/** The store that answers a request: the page's one store, or (Node) the phone that owns it. */
export type StoreFor = (request: PushRequest) => TilecastStore;

/** Whether a URL is one of the push-service endpoints Tilecast answers. */
export const isEndpoint = (url: string): boolean =>
  Object.values(endpoints).some((endpoint) => endpoint.test(url));

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

/** `PushAnswer` over fetch's `Request` and `Response`. */
export type Answer = (request: Request, caller?: string) => Promise<Response>;

export function createAnswer(store: TilecastStore | StoreFor): Answer {
  const answer = createPushAnswer(store);
  return async (request, caller) => toFetchResponse(answer(await toPushRequest(request), caller));
}

/**
 * msw handlers for msw/node (and a user's own `setupServer`). The browser page answers its
 * worker directly (`worker-messages.ts`).
 */
export function createHandlers(store: TilecastStore | StoreFor): HttpHandler[] {
  const answer = createAnswer(store);
  return Object.values(endpoints).map((endpoint) =>
    http.all(endpoint, ({ request }) => answer(request)),
  );
}
