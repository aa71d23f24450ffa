import { http, type HttpHandler } from 'msw';
import type { TilecastStore } from '../store';
import { toFetchResponse, toPushRequest } from './convert';
import { relayCallers } from './relay-callers';

/** Endpoints of the push services Tilecast stands in for. [S15, S16] */
export const endpoints = {
  wnsToken: /^https:\/\/login\.live\.com\/.*$/i,
  wnsChannel: /^https:\/\/[a-z0-9-]+\.notify\.windows\.com\/.*$/i,
};

/** One handler list for every host (browser worker now; Node and relay reuse it). */
export function createHandlers(store: TilecastStore): HttpHandler[] {
  const answer = async ({ request }: { request: Request }) => {
    const pushRequest = await toPushRequest(request);
    const caller = relayCallers.get(request);
    const source = caller === undefined ? 'page' : 'relay';
    return toFetchResponse(store.getState().receive(pushRequest, source, caller));
  };
  return [http.all(endpoints.wnsToken, answer), http.all(endpoints.wnsChannel, answer)];
}
