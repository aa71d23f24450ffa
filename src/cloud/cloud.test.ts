import { describe, expect, it } from 'vitest';
import { createCloud, TokenError, TOKEN_URL, type CloudChannel, type CloudFetch } from './index';

type Sent = { url: string; method: string; headers: Record<string, string>; body?: unknown };

/**
 * A fake WNS/MPNS: the token endpoint issues `T1`, `T2`, … (or refuses), and a channel answers
 * each request with the next status of `statuses` (200 once they run out).
 */
function fakeServices({ statuses = [] as number[], refuseTokens = false } = {}) {
  const sent: Sent[] = [];
  let issued = 0;
  const fetch: CloudFetch = async (url, init) => {
    sent.push({ url, ...init });
    const answer = (status: number, body: string, headers: Record<string, string> = {}) => ({
      status,
      statusText: status === 200 ? 'OK' : 'Error',
      headers: new Headers(headers),
      text: async () => body,
    });
    if (url === TOKEN_URL)
      return refuseTokens
        ? answer(400, '{"error":"invalid_client"}')
        : answer(200, JSON.stringify({ token_type: 'bearer', access_token: `T${++issued}` }));
    return answer(statuses.shift() ?? 200, '', {
      'X-WNS-Status': 'received',
      'Access-Control-Allow-Origin': '*',
    });
  };
  const pushes = () => sent.filter((s) => s.url !== TOKEN_URL);
  const tokenRequests = () => sent.filter((s) => s.url === TOKEN_URL);
  return { fetch, sent, pushes, tokenRequests };
}

const wns: CloudChannel = {
  service: 'wns',
  uri: 'https://db5.notify.windows.com/?token=AwYAAAA',
  credentials: { clientId: 'ms-app://s-1-15-2-1', clientSecret: 's3cret+/=' },
};
const mpns: CloudChannel = {
  service: 'mpns',
  uri: 'http://sn1.notify.live.net/throttledthirdparty/01.00/AQG',
};

