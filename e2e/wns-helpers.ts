import type { Page } from '@playwright/test';

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

/** A cloud service inside the page: token from login.live.com, then a fetch to the channel. */
export function wnsPush(page: Page, send: WnsSend): Promise<WnsSent> {
  return page.evaluate(async (s) => {
    const channel = await window.tilecast.openChannel({ service: 'wns', app: s.app });
    const owner = s.tokenApp
      ? await window.tilecast.openChannel({ service: 'wns', app: s.tokenApp })
      : channel;
    let token = s.token;
    if (token === undefined) {
      const form = new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: owner.credentials!.clientId,
        client_secret: owner.credentials!.clientSecret,
        scope: 'notify.windows.com',
      });
      const answer = await fetch('https://login.live.com/accesstoken.srf', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: form,
      });
      token = ((await answer.json()) as { access_token: string }).access_token;
    }
    const type = s.type ?? 'wns/toast';
    const headers: Record<string, string> = {
      Authorization: `Bearer ${token}`,
      'Content-Type': type === 'wns/raw' ? 'application/octet-stream' : 'text/xml',
      'X-WNS-Type': type,
      ...s.headers,
    };
    const uri = s.uri ?? channel.uri;
    const response = await fetch(uri, { method: s.method ?? 'POST', headers, body: s.body ?? '' });
    return {
      status: response.status,
      headers: Object.fromEntries(response.headers.entries()),
      uri,
      token,
    };
  }, send);
}

export const wnsToast = (title: string, body = '') =>
  `<toast><visual><binding template="ToastText02"><text id="1">${title}</text><text id="2">${body}</text></binding></visual></toast>`;

export const wnsTile = (text: string) =>
  `<tile><visual><binding template="TileSquare150x150Text04"><text id="1">${text}</text></binding></visual></tile>`;
