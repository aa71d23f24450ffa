// The payloads and headers of the cloud client's helpers: one toast, tile, badge and raw for
// each service, as a cloud service sends them. Text is escaped (lib/xml-escape.ts).
import { escapeXml } from '../lib/xml-escape';

export type PushService = 'wns' | 'mpns';
export type Notification = { headers: Record<string, string>; body: string | Uint8Array };

export type ToastContent = { title: string; body?: string; launch?: string };
export type TileContent = {
  /** The tile's text (WNS: the template's first text; MPNS: the tile's title). */
  text: string;
  /** WNS binding template; default TileSquare150x150Text04 (one wrapped text). */
  template?: string;
  /** MPNS: the count on the tile. */
  count?: number;
};

const wp = (inner: string) =>
  `<?xml version="1.0" encoding="utf-8"?><wp:Notification xmlns:wp="WPNotification">${inner}</wp:Notification>`;

// MPNS X-NotificationClass for immediate delivery: tile 1, toast 2, raw 3. [S1, S2]
const mpns = (target: 'toast' | 'token' | undefined, notificationClass: number) => ({
  'Content-Type': target ? 'text/xml' : 'application/octet-stream',
  ...(target ? { 'X-WindowsPhone-Target': target } : {}),
  'X-NotificationClass': String(notificationClass),
});
const wns = (type: string) => ({
  'Content-Type': type === 'wns/raw' ? 'application/octet-stream' : 'text/xml',
  'X-WNS-Type': type,
});

/** The headers every notification of `type` needs (WNS `wns/…`; MPNS `toast`, `token`, `raw`). */
export function baseHeaders(service: PushService, type: string): Record<string, string> {
  if (service === 'wns') return wns(type);
  if (type === 'toast') return mpns('toast', 2);
  if (type === 'token' || type === 'tile') return mpns('token', 1);
  return mpns(undefined, 3);
}

export function toast(service: PushService, { title, body, launch }: ToastContent): Notification {
  if (service === 'mpns') {
    const param = launch ? `<wp:Param>${escapeXml(launch)}</wp:Param>` : '';
    return {
      headers: mpns('toast', 2),
      body: wp(
        `<wp:Toast><wp:Text1>${escapeXml(title)}</wp:Text1><wp:Text2>${escapeXml(body ?? '')}</wp:Text2>${param}</wp:Toast>`,
      ),
    };
  }
  const texts = body === undefined ? [title] : [title, body];
  const template = texts.length === 1 ? 'ToastText01' : 'ToastText02';
  const launched = launch ? ` launch="${escapeXml(launch)}"` : '';
  const lines = texts.map((t, i) => `<text id="${i + 1}">${escapeXml(t)}</text>`).join('');
  return {
    headers: wns('wns/toast'),
    body: `<toast${launched}><visual><binding template="${template}">${lines}</binding></visual></toast>`,
  };
}

export function tile(service: PushService, { text, template, count }: TileContent): Notification {
  if (service === 'mpns') {
    const counted = count === undefined ? '' : `<wp:Count>${count}</wp:Count>`;
    return {
      headers: mpns('token', 1),
      body: wp(`<wp:Tile><wp:Title>${escapeXml(text)}</wp:Title>${counted}</wp:Tile>`),
    };
  }
  const binding = escapeXml(template ?? 'TileSquare150x150Text04');
  return {
    headers: wns('wns/tile'),
    body: `<tile><visual><binding template="${binding}"><text id="1">${escapeXml(text)}</text></binding></visual></tile>`,
  };
}

/** A badge: WNS `wns/badge` (a number or a glyph name); MPNS has none, so the tile's count. */
export function badge(service: PushService, value: number | string): Notification {
  if (service === 'mpns')
    return {
      headers: mpns('token', 1),
      body: wp(`<wp:Tile><wp:Count>${escapeXml(String(value))}</wp:Count></wp:Tile>`),
    };
  return { headers: wns('wns/badge'), body: `<badge value="${escapeXml(String(value))}"/>` };
}

/** Raw data for the app: WNS `wns/raw`; MPNS with no target header, class 3. */
export function raw(service: PushService, data: string | Uint8Array): Notification {
  return { headers: service === 'wns' ? wns('wns/raw') : mpns(undefined, 3), body: data };
}
