import { encodeUtf8 } from '../protocol/http';
import type { PushRequest } from '../protocol/types';

/** The cloud service's token request (OAuth client credentials, form-encoded), for store tests. */
export function tokenRequest(clientId: string, clientSecret: string): PushRequest {
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: clientId,
    client_secret: clientSecret,
    scope: 'notify.windows.com',
  });
  return {
    method: 'POST',
    url: 'https://login.live.com/accesstoken.srf',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: encodeUtf8(form.toString()),
  };
}
