import { describe, expect, it } from 'vitest';
import { seededRandom } from '../random';
import { initialServiceState, type ServiceState } from '../state';
import { MPNS_MAX_CHANNELS_PER_DEVICE, openMpnsChannel } from './channels';

const env = {
  now: 0,
  random: seededRandom(3),
  secret: (bytes: Uint8Array<ArrayBuffer>) => crypto.getRandomValues(bytes),
};

describe('MPNS channel URIs [S20–S26]', () => {
  it.each([
    {
      authenticated: false,
      form: /^http:\/\/(db3|sn1|dm2|hk1|am3)\.notify\.live\.net\/throttledthirdparty\/01\.00\/[A-Za-z0-9_-]{70,90}$/,
    },
    {
      authenticated: true,
      form: /^https:\/\/(db3|sn1|dm2|hk1|am3)\.notify\.live\.net\/unthrottledthirdparty\/01\.00\/[A-Za-z0-9_-]{70,90}$/,
    },
  ])('authenticated=$authenticated gives the documented form', ({ authenticated, form }) => {
    const opened = openMpnsChannel(initialServiceState(), 'app-1', { authenticated }, env);
    expect(opened.ok && opened.channel.uri).toMatch(form);
    expect(opened.ok && opened.channel.uri.length).toBeLessThanOrEqual(1024);
  });

  it('keeps one channel per app, reusing it [S26]', () => {
    const first = openMpnsChannel(initialServiceState(), 'app-1', {}, env);
    if (!first.ok) throw new Error(first.reason);
    const again = openMpnsChannel(first.state, 'app-1', {}, env);
    expect(again.ok && again.channel.uri).toBe(first.channel.uri);
    const secure = openMpnsChannel(first.state, 'app-1', { authenticated: true }, env);
    expect(secure.ok && Object.keys(secure.state.channels)).toEqual([
      secure.ok && secure.channel.token,
    ]);
  });

  it('refuses the 31st channel on a device [S26]', () => {
    let state: ServiceState = initialServiceState();
    for (let i = 0; i < MPNS_MAX_CHANNELS_PER_DEVICE; i++) {
      const opened = openMpnsChannel(state, `app-${i}`, {}, env);
      if (!opened.ok) throw new Error(opened.reason);
      state = opened.state;
    }
    const refused = openMpnsChannel(state, 'app-31', {}, env);
    expect(refused).toEqual({ ok: false, reason: expect.stringMatching(/ChannelOpenFailed/) });
  });
});
