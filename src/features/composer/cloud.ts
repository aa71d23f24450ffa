// The composer acts as the developer's cloud service: real HTTP to the real endpoints, which the
// page's push service (the msw worker) answers exactly as WNS or MPNS would.

import type { HttpRequest } from './request';

export const TOKEN_URL = 'https://login.live.com/accesstoken.srf';

export type HttpResult = {
  url: string;
  status: number;
  statusText: string;
  headers: [string, string][];
  body: string;
};

const read = async (url: string, response: Response): Promise<HttpResult> => ({
  url,
  status: response.status,
  statusText: response.statusText,
  headers: [...response.headers.entries()].filter(([name]) => !name.startsWith('access-control-')),
  body: await response.text(),
});

export type Credentials = { clientId: string; clientSecret: string };

/** OAuth 2.0 client credentials, form-encoded as SPEC §2.1 requires. */
export async function requestToken(
  credentials: Credentials,
): Promise<{ token?: string; result: HttpResult }> {
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: credentials.clientId,
    client_secret: credentials.clientSecret,
    scope: 'notify.windows.com',
  });
  const response = await fetch(TOKEN_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: form.toString(),
  });
  const result = await read(TOKEN_URL, response);
  if (response.status !== 200) return { result };
  const json = JSON.parse(result.body) as { access_token?: string };
  return { token: json.access_token, result };
}

/** Sends exactly the request the composer shows. */
export async function send(request: HttpRequest): Promise<HttpResult> {
  const response = await fetch(request.url, {
    method: request.method,
    headers: request.headers,
    body: request.body,
  });
  return read(request.url, response);
}
