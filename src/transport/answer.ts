import { classify } from '../protocol/endpoint';
import type { PushRequest, PushResponse } from '../protocol/types';
import { inBackground, noticeTiming, type TilecastStore } from '../store';

// The one answer of every host (the page's worker, msw/node, the relay), with no msw in it: the
// page imports this and not msw's request handling, which it does not use (first-page bytes, B4).

/** The store that answers a request: the page's one store, or (Node) the phone that owns it. */
export type StoreFor = (request: PushRequest) => TilecastStore;

/** Whether a URL is one of the push-service endpoints Tilecast answers (protocol/endpoint.ts). */
export const isEndpoint = (url: string): boolean => classify(url) !== undefined;

/**
 * Answers one push-service request: the one code path for the browser page, msw/node and the
 * relay. `caller` (the relay's client address) marks a relayed request in the journal. `reply`
 * gets the answer before the phone and the journal take the push (the store's `dispatch`).
 */
export type PushAnswer = (
  request: PushRequest,
  caller?: string,
  reply?: (response: PushResponse) => void,
) => PushResponse;

export function createPushAnswer(store: TilecastStore | StoreFor): PushAnswer {
  const storeFor: StoreFor = typeof store === 'function' ? store : () => store;
  return (request, caller, reply) => {
    const source = caller === undefined ? 'page' : 'relay';
    const owner = storeFor(request);
    // A push arriving is background work: the phone renders it after this answer has left.
    return inBackground(
      () => owner.getState().receive(request, source, caller, reply),
      noticeTiming(source),
    );
  };
}
