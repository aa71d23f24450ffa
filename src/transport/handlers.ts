import { http, type HttpHandler } from 'msw';
import type { PushRequest } from '../protocol/types';
import type { TilecastStore } from '../store';
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

/** One handler list for every host: the browser worker, msw/node, and the relay. */
export function createHandlers(store: TilecastStore | StoreFor): HttpHandler[] {
  const storeFor: StoreFor = typeof store === 'function' ? store : () => store;
  const answer = async ({ request }: { request: Request }) => {
    const pushRequest = await toPushRequest(request);
    return toFetchResponse(storeFor(pushRequest).getState().receive(pushRequest));
  };
  return Object.values(endpoints).map((endpoint) => http.all(endpoint, answer));
}
