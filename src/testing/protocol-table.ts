// One protocol table, run through every host: the pure core's tests cover each rule in depth;
// this table proves the hosts agree — the browser's service worker (e2e/hosts.spec.ts) and
// tilecast/node under msw/node (src/transport/hosts.test.ts) give the same status and headers.
import { tokenForm, TOKEN_URL } from '../cloud';
import type { ChannelInfo, TilecastApi } from '../store';

type Api = Pick<TilecastApi, 'openChannel' | 'advanceClock' | 'setConnection' | 'setMpnsSettings'>;

/** What a case can use: channels and tokens opened before each case, on a fresh phone. */
export type TableWorld = {
  wns: ChannelInfo;
  otherWns: ChannelInfo;
  mpns: ChannelInfo;
  token: string;
  otherToken: string;
};

export type TableRequest = {
  url: string;
  method?: string;
  headers?: Record<string, string>;
  body?: string;
};

export type TableCase = {
  name: string;
  /** Runs on the host's API before the request (clock, connection, settings). */
  before?: (api: Api) => Promise<void> | void;
  request: (world: TableWorld) => TableRequest;
  status: number;
  /** Response headers (lower-case names) that must equal these values. */
  headers?: Record<string, string>;
};

const toast =
  '<toast><visual><binding template="ToastText01"><text id="1">t</text></binding></visual></toast>';
const wpToast =
  '<?xml version="1.0" encoding="utf-8"?><wp:Notification xmlns:wp="WPNotification"><wp:Toast><wp:Text1>t</wp:Text1></wp:Toast></wp:Notification>';
const wns = (w: TableWorld, extra: Record<string, string> = {}, body = toast): TableRequest => ({
  url: w.wns.uri,
  headers: {
    Authorization: `Bearer ${w.token}`,
    'Content-Type': 'text/xml',
    'X-WNS-Type': 'wns/toast',
    ...extra,
  },
  body,
});
const mpns = (w: TableWorld, extra: Record<string, string> = {}, body = wpToast): TableRequest => ({
  url: w.mpns.uri,
  headers: {
    'Content-Type': 'text/xml',
    'X-WindowsPhone-Target': 'toast',
    'X-NotificationClass': '2',
    ...extra,
  },
  body,
});
const DAY = 86_400_000;

