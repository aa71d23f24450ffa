import { describe, expect, it } from 'vitest';
import { openMpnsChannel } from './mpns/channels';
import { randomString, secretString, seededRandom, type Random, type Secret } from './random';
import { initialServiceState, type Env } from './state';
import { registerApp } from './wns/apps';
import { openWnsChannel } from './wns/channels';
import { handleTokenRequest } from './wns/token-endpoint';
import { post } from './wns/test-world';

const crypto: Secret = (bytes) => globalThis.crypto.getRandomValues(bytes);

/** A `random` that counts its draws, and a `secret` that fills every byte with `byte`. */
function probe(byte: number) {
  const seeded = seededRandom(7);
  const draws = { count: 0 };
  const random: Random = () => (draws.count++, seeded());
  const secret: Secret = (bytes) => bytes.fill(byte);
  const env: Env = { now: 0, random, secret };
  return { env, draws };
}

/** Every credential the service makes, for one app, from `env`. */
function credentials(env: Env) {
  const app = registerApp(initialServiceState(), 'app-1', 'Contoso', env.secret);
  const wns = openWnsChannel(app.state, 'app-1', env);
  const mpns = openMpnsChannel(wns.state, 'app-2', {}, env);
  if (!mpns.ok) throw new Error(mpns.reason);
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: app.app.packageSid,
    client_secret: app.app.clientSecret,
    scope: 'notify.windows.com',
  });
  const issued = handleTokenRequest(
    mpns.state,
    post(
      'https://login.live.com/accesstoken.srf',
      { 'content-type': 'application/x-www-form-urlencoded' },
      form.toString(),
    ),
    env,
  );
  const accessToken = (JSON.parse(issued.response.body) as { access_token: string }).access_token;
  return {
    packageSid: app.app.packageSid,
    clientSecret: app.app.clientSecret,
    wnsToken: wns.channel.token,
    mpnsToken: mpns.channel.token,
    accessToken,
  };
}

describe('secrets come from the secret source, never the seeded stream', () => {
  it('every credential is made of secret bytes only; the seed draws just the data centres', () => {
    const { env, draws } = probe(1);
    const made = credentials(env);
    // Byte 1 is the second character of each alphabet: nothing else went into the secrets.
    expect(made).toEqual({
      packageSid: `ms-app://s-1-15-2${'-1111111111'.repeat(7)}`,
      clientSecret: 'B'.repeat(32),
      wnsToken: `AwYAAAA${'B'.repeat(129)}=`,
      mpnsToken: `AQG${'B'.repeat(77)}`,
      accessToken: `EgA${'B'.repeat(401)}=`,
    });
    expect(draws.count).toBe(2); // one data centre per channel
  });

  it('two services with the same seed get different secrets', () => {
    const env = () => ({ now: 0, random: seededRandom(7), secret: crypto });
    const [a, b] = [credentials(env()), credentials(env())];
    for (const key of Object.keys(a) as (keyof typeof a)[]) expect(a[key], key).not.toBe(b[key]);
  });

  it('no secret can be read off the seeded stream at any offset', () => {
    const made = credentials({ now: 0, random: seededRandom(7), secret: crypto });
    const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
    // What the secret would be if it were drawn from the stream after `skip` public ids.
    for (let skip = 0; skip < 2_000; skip++) {
      const stream = seededRandom(7);
      for (let i = 0; i < skip; i++) stream();
      expect(randomString(stream, 32, alphabet)).not.toBe(made.clientSecret);
    }
  });
});

describe('secretString', () => {
  it('redraws bytes past the last whole alphabet, so every character is equally likely', () => {
    const queue = [250, 255, 3, 9];
    const secret: Secret = (bytes) => bytes.map(() => queue.shift() ?? 0);
    // 250 and 255 are past 249 (the last multiple of 10): they are dropped, not folded to 0 and 5.
    expect(secretString(secret, 2, '0123456789')).toBe('39');
  });

  it('is uniform over a large sample', () => {
    const counts = new Map<string, number>();
    for (const ch of secretString(
      crypto,
      62_000,
      'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789',
    ))
      counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(62);
    for (const n of counts.values()) expect(Math.abs(n - 1000)).toBeLessThan(200);
  });
});
