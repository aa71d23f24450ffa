import { encodeUtf8 } from '../../protocol/http';
import { createTilecastStore } from '../store';

/** A real journal from the real store: token, a shown toast, a dropped toast, a 401, a badge. */
export function sampleJournal() {
  let t = 1_700_000_000_000;
  const store = createTilecastStore({ seed: 11, realNow: () => (t += 7) });
  const channel = store.getState().openChannel({ service: 'wns' });
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: channel.credentials!.clientId,
    client_secret: channel.credentials!.clientSecret,
    scope: 'notify.windows.com',
  });
  const tokenResponse = store.getState().receive({
    method: 'POST',
    url: 'https://login.live.com/accesstoken.srf',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: encodeUtf8(form.toString()),
  });
  const token = (JSON.parse(tokenResponse.body) as { access_token: string }).access_token;
  const push = (type: string, body: string, auth = `Bearer ${token}`, extra = {}) =>
    store.getState().receive({
      method: 'POST',
      url: channel.uri,
      headers: {
        authorization: auth,
        'content-type': 'text/xml',
        'x-wns-type': type,
        ...extra,
      },
      body: encodeUtf8(body),
    });
  push(
    'wns/toast',
    '<toast><visual><binding template="ToastText01"><text id="1">Goal!</text></binding></visual></toast>',
    undefined,
    { 'ms-cv': 'abc.1', 'x-custom': 'it\'s "odd"' },
  );
  push('wns/toast', '<toast>\n  <visual>\n</toast>');
  push('wns/badge', '<badge value="3"/>', 'Bearer nope');
  push('wns/badge', '<badge value="4"/>', undefined, { 'ms-cv': 'abc.1' });
  return { store, journal: store.getState().journal.toArray(), channel };
}
