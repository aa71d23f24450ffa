import { describe, expect, it } from 'vitest';
import { handleTokenRequest } from './token-endpoint';
import { post, world } from './test-world';

const form = { 'content-type': 'application/x-www-form-urlencoded' };
const url = 'https://login.live.com/accesstoken.srf';

describe('WNS token endpoint [S15, S18]', () => {
  it('issues a 24 h bearer token for the right credentials', () => {
    const w = world();
    const app = w.state.apps['app-1']!;
    const body = new URLSearchParams({
      grant_type: 'client_credentials',
      client_id: app.packageSid,
      client_secret: app.clientSecret,
      scope: 'notify.windows.com',
    });
    const result = handleTokenRequest(w.state, post(url, form, body.toString()), w.env);
    expect(result.response.status).toBe(200);
    expect(result.response.headers).toMatchObject({
      'Cache-Control': 'no-store',
      'Content-Type': 'application/json',
    });
    const json = JSON.parse(result.response.body) as Record<string, unknown>;
    expect(json).toMatchObject({ token_type: 'bearer', expires_in: 86400 });
    expect(json.access_token).toMatch(/^EgA[A-Za-z0-9+/]{300,}=*$/);
    expect(result.state.tokens[json.access_token as string]).toMatchObject({
      appId: 'app-1',
      expiresAt: w.env.now + 86_400_000,
    });
  });

  it.each([
    [
      'a wrong secret',
      (sid: string) =>
        `grant_type=client_credentials&client_id=${encodeURIComponent(sid)}&client_secret=nope&scope=notify.windows.com`,
      'invalid_client',
    ],
    [
      'an unknown client_id',
      () =>
        'grant_type=client_credentials&client_id=ms-app%3A%2F%2Fs-1-15-2-1&client_secret=x&scope=notify.windows.com',
      'invalid_client',
    ],
    [
      'another grant type',
      (sid: string) =>
        `grant_type=password&client_id=${encodeURIComponent(sid)}&client_secret=x&scope=notify.windows.com`,
      'unsupported_grant_type',
    ],
    [
      'a missing grant type',
      (sid: string) =>
        `client_id=${encodeURIComponent(sid)}&client_secret=x&scope=notify.windows.com`,
      'invalid_request',
    ],
    [
      'a wrong scope',
      (sid: string) =>
        `grant_type=client_credentials&client_id=${encodeURIComponent(sid)}&client_secret=x&scope=graph.microsoft.com`,
      'invalid_scope',
    ],
  ])('answers 400 with an OAuth error for %s', (_, body, error) => {
    const w = world();
    const result = handleTokenRequest(
      w.state,
      post(url, form, body(w.state.apps['app-1']!.packageSid)),
      w.env,
    );
    expect(result.response.status).toBe(400);
    expect(JSON.parse(result.response.body)).toMatchObject({
      error,
      error_description: expect.any(String),
    });
    expect(result.state).toBe(w.state);
  });

  it('refuses a JSON body: the fields must be form-encoded', () => {
    const w = world();
    const result = handleTokenRequest(
      w.state,
      post(url, { 'content-type': 'application/json' }, '{}'),
      w.env,
    );
    expect(result.response.status).toBe(400);
  });
});
