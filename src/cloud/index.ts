// The cloud service's side of the wire: one client that sends to WNS and MPNS as a back end
// does. WNS first takes an OAuth token (cached per app), and on a 401 (tokens last 24 h) takes
// a new one and sends once more, as WNS asks [S15]. It runs on any fetch: the page's (the
// composer), Node's (tests of `tilecast/node`), or a Playwright page's (the `cloud` fixture).
import { tokenForm, WNS_TOKEN_URL } from '../protocol/wns/token';
import * as payloads from './payloads';
import type { Notification, PushService, TileContent, ToastContent } from './payloads';

export { WNS_TOKEN_URL as TOKEN_URL, tokenForm };
export { baseHeaders } from './payloads';
export type { PushService, TileContent, ToastContent } from './payloads';

/** The part of a fetch `Response` the client reads. */
export type CloudResponse = {
  status: number;
  statusText?: string;
  headers: { forEach(callback: (value: string, name: string) => void): void };
  text(): Promise<string>;
};

/** The fetch the client sends with: the global `fetch` fits. */
export type CloudFetch = (
  url: string,
  init: {
    method: string;
    headers: Record<string, string>;
    body?: string | Uint8Array<ArrayBuffer>;
  },
) => Promise<CloudResponse>;

export type Credentials = { clientId: string; clientSecret: string };

/** Where to send: a channel as `openChannel` returns it (WNS channels carry credentials). */
export type CloudChannel = { uri: string; service: PushService; credentials?: Credentials };

/** Exactly what was sent. */
export type CloudRequest = {
  method: string;
  url: string;
  headers: Record<string, string>;
  body: string | Uint8Array<ArrayBuffer>;
};

/** The service's answer: response headers with lower-case names, CORS headers left out. */
export type CloudResult = {
  url: string;
  status: number;
  statusText: string;
  headers: Record<string, string>;
  body: string;
};

export type SendInit = {
  /** WNS `X-WNS-Type` or MPNS `X-WindowsPhone-Target`/class; default `wns/toast` or `toast`. */
  type?: string;
  /** Extra or replacing headers (X-WNS-Tag, X-WNS-TTL, X-MessageID, X-NotificationClass…). */
  headers?: Record<string, string>;
  body: string | Uint8Array<ArrayBuffer>;
  method?: string;
};

/** A token request that did not give a token: its answer is in `result`. */
export class TokenError extends Error {
  constructor(readonly result: CloudResult) {
    super(
      `The WNS token request failed: ${result.status} ${result.statusText} ${result.body}`.trim() +
        ' (check the channel app’s client id and secret)',
    );
    this.name = 'TokenError';
  }
}

/** A request built for a token (none for MPNS or before a token exists), sent by `exchange`. */
export type Build = (token: string | undefined) => CloudRequest;
export type Exchange =
  | { request: CloudRequest; result: CloudResult }
  /** No token: `result` is the token endpoint's answer; `request` was built without one. */
  | { request: CloudRequest; result: CloudResult; tokenFailed: true };

export type Cloud = {
  /** A WNS access token for the channel's app: cached, or asked for (and cached). */
  token(channel: CloudChannel | Credentials): Promise<string>;
  /** The cached token of an app (by client id), if any. */
  cachedToken(clientId: string): string | undefined;
  /** Forgets cached tokens (one app's, or all). */
  forget(clientId?: string): void;
  /** The token endpoint's own answer, uncached (for showing what it said). */
  requestToken(credentials: Credentials): Promise<{ token?: string; result: CloudResult }>;
  /** Sends a request built for the token, with the one-retry-on-401 rule; never throws for HTTP. */
  exchange(channel: CloudChannel, build: Build): Promise<Exchange>;
  /** Sends `body` with the service's headers (and a token for WNS). Throws TokenError. */
  send(channel: CloudChannel, init: SendInit): Promise<CloudResult>;
  toast(channel: CloudChannel, content: ToastContent): Promise<CloudResult>;
  tile(channel: CloudChannel, content: TileContent): Promise<CloudResult>;
  badge(channel: CloudChannel, value: number | string): Promise<CloudResult>;
  raw(channel: CloudChannel, data: string | Uint8Array<ArrayBuffer>): Promise<CloudResult>;
  /** One plain request, no token, no retry. */
  fetch(
    url: string,
    init?: { method?: string; headers?: Record<string, string>; body?: string },
  ): Promise<CloudResult>;
};

export type CloudOptions = {
  /** Where tokens come from; default login.live.com (a relay URI for a back end on the relay). */
  tokenUrl?: string;
};

