import type { Page } from '@playwright/test';
import { baseHeaders, createCloud } from '../src/cloud';
import { pageFetch } from '../src/testing/cloud';

export type WnsSend = {
  /** Whose channel to push to (installed on first use); Contoso News by default. */
  app?: string;
  /** Whose credentials get the token; the channel's own app by default. */
  tokenApp?: string;
  /** Send with this bearer token instead of asking the token endpoint. */
  token?: string;
  uri?: string;
  method?: string;
  type?: string;
  headers?: Record<string, string>;
  body?: string;
};
export type WnsSent = {
  status: number;
  headers: Record<string, string>;
  uri: string;
  token: string;
};

/**
 * A cloud service inside the page (the `cloud` fixture's client): a token from login.live.com,
 * then a fetch to the channel. Each call takes a new token: no cache between sends.
 */
export async function wnsPush(page: Page, send: WnsSend): Promise<WnsSent> {
  const open = (app?: string) =>
    page.evaluate((app) => window.tilecast.openChannel({ service: 'wns', app }), app);
  const channel = await open(send.app);
  const owner = send.tokenApp ? await open(send.tokenApp) : channel;
  const cloud = createCloud(pageFetch(page));
  const token = send.token ?? (await cloud.token(owner));
  const type = send.type ?? 'wns/toast';
  const uri = send.uri ?? channel.uri;
  // Exactly these headers, and no retry: the auth specs look at each answer as it is.
  const answer = await cloud.fetch(uri, {
    method: send.method ?? 'POST',
    headers: { Authorization: `Bearer ${token}`, ...baseHeaders('wns', type), ...send.headers },
    body: send.body ?? '',
  });
  return { status: answer.status, headers: answer.headers, uri, token };
}

export const wnsToast = (title: string, body = '') =>
  `<toast><visual><binding template="ToastText02"><text id="1">${title}</text><text id="2">${body}</text></binding></visual></toast>`;

export const wnsTile = (text: string) =>
  `<tile><visual><binding template="TileSquare150x150Text04"><text id="1">${text}</text></binding></visual></tile>`;
