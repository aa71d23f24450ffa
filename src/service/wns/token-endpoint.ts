import { response } from '../../protocol/http';
import { readTokenRequest, WNS_TOKEN_LIFETIME_SECONDS } from '../../protocol/wns/token';
import type { PushRequest } from '../../protocol/types';
import { secretString } from '../random';
import type { Env, ServiceResult, ServiceState } from '../state';

const json = (status: number, body: unknown) =>
  response(
    status,
    { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' },
    JSON.stringify(body),
  );

/** login.live.com/accesstoken.srf: OAuth 2.0 client credentials → a 24 h bearer token. [S15, S18] */
export function handleTokenRequest(
  state: ServiceState,
  request: PushRequest,
  env: Env,
): ServiceResult {
  const base = { state, deliveries: [], kind: 'token' as const, service: 'wns' as const };
  const read = readTokenRequest(request.method, request.headers, request.body);
  if (!read.ok) {
    return {
      ...base,
      response: json(400, read.error),
      verdict: {
        summary: `Token refused: ${read.error.error_description}`,
        diagnostic: {
          rule: `oauth.${read.error.error}`,
          message: read.error.error_description,
          severity: 'error',
        },
      },
    };
  }
  const { clientId, clientSecret } = read.request;
  const app = Object.values(state.apps).find((a) => a.packageSid === clientId);
  if (!app || app.clientSecret !== clientSecret) {
    const description = app
      ? 'The client secret does not match this Package SID'
      : 'No app is registered with this Package SID (client_id)';
    return {
      ...base,
      response: json(400, { error: 'invalid_client', error_description: description }),
      verdict: {
        summary: `Token refused: ${description}`,
        diagnostic: { rule: 'oauth.invalid_client', message: description, severity: 'error' },
      },
    };
  }
  // Real tokens are ~400 base64 characters starting "EgA". [S18]
  const token = `EgA${secretString(env.secret, 401)}=`;
  const expiresAt = env.now + WNS_TOKEN_LIFETIME_SECONDS * 1000;
  return {
    ...base,
    appId: app.appId,
    state: {
      ...state,
      tokens: {
        ...state.tokens,
        [token]: { token, appId: app.appId, issuedAt: env.now, expiresAt },
      },
    },
    response: json(200, {
      token_type: 'bearer',
      access_token: token,
      expires_in: WNS_TOKEN_LIFETIME_SECONDS,
    }),
    verdict: { summary: `Issued a 24 h access token to ${app.name}` },
  };
}
