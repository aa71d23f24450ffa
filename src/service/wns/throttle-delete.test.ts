import { describe, expect, it } from 'vitest';
import { handleWnsNotification } from './notify';
import { setWnsSettings } from './settings';
import { post, toastXml, world } from './test-world';

const good = (w: ReturnType<typeof world>) => ({
  authorization: `Bearer ${w.tokens.app1}`,
  'content-type': 'text/xml',
  'x-wns-type': 'wns/toast',
});

describe('WNS throttling (SPEC §0 ⚙)', () => {
  it('lets N notifications per minute through, then 406 until the window moves on', () => {
    const w = world();
    let state = setWnsSettings(w.state, { channelRatePerMinute: 2 });
    const send = (later: number) => {
      const result = handleWnsNotification(state, post(w.channel.uri, good(w), toastXml), {
        ...w.env,
        now: w.env.now + later,
      });
      state = result.state;
      return result.response;
    };
    expect(send(0).status).toBe(200);
    expect(send(10_000).status).toBe(200);
    const throttled = send(20_000);
    expect(throttled.status).toBe(406);
    expect(throttled.headers['Retry-After']).toBe('40');
    expect(send(60_000).status).toBe(200);
  });

  it('counts per channel: another channel is not throttled', () => {
    const w = world();
    const state = setWnsSettings(w.state, { channelRatePerMinute: 1 });
    const first = handleWnsNotification(state, post(w.channel.uri, good(w), toastXml), w.env);
    const other = handleWnsNotification(
      first.state,
      post(w.otherChannel.uri, { ...good(w), authorization: `Bearer ${w.tokens.app2}` }, toastXml),
      w.env,
    );
    expect(other.response.status).toBe(200);
  });
});

describe('WNS DELETE with X-WNS-Match [S15]', () => {
  it.each([
    ['type:wns/toast;group=G;tag=T', { all: false, group: 'G', tag: 'T' }],
    ['type:wns/toast;group=G', { all: false, group: 'G' }],
    ['type:wns/toast;tag=T', { all: false, tag: 'T' }],
    ['type:wns/toast;all', { all: true }],
  ])('%s becomes a command for the phone', (value, match) => {
    const w = world();
    const result = handleWnsNotification(
      w.state,
      post(
        w.channel.uri,
        { authorization: `Bearer ${w.tokens.app1}`, 'x-wns-match': value },
        'ignored',
        'DELETE',
      ),
      w.env,
    );
    const [delivery] = result.deliveries;
    expect(delivery?.service === 'wns' && delivery.match).toEqual(match);
  });

  it.each([
    'type:wns/tile;all',
    'type:wns/toast',
    'type:wns/toast;colour=red',
    'type:wns/toast;all;tag=T',
  ])('%s is refused with 400', (value) => {
    const w = world();
    const result = handleWnsNotification(
      w.state,
      post(
        w.channel.uri,
        { authorization: `Bearer ${w.tokens.app1}`, 'x-wns-match': value },
        '',
        'DELETE',
      ),
      w.env,
    );
    expect(result.response.status).toBe(400);
    expect(result.verdict.diagnostic?.rule).toBe('wns.match');
  });
});
