import { describe, expect, it } from 'vitest';
import { closeAppChannels, handleRequest, setConnection, tick } from '../index';
import { mpnsPost, mpnsWorld, toastHeaders } from './test-world';

// Quota, batching and the offline queue over virtual time. [S13, S29, S30, S28] and SPEC §0.
describe('MPNS service rules over time', () => {
  it('echoes X-MessageID [S3, S5]', () => {
    const w = mpnsWorld();
    const id = '3f2504e0-4f89-11d3-9a0c-0305e82c3301';
    const result = handleRequest(
      w.state,
      mpnsPost(w.channel.uri, { ...toastHeaders, 'x-messageid': id }),
      w.env,
    );
    expect(result.response.headers['X-MessageID']).toBe(id);
  });

  it('authenticated channels have no daily quota and accept X-CallbackURI [S13, S29]', () => {
    const w = mpnsWorld();
    let state = {
      ...w.state,
      mpns: { ...w.state.mpns, settings: { ...w.state.mpns.settings, dailyQuota: 1 } },
    };
    for (let i = 0; i < 3; i++) {
      const r = handleRequest(
        state,
        mpnsPost(w.secure.uri, { ...toastHeaders, 'x-callbackuri': 'https://cb.example/x' }),
        w.env,
      );
      expect(r.response.status).toBe(200);
      expect(r.verdict.summary).toContain('callback https://cb.example/x registered');
      state = r.state;
    }
  });

  it('counts 500 a day, answers 406 on the 501st, and resets at the next virtual day [S13]', () => {
    const w = mpnsWorld();
    let state = w.state;
    for (let i = 0; i < 500; i++)
      state = handleRequest(state, mpnsPost(w.channel.uri), w.env).state;
    expect(handleRequest(state, mpnsPost(w.channel.uri), w.env).response.status).toBe(406);
    const midnight = Math.ceil(w.env.now / 86_400_000) * 86_400_000;
    const tomorrow = { ...w.env, now: midnight };
    expect(handleRequest(state, mpnsPost(w.channel.uri), tomorrow).response.status).toBe(200);
  });

  it.each([
    { cls: '12', target: 'toast', delay: 450 },
    { cls: '22', target: 'toast', delay: 900 },
    { cls: '11', target: 'token', delay: 450 },
    { cls: '21', target: 'token', delay: 900 },
    { cls: '13', target: undefined, delay: 450 },
    { cls: '23', target: undefined, delay: 900 },
  ])('class $cls is released by tick after $delay s [S30]', ({ cls, target, delay }) => {
    const w = mpnsWorld();
    const headers: Record<string, string> = { 'x-notificationclass': cls };
    if (target) headers['x-windowsphone-target'] = target;
    const sent = handleRequest(w.state, mpnsPost(w.channel.uri, headers), w.env);
    const early = tick(sent.state, { ...w.env, now: w.env.now + delay * 1000 - 1 });
    expect(early.deliveries).toHaveLength(0);
    const due = tick(early.state, { ...w.env, now: w.env.now + delay * 1000 });
    expect(due.deliveries.map((d) => d.msgId)).toEqual([sent.held![0]!.msgId]);
    expect(due.state.mpns.batched).toHaveLength(0);
  });

  it('queues while away and flushes in order on reconnect [S28, §0]', () => {
    const w = mpnsWorld();
    const off = { ...w.env, connection: 'disconnected' as const };
    let state = setConnection(w.state, 'disconnected', off).state;
    const ids: string[] = [];
    for (const app of [w.channel, w.secure, w.channel]) {
      const r = handleRequest(state, mpnsPost(app.uri), off);
      ids.push(r.held![0]!.msgId);
      state = r.state;
    }
    const stillAway = setConnection(state, 'tempDisconnected', w.env);
    expect(stillAway.deliveries).toHaveLength(0);
    const back = setConnection(stillAway.state, 'connected', w.env);
    expect(back.deliveries.map((d) => d.msgId)).toEqual(ids);
    expect(back.state.mpns.offline).toHaveLength(0);
  });

  it('a batched notification released while the phone is away waits in the queue', () => {
    const w = mpnsWorld();
    const sent = handleRequest(
      w.state,
      mpnsPost(w.channel.uri, { ...toastHeaders, 'x-notificationclass': '12' }),
      w.env,
    );
    const away = setConnection(sent.state, 'disconnected', w.env).state;
    const released = tick(away, {
      ...w.env,
      now: w.env.now + 450_000,
      connection: 'disconnected',
    });
    expect(released.deliveries).toHaveLength(0);
    expect(released.state.mpns.offline).toHaveLength(1);
    expect(setConnection(released.state, 'connected', w.env).deliveries).toHaveLength(1);
  });

  it('queued notifications of an uninstalled app expire instead of arriving', () => {
    const w = mpnsWorld();
    const away = setConnection(w.state, 'disconnected', w.env).state;
    const sent = handleRequest(away, mpnsPost(w.channel.uri), {
      ...w.env,
      connection: 'disconnected',
    });
    const back = setConnection(closeAppChannels(sent.state, 'app-1'), 'connected', w.env);
    expect(back.deliveries).toHaveLength(0);
    expect(back.expired[0]?.reason).toMatch(/channel was closed/);
  });
});