export const protocolTable: TableCase[] = [
  // WNS, SPEC §2.4–2.5 [S15, S16, S19, S38, S39]
  {
    name: 'WNS 200 received',
    request: (w) => wns(w),
    status: 200,
    headers: { 'x-wns-status': 'received', 'x-wns-notificationstatus': 'received' },
  },
  {
    name: 'WNS 200 with device status on request',
    request: (w) => wns(w, { 'X-WNS-RequestForStatus': 'true' }),
    status: 200,
    headers: { 'x-wns-deviceconnectionstatus': 'connected' },
  },
  {
    name: 'WNS 200 for a payload the phone will drop',
    request: (w) => wns(w, {}, '<tile/>'),
    status: 200,
  },
  {
    name: 'WNS 400 raw sent as text/xml',
    request: (w) => wns(w, { 'X-WNS-Type': 'wns/raw' }),
    status: 400,
    headers: { 'x-wns-error-description': 'Content-Type should be application/octet-stream' },
  },
  {
    name: 'WNS 400 tag over 16 characters',
    request: (w) => wns(w, { 'X-WNS-Tag': 'x'.repeat(17) }),
    status: 400,
  },
  {
    name: 'WNS 401 no token',
    request: (w) => ({
      ...wns(w),
      headers: { 'Content-Type': 'text/xml', 'X-WNS-Type': 'wns/toast' },
    }),
    status: 401,
    headers: { 'www-authenticate': 'Bearer' },
  },
  {
    name: 'WNS 401 expired token',
    before: (api) => api.advanceClock(DAY),
    request: (w) => wns(w),
    status: 401,
  },
  {
    name: "WNS 403 another app's token",
    request: (w) => wns(w, { Authorization: `Bearer ${w.otherToken}` }),
    status: 403,
    headers: { 'x-wns-error-description': 'Channel URL incompatible with caller app' },
  },
  {
    name: 'WNS 404 unknown channel',
    request: (w) => ({ ...wns(w), url: 'https://db5.notify.windows.com/?token=AwYAAAAnone' }),
    status: 404,
  },
  { name: 'WNS 405 PUT', request: (w) => ({ ...wns(w), method: 'PUT' }), status: 405 },
  {
    name: 'WNS 410 expired channel',
    before: (api) => api.advanceClock(30 * DAY),
    request: (w) => wns(w),
    status: 410,
  },
  {
    name: 'WNS 413 over 5000 bytes',
    request: (w) => wns(w, {}, `<toast>${'x'.repeat(5000)}</toast>`),
    status: 413,
  },
  {
    name: 'WNS token 400 invalid_client',
    request: () => ({
      url: 'https://login.live.com/accesstoken.srf',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials&client_id=ms-app%3A%2F%2Fs-1-15-2-1&client_secret=x&scope=notify.windows.com',
    }),
    status: 400,
  },
  // MPNS, SPEC §1.4 [S28, S2, S3, S25, S27]
  {
    name: 'MPNS 200 Received / Connected / Active',
    request: (w) => mpns(w, { 'X-MessageID': '11111111-2222-3333-4444-555555555555' }),
    status: 200,
    headers: {
      'x-notificationstatus': 'Received',
      'x-deviceconnectionstatus': 'Connected',
      'x-subscriptionstatus': 'Active',
      'x-messageid': '11111111-2222-3333-4444-555555555555',
    },
  },
  {
    name: 'MPNS 200 Received / TempDisconnected (queued)',
    before: (api) => api.setConnection('tempDisconnected'),
    request: (w) => mpns(w),
    status: 200,
    headers: { 'x-notificationstatus': 'Received', 'x-deviceconnectionstatus': 'TempDisconnected' },
  },
  {
    name: 'MPNS 400 unknown target',
    request: (w) => mpns(w, { 'X-WindowsPhone-Target': 'banner' }),
    status: 400,
  },
  {
    name: 'MPNS 400 over 3 KB',
    request: (w) => mpns(w, {}, `<x>${'y'.repeat(3100)}</x>`),
    status: 400,
  },
  {
    name: 'MPNS 401 https on an unauthenticated channel',
    request: (w) => ({ ...mpns(w), url: w.mpns.uri.replace(/^http:/, 'https:') }),
    status: 401,
  },
  {
    name: 'MPNS 404 unknown channel',
    request: (w) => ({ ...mpns(w), url: w.mpns.uri.replace(/\/[^/]+$/, '/AQGunknown') }),
    status: 404,
    headers: { 'x-notificationstatus': 'Dropped', 'x-subscriptionstatus': 'Expired' },
  },
  { name: 'MPNS 405 PUT', request: (w) => ({ ...mpns(w), method: 'PUT' }), status: 405 },
  {
    name: 'MPNS 406 past the daily quota',
    before: (api) => api.setMpnsSettings({ dailyQuota: 0 }),
    request: (w) => mpns(w),
    status: 406,
    headers: { 'x-notificationstatus': 'Dropped' },
  },
  {
    name: 'MPNS 412 inactive device',
    before: (api) => api.setConnection('inactive'),
    request: (w) => mpns(w),
    status: 412,
    headers: { 'x-deviceconnectionstatus': 'InActive' },
  },
  {
    name: 'MPNS 503 service unavailable',
    before: (api) => api.setMpnsSettings({ unavailable: true }),
    request: (w) => mpns(w),
    status: 503,
  },
];

/** Opens the channels and tokens a case uses; `post` is the host's own fetch. */
export async function tableWorld(
  api: Api,
  post: (
    url: string,
    init: { method: string; headers: Record<string, string>; body: string },
  ) => Promise<{ body: string }>,
): Promise<TableWorld> {
  const token = async (channel: ChannelInfo) => {
    const answer = await post(TOKEN_URL, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: tokenForm(channel.credentials!),
    });
    return (JSON.parse(answer.body) as { access_token: string }).access_token;
  };
  const wns = await api.openChannel({ service: 'wns' });
  const otherWns = await api.openChannel({ service: 'wns', app: 'Fabrikam Weather' });
  const mpns = await api.openChannel({ service: 'mpns', app: 'Northwind Mail' });
  return { wns, otherWns, mpns, token: await token(wns), otherToken: await token(otherWns) };
}
