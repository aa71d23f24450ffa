// The `cloud` fixture of `tilecast/playwright`: sends from the page as a cloud service would.
import type { Page } from '@playwright/test';
import type { ChannelInfo } from '../store';

export type HttpResult = { status: number; headers: Record<string, string>; body: string };

/** Sends from the page like a cloud service: tokens for WNS, the right headers, real fetch. */
export type Cloud = {
  token(channel: ChannelInfo): Promise<string>;
  send(
    channel: ChannelInfo,
    init: { type?: string; headers?: Record<string, string>; body: string; method?: string },
  ): Promise<HttpResult>;
  toast(
    channel: ChannelInfo,
    content: { title: string; body?: string; launch?: string },
  ): Promise<HttpResult>;
  fetch(
    url: string,
    init?: { method?: string; headers?: Record<string, string>; body?: string },
  ): Promise<HttpResult>;
};

const escapeXml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

export function cloudFor(page: Page): Cloud {
  const tokens = new Map<string, string>();
  const cloud: Cloud = {
    fetch: (url, init = {}) =>
      page.evaluate(
        async ([target, options]) => {
          const response = await fetch(target, options);
          return {
            status: response.status,
            headers: Object.fromEntries(response.headers.entries()),
            body: await response.text(),
          };
        },
        [url, init] as const,
      ),
    async token(channel) {
      const { clientId, clientSecret } = channel.credentials ?? {};
      if (!clientId || !clientSecret) throw new Error('This channel has no WNS credentials');
      const cached = tokens.get(clientId);
      if (cached) return cached;
      const form = new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: clientId,
        client_secret: clientSecret,
        scope: 'notify.windows.com',
      });
      const answer = await cloud.fetch('https://login.live.com/accesstoken.srf', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
      });
      if (answer.status !== 200)
        throw new Error(`Token request failed: ${answer.status} ${answer.body}`);
      const token = (JSON.parse(answer.body) as { access_token: string }).access_token;
      tokens.set(clientId, token);
      return token;
    },
    async send(channel, { type = 'wns/toast', headers = {}, body, method = 'POST' }) {
      const base: Record<string, string> = {};
      if (channel.service === 'wns') {
        base.Authorization = `Bearer ${await cloud.token(channel)}`;
        base['X-WNS-Type'] = type;
        base['Content-Type'] = type === 'wns/raw' ? 'application/octet-stream' : 'text/xml';
      } else {
        base['Content-Type'] = 'text/xml';
      }
      return cloud.fetch(channel.uri, { method, headers: { ...base, ...headers }, body });
    },
    toast(channel, { title, body, launch }) {
      if (channel.service === 'mpns') {
        const xml = `<?xml version="1.0" encoding="utf-8"?><wp:Notification xmlns:wp="WPNotification"><wp:Toast><wp:Text1>${escapeXml(title)}</wp:Text1><wp:Text2>${escapeXml(body ?? '')}</wp:Text2>${launch ? `<wp:Param>${escapeXml(launch)}</wp:Param>` : ''}</wp:Toast></wp:Notification>`;
        return cloud.send(channel, {
          body: xml,
          headers: { 'X-WindowsPhone-Target': 'toast', 'X-NotificationClass': '2' },
        });
      }
      const texts = body === undefined ? [title] : [title, body];
      const template = texts.length === 1 ? 'ToastText01' : 'ToastText02';
      const xml = `<toast${launch ? ` launch="${escapeXml(launch)}"` : ''}><visual><binding template="${template}">${texts
        .map((t, i) => `<text id="${i + 1}">${escapeXml(t)}</text>`)
        .join('')}</binding></visual></toast>`;
      return cloud.send(channel, { body: xml });
    },
  };
  return cloud;
}