async function read(url: string, response: CloudResponse): Promise<CloudResult> {
  const headers: Record<string, string> = {};
  // The CORS headers exist only for a page reading its own fetches; the services send none.
  response.headers.forEach((value, name) => {
    const lower = name.toLowerCase();
    if (!lower.startsWith('access-control-')) headers[lower] = value;
  });
  const { status, statusText = '' } = response;
  return { url, status, statusText, headers, body: await response.text() };
}

const credentialsOf = (who: CloudChannel | Credentials): Credentials => {
  const credentials = 'clientId' in who ? who : who.credentials;
  if (!credentials?.clientId || !credentials.clientSecret)
    throw new Error('This channel has no WNS credentials: only WNS channels need a token');
  return credentials;
};

export function createCloud(fetch: CloudFetch, options: CloudOptions = {}): Cloud {
  const tokenUrl = options.tokenUrl ?? WNS_TOKEN_URL;
  const tokens = new Map<string, string>();

  const send = async (request: CloudRequest) => {
    const { method, url, headers, body } = request;
    const bodiless = method === 'GET' || method === 'HEAD';
    return read(url, await fetch(url, { method, headers, body: bodiless ? undefined : body }));
  };

  const requestToken: Cloud['requestToken'] = async (credentials) => {
    const result = await send({
      method: 'POST',
      url: tokenUrl,
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: tokenForm(credentials),
    });
    if (result.status !== 200) return { result };
    try {
      const token = (JSON.parse(result.body) as { access_token?: unknown }).access_token;
      return typeof token === 'string' ? { token, result } : { result };
    } catch {
      return { result };
    }
  };

  /** A token and whether it is new: a cached one may have expired, a new one has not. */
  const tokenFor = async (credentials: Credentials, fresh: boolean) => {
    const cached = fresh ? undefined : tokens.get(credentials.clientId);
    if (cached) return { token: cached, fresh: false };
    const issued = await requestToken(credentials);
    if (!issued.token) return { failed: issued.result };
    tokens.set(credentials.clientId, issued.token);
    return { token: issued.token, fresh: true };
  };

  const exchange: Cloud['exchange'] = async (channel, build) => {
    if (channel.service !== 'wns') {
      const request = build(undefined);
      return { request, result: await send(request) };
    }
    const credentials = credentialsOf(channel);
    let got = await tokenFor(credentials, false);
    if ('failed' in got)
      return { request: build(undefined), result: got.failed!, tokenFailed: true };
    let request = build(got.token);
    let result = await send(request);
    if (result.status === 401 && !got.fresh) {
      // The cached token expired (or was revoked): one new token, one more try. [S15]
      tokens.delete(credentials.clientId);
      got = await tokenFor(credentials, true);
      if ('failed' in got) return { request, result: got.failed!, tokenFailed: true };
      request = build(got.token);
      result = await send(request);
    }
    return { request, result };
  };

  const cloud: Cloud = {
    async token(who) {
      const got = await tokenFor(credentialsOf(who), false);
      if ('failed' in got) throw new TokenError(got.failed!);
      return got.token!;
    },
    cachedToken: (clientId) => tokens.get(clientId),
    forget: (clientId) => (clientId === undefined ? tokens.clear() : tokens.delete(clientId)),
    requestToken,
    exchange,
    send(channel, { type, headers = {}, body, method = 'POST' }) {
      const base = payloads.baseHeaders(
        channel.service,
        type ?? (channel.service === 'wns' ? 'wns/toast' : 'toast'),
      );
      return post(channel, { ...base, ...headers }, body, method);
    },
    toast: (channel, content) => notify(channel, payloads.toast(channel.service, content)),
    tile: (channel, content) => notify(channel, payloads.tile(channel.service, content)),
    badge: (channel, value) => notify(channel, payloads.badge(channel.service, value)),
    raw: (channel, data) => notify(channel, payloads.raw(channel.service, data)),
    fetch: (url, init = {}) =>
      send({
        method: init.method ?? 'GET',
        url,
        headers: init.headers ?? {},
        body: init.body ?? '',
      }),
  };
  /** Sends with exactly these headers, plus a token for WNS. */
  async function post(
    channel: CloudChannel,
    headers: Record<string, string>,
    body: string | Uint8Array<ArrayBuffer>,
    method = 'POST',
  ) {
    const sent = await exchange(channel, (token) => ({
      method,
      url: channel.uri,
      headers: { ...(token ? { Authorization: `Bearer ${token}` } : {}), ...headers },
      body,
    }));
    if ('tokenFailed' in sent) throw new TokenError(sent.result);
    return sent.result;
  }
  const notify = (channel: CloudChannel, { headers, body }: Notification) =>
    post(channel, headers, body as string | Uint8Array<ArrayBuffer>);
  return cloud;
}
