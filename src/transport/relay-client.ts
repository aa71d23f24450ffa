import { RELAY_SOCKET_PATH } from '../protocol/relay-uri';
import {
  decodeBase64,
  encodeBase64,
  parseTunnelMessage,
  type TunnelRequest,
  type TunnelResponse,
} from '../protocol/tunnel';
import { ownedClaims, type RelayClaims, type TilecastStore } from '../store';
import { classify } from '../protocol/endpoint';
import type { PushResponse } from '../protocol/types';
import { pushRequestOf, responseParts, type ResponseParts } from '../protocol/wire';
import { createPushAnswer, type PushAnswer } from './answer';
import { claimsSync, watchOwnedClaims } from './relay-claims';

// The page's own WebSocket class, taken at load: msw's browser client (no longer loaded here)
// wrapped WebSocket for its `ws` handlers, at about a millisecond per relayed message.
const NativeWebSocket = globalThis.WebSocket;

/**
 * Answers one tunnelled request with the very answer the page gives its service worker
 * (`createPushAnswer`), converted by the same wire conversion (protocol/wire.ts), so a relayed
 * push and an in-page fetch share one code path and one journal. A back end is no browser: the
 * answer carries the service's headers alone, no CORS. `send`, when given, gets the answer as
 * soon as the service has given it, before the phone takes the push (B6).
 */
export function answerTunnelled(
  answer: PushAnswer,
  message: TunnelRequest,
  send?: (response: TunnelResponse) => void,
): TunnelResponse {
  const request = pushRequestOf({ ...message, body: decodeBase64(message.body) });
  if (!classify(request.url)) {
    const missing = tunnelResponse(message.id, {
      status: 404,
      statusText: 'Not Found',
      headers: { 'content-type': 'text/plain; charset=utf-8' },
      body: `Tilecast has no push-service endpoint at ${message.url}`,
    });
    send?.(missing);
    return missing;
  }
  // The journal's "from": the caller's address, and its page when a browser sent the request.
  const from = message.origin ? `${message.from} (page ${message.origin})` : message.from;
  let sent: TunnelResponse | undefined;
  const reply = (parts: ResponseParts) => {
    sent = tunnelResponse(message.id, parts);
    send?.(sent);
  };
  try {
    // Without `send` (the headless server's phone) the push lands before this returns.
    const early = send && ((response: PushResponse) => reply(responseParts(response)));
    const response = answer(request, from, early);
    if (!sent) reply(responseParts(response));
  } catch (error) {
    // A bug, not a verdict: say so at once rather than leave the back end to time out.
    console.error('Tilecast could not answer', message.url, error);
    if (!sent) reply({ status: 500, statusText: 'Internal Server Error', headers: {}, body: null });
  }
  return sent!;
}

function tunnelResponse(id: number, parts: ResponseParts): TunnelResponse {
  return {
    type: 'response',
    id,
    status: parts.status,
    statusText: parts.statusText,
    headers: Object.entries(parts.headers),
    body: encodeBase64(new TextEncoder().encode(parts.body ?? '')),
  };
}

/** The page's link to the relay, for the automation API. */
export type RelayClient = {
  /** Resolves once the relay routes to this tab everything it owns (at once without a relay). */
  settled(): Promise<void>;
  stop(): void;
};

/**
 * Connects this page to the relay on its own origin and answers what back ends send there.
 * Tells the relay what this tab owns whenever that changes, so requests for its channels and
 * credentials come here however many tabs share the relay. Reconnects with backoff, so
 * restarting `npm run dev` does not need a page reload.
 */
export function startRelayClient(store: TilecastStore): RelayClient {
  const answer = createPushAnswer(store);
  const setStatus = store.getState().setRelayStatus;
  const scheme = location.protocol === 'https:' ? 'wss' : 'ws';
  const url = `${scheme}://${location.host}${RELAY_SOCKET_PATH}`;
  let socket: WebSocket | undefined;
  let delay = 500;
  let stopped = false;
  let claims: RelayClaims = { channels: [], clients: [] };
  const sync = claimsSync((message) => socket?.send(JSON.stringify(message)));
  const owned = () => ownedClaims(store.getState().service);
  const unsubscribe = watchOwnedClaims(store, (claims) => sync.update(claims));

  const connect = () => {
    const ws = new NativeWebSocket(url);
    socket = ws;
    ws.onopen = () => {
      delay = 500;
      sync.opened(owned());
    };
    ws.onmessage = (event) => {
      const message = parseTunnelMessage(String(event.data));
      if (message?.type === 'status') {
        claims = (message.claims && sync.acknowledged(message.claims.seq)) ?? claims;
        const activate = () => ws.send(JSON.stringify({ type: 'activate' }));
        setStatus({
          state: 'connected',
          active: message.active,
          pages: message.pages,
          claims,
          activate,
        });
      } else if (message?.type === 'request') {
        answerTunnelled(answer, message, (response) => ws.send(JSON.stringify(response)));
      }
    };
    ws.onclose = () => {
      claims = { channels: [], clients: [] };
      sync.closed();
      setStatus({ state: 'unavailable', active: false, pages: 0, claims });
      if (stopped) return;
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, 10_000);
    };
  };
  connect();
  return {
    settled: () => sync.settled(socket?.readyState === NativeWebSocket.CONNECTING),
    stop() {
      stopped = true;
      unsubscribe();
      socket?.close();
    },
  };
}
