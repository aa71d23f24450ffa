import { encodeUtf8 } from '../../protocol/http';
import type { PushRequest } from '../../protocol/types';
import { seededRandom, type Secret } from '../random';
import { initialServiceState, type Env, type ServiceState } from '../state';
import { registerApp } from '../wns/apps';
import { openMpnsChannel } from './channels';

/** A service with an unauthenticated and an authenticated MPNS channel, for table tests. */
export function mpnsWorld(now = Date.UTC(2026, 0, 1, 12)) {
  const random = seededRandom(7);
  const secret: Secret = (bytes) => crypto.getRandomValues(bytes);
  const env: Env = { now, random, secret };
  let state: ServiceState = initialServiceState();
  state = registerApp(state, 'app-1', 'Contoso News', secret).state;
  state = registerApp(state, 'app-2', 'Fabrikam Weather', secret).state;
  const open = (appId: string, authenticated: boolean) => {
    const opened = openMpnsChannel(state, appId, { authenticated }, env);
    if (!opened.ok) throw new Error(opened.reason);
    state = opened.state;
    return opened.channel;
  };
  const channel = open('app-1', false);
  const secure = open('app-2', true);
  return { state, env, channel, secure };
}

export const toastXml =
  '<wp:Notification xmlns:wp="WPNotification"><wp:Toast><wp:Text1>Hi</wp:Text1><wp:Text2>there</wp:Text2></wp:Toast></wp:Notification>';

export const toastHeaders = { 'content-type': 'text/xml', 'x-windowsphone-target': 'toast' };

export function mpnsPost(
  url: string,
  headers: Record<string, string> = toastHeaders,
  body: string | Uint8Array = toastXml,
  method = 'POST',
): PushRequest {
  return { method, url, headers, body: typeof body === 'string' ? encodeUtf8(body) : body };
}