describe('createCloud', () => {
  it('asks for a token with the OAuth client-credentials form, once per app', async () => {
    const services = fakeServices();
    const cloud = createCloud(services.fetch);
    await cloud.toast(wns, { title: 'One' });
    await cloud.badge(wns, 3);
    const [token] = services.tokenRequests();
    expect(services.tokenRequests()).toHaveLength(1);
    expect(token).toMatchObject({
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    });
    expect(Object.fromEntries(new URLSearchParams(String(token!.body)))).toEqual({
      grant_type: 'client_credentials',
      client_id: 'ms-app://s-1-15-2-1',
      client_secret: 's3cret+/=',
      scope: 'notify.windows.com',
    });
    expect(services.pushes().map((p) => p.headers.Authorization)).toEqual([
      'Bearer T1',
      'Bearer T1',
    ]);
    expect(cloud.cachedToken('ms-app://s-1-15-2-1')).toBe('T1');
  });

  it('on a 401 with a cached token, takes a new token and sends once more', async () => {
    const services = fakeServices({ statuses: [200, 401] });
    const cloud = createCloud(services.fetch);
    await cloud.toast(wns, { title: 'One' });
    const result = await cloud.toast(wns, { title: 'Two' });
    expect(result.status).toBe(200);
    expect(services.pushes().map((p) => p.headers.Authorization)).toEqual([
      'Bearer T1',
      'Bearer T1',
      'Bearer T2',
    ]);
  });

  it('retries once, not twice: a second 401 is the answer', async () => {
    const services = fakeServices({ statuses: [200, 401, 401] });
    const cloud = createCloud(services.fetch);
    await cloud.toast(wns, { title: 'One' });
    const result = await cloud.toast(wns, { title: 'Two' });
    expect(result.status).toBe(401);
    expect(services.pushes()).toHaveLength(3);
    expect(services.tokenRequests()).toHaveLength(2);
  });

  it('does not retry a 401 on a token it has just been given', async () => {
    const services = fakeServices({ statuses: [401] });
    const cloud = createCloud(services.fetch);
    expect((await cloud.toast(wns, { title: 'One' })).status).toBe(401);
    expect(services.pushes()).toHaveLength(1);
    expect(services.tokenRequests()).toHaveLength(1);
  });

  it('says why when the token endpoint refuses, and keeps its answer', async () => {
    const cloud = createCloud(fakeServices({ refuseTokens: true }).fetch);
    const failure = await cloud.toast(wns, { title: 'x' }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(TokenError);
    expect((failure as TokenError).result.status).toBe(400);
    expect((failure as TokenError).message).toMatch(/token request failed: 400.*client id/);
    const exchanged = await cloud.exchange(wns, (token) => ({
      method: 'POST',
      url: wns.uri,
      headers: token ? { Authorization: `Bearer ${token}` } : ({} as Record<string, string>),
      body: '<toast/>',
    }));
    expect(exchanged).toMatchObject({ tokenFailed: true, result: { status: 400 } });
  });

  it('sends MPNS with no token, with the target and class of each kind', async () => {
    const services = fakeServices();
    const cloud = createCloud(services.fetch);
    await cloud.toast(mpns, { title: 'Hi', body: 'there', launch: '/Page.xaml?a=1&b=2' });
    await cloud.tile(mpns, { text: 'Mail', count: 4 });
    await cloud.badge(mpns, 7);
    await cloud.raw(mpns, 'data');
    expect(services.tokenRequests()).toHaveLength(0);
    const headers = services.pushes().map((p) => p.headers);
    expect(headers.map((h) => [h['X-WindowsPhone-Target'], h['X-NotificationClass']])).toEqual([
      ['toast', '2'],
      ['token', '1'],
      ['token', '1'],
      [undefined, '3'],
    ]);
    expect(headers.every((h) => h.Authorization === undefined)).toBe(true);
    expect(services.pushes()[0]!.body).toContain('<wp:Param>/Page.xaml?a=1&amp;b=2</wp:Param>');
    expect(services.pushes()[1]!.body).toContain('<wp:Count>4</wp:Count>');
  });

  it('sends each WNS kind with its X-WNS-Type and Content-Type, text escaped', async () => {
    const services = fakeServices();
    const cloud = createCloud(services.fetch);
    await cloud.toast(wns, { title: 'Tom & <Jerry>' });
    await cloud.tile(wns, { text: 'Sunny' });
    await cloud.badge(wns, 'alert');
    await cloud.raw(wns, new Uint8Array([1, 2, 3]));
    const pushes = services.pushes();
    expect(pushes.map((p) => [p.headers['X-WNS-Type'], p.headers['Content-Type']])).toEqual([
      ['wns/toast', 'text/xml'],
      ['wns/tile', 'text/xml'],
      ['wns/badge', 'text/xml'],
      ['wns/raw', 'application/octet-stream'],
    ]);
    expect(pushes[0]!.body).toContain('<text id="1">Tom &amp; &lt;Jerry&gt;</text>');
    expect(pushes[2]!.body).toBe('<badge value="alert"/>');
    expect(pushes[3]!.body).toEqual(new Uint8Array([1, 2, 3]));
  });

  it('answers with lower-case header names and without CORS headers', async () => {
    const cloud = createCloud(fakeServices().fetch);
    const result = await cloud.send(wns, { body: '<toast/>', headers: { 'X-WNS-Tag': 'a' } });
    expect(result).toMatchObject({ status: 200, url: wns.uri });
    expect(result.headers).toEqual({ 'x-wns-status': 'received' });
  });

  it('takes the global fetch as it is (this compiles)', () => {
    expect(typeof createCloud(fetch).toast).toBe('function');
  });

  it('takes tokens from another address (a relay URI) when told to', async () => {
    const sent: string[] = [];
    const cloud = createCloud(
      async (url) => {
        sent.push(url);
        return {
          status: 200,
          headers: new Headers(),
          text: async () => '{"access_token":"R1"}',
        };
      },
      { tokenUrl: 'http://127.0.0.1:4173/relay/login.live.com/accesstoken.srf' },
    );
    expect(await cloud.token(wns)).toBe('R1');
    expect(sent).toEqual(['http://127.0.0.1:4173/relay/login.live.com/accesstoken.srf']);
  });
});
