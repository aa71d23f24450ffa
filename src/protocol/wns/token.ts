import { decodeUtf8, header } from '../http';

// The OAuth 2.0 client-credentials request to login.live.com. [S15, S16, S17, S18]

export const WNS_TOKEN_URL = 'https://login.live.com/accesstoken.srf';
export const WNS_TOKEN_LIFETIME_SECONDS = 86_400;
/** Windows Phone 8.1 channels also accepted the older scope. [S16] */
export const WNS_SCOPES = ['notify.windows.com', 's.notify.live.net'];

/** The OAuth client-credentials form a cloud service sends to WNS_TOKEN_URL. [S15, S18] */
export function tokenForm(credentials: { clientId: string; clientSecret: string }): string {
  return new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: credentials.clientId,
    client_secret: credentials.clientSecret,
    scope: 'notify.windows.com',
  }).toString();
}

export type TokenRequest = {
  grantType?: string;
  clientId?: string;
  clientSecret?: string;
  scope?: string;
};

export type OAuthError = {
  error: 'invalid_request' | 'invalid_client' | 'unsupported_grant_type' | 'invalid_scope';
  error_description: string;
};

export type TokenRequestResult =
  { ok: true; request: TokenRequest } | { ok: false; error: OAuthError };

/** Parses the form body; URLSearchParams applies the form rules ('+' is a space, %XX decoded). */
export function readTokenRequest(
  method: string,
  headers: Readonly<Record<string, string>>,
  body: Uint8Array,
): TokenRequestResult {
  if (method !== 'POST') {
    return {
      ok: false,
      error: {
        error: 'invalid_request',
        error_description: `The token endpoint accepts POST, not ${method}`,
      },
    };
  }
  const contentType = header(headers, 'content-type')?.split(';')[0]?.trim().toLowerCase();
  if (contentType !== 'application/x-www-form-urlencoded') {
    return {
      ok: false,
      error: {
        error: 'invalid_request',
        error_description: 'Content-Type must be application/x-www-form-urlencoded',
      },
    };
  }
  const form = new URLSearchParams(decodeUtf8(body));
  const request: TokenRequest = {
    grantType: form.get('grant_type') ?? undefined,
    clientId: form.get('client_id') ?? undefined,
    clientSecret: form.get('client_secret') ?? undefined,
    scope: form.get('scope') ?? undefined,
  };
  if (request.grantType !== 'client_credentials') {
    return {
      ok: false,
      error: {
        error: request.grantType === undefined ? 'invalid_request' : 'unsupported_grant_type',
        error_description:
          request.grantType === undefined
            ? 'The grant_type field is missing; it must be client_credentials'
            : `grant_type "${request.grantType}" is not supported; use client_credentials`,
      },
    };
  }
  if (!request.clientId || !request.clientSecret) {
    return {
      ok: false,
      error: {
        error: 'invalid_request',
        error_description: 'client_id and client_secret are required',
      },
    };
  }
  if (!request.scope || !WNS_SCOPES.includes(request.scope)) {
    return {
      ok: false,
      error: {
        error: 'invalid_scope',
        error_description: `scope must be notify.windows.com, not "${request.scope ?? ''}"`,
      },
    };
  }
  return { ok: true, request };
}
