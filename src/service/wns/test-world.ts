import { encodeUtf8 } from '../../protocol/http';
import type { PushRequest } from '../../protocol/types';
import { seededRandom, type Secret } from '../random';
import { initialServiceState, type Env, type ServiceState } from '../state';
import { registerApp } from './apps';
import { openWnsChannel } from './channels';
import { handleTokenRequest } from './token-endpoint';

/** A service with two apps, each with a channel and a fresh token, for table tests. */
export function world(now = 1_700_000_000_000) {
  const random = seededRandom(42);
  const secret: Secret = (bytes) => crypto.getRandomValues(bytes);
  const env: Env = { now, random, secret };
  let state: ServiceState = initialServiceState();
  state = registerApp(state, 'app-1', 'Contoso News', secret).state;
  state = registerApp(state, 'app-2', 'Fabrikam Weather', secret).state;
  const a = openWnsChannel(state, 'app-1', env);
  state = a.state;
  const b = openWnsChannel(state, 'app-2', env);
  state = b.state;
  const token = (appId: string) => {
    const app = state.apps[appId]!;
    const body = `grant_type=client_credentials&client_id=${encodeURIComponent(app.packageSid)}&client_secret=${app.clientSecret}&scope=notify.windows.com`;
    const result = handleTokenRequest(
      state,
      post(
        'https://login.live.com/accesstoken.srf',
        { 'content-type': 'application/x-www-form-urlencoded' },
        body,
      ),
      env,
    );
    state = result.state;
    return (JSON.parse(result.response.body) as { access_token: string }).access_token;
  };
  const tokens = { app1: token('app-1'), app2: token('app-2') };
  return { state, env, channel: a.channel, otherChannel: b.channel, tokens };
}

export function post(
  url: string,
  headers: Record<string, string>,
  body: string | Uint8Array,
  method = 'POST',
): PushRequest {
  return { method, url, headers, body: typeof body === 'string' ? encodeUtf8(body) : body };
}

export const toastXml =
  '<toast><visual><binding template="ToastText02"><text id="1">Hi</text><text id="2">there</text></binding></visual></toast>';
