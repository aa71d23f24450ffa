import { http, type HttpHandler } from 'msw';
import type { TilecastStore } from '../store';
import { toFetchResponse, toPushRequest } from './convert';

/** Endpoints of the push services Tilecast stands in for. [S15, S16] */
export const endpoints = {
  wnsToken: /^https:\/\/login\.live\.com\/.*$/i,
  wnsChannel: /^https:\/\/[a-z0-9-]+\.notify\.windows\.com\/.*$/i,
  /** MPNS channel URIs: http (throttled) and https (authenticated, unthrottled). [S20, S21] */
  mpnsChannel: /^https?:\/\/[a-z0-9-]+\.notify\.live\.net\/.*$/i,
};

/** One handler list for every host (browser worker now; Node and relay reuse it). */
export function createHandlers(store: TilecastStore): HttpHandler[] {
  const answer = async ({ request }: { request: Request }) => {
    const pushRequest = await toPushRequest(request);
    return toFetchResponse(store.getState().receive(pushRequest));
  };
  return [
    http.all(endpoints.wnsToken, answer),
    http.all(endpoints.wnsChannel, answer),
    http.all(endpoints.mpnsChannel, answer),
  ];
}
