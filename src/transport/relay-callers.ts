/**
 * Requests that arrived through the relay, with their caller's address. The relay client
 * registers each `Request` it builds; the handlers look it up, so a relayed request takes the
 * very same handler path as an in-page fetch and only its journal source differs.
 */
export const relayCallers = new WeakMap<Request, string>();
