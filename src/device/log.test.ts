import { describe, expect, it } from 'vitest';
import { installApp } from './apps';
import { appendCapped, DEVICE_LOG_LIMIT, drop } from './log';
import { deliverRaw, RAW_INBOX_LIMIT } from './raw';
import { initialDeviceState, type DeviceState } from './state';

// Issue 21: a phone left open for a day keeps the newest device-log lines and raw messages, so
// the thousandth drop or raw push costs what the first did.

describe('appendCapped', () => {
  it('appends, and past the limit drops the oldest', () => {
    expect(appendCapped([1, 2], 3, 5)).toEqual([1, 2, 3]);
    expect(appendCapped([1, 2, 3], 4, 3)).toEqual([2, 3, 4]);
    const list = [1];
    expect(appendCapped(list, 2, 3)).not.toBe(list);
    expect(list).toEqual([1]);
  });
});

describe('the device log and raw consoles are bounded', () => {
  const phone = () => installApp(initialDeviceState(), 'app-1', 'Contoso News');

  it(`keeps the newest ${DEVICE_LOG_LIMIT} device-log lines`, () => {
    let state: DeviceState = phone();
    const reason = { kind: 'dropped', reason: 'bad XML' } as const;
    for (let i = 0; i < DEVICE_LOG_LIMIT + 25; i++)
      state = drop(state, { appId: 'app-1', msgId: `m${i}` }, i, reason).state;
    expect(state.log).toHaveLength(DEVICE_LOG_LIMIT);
    expect(state.log[0]!.msgId).toBe('m25');
    expect(state.log.at(-1)!.msgId).toBe(`m${DEVICE_LOG_LIMIT + 24}`);
  });

  it(`keeps the newest ${RAW_INBOX_LIMIT} raw messages of each app`, () => {
    let state: DeviceState = installApp(phone(), 'app-2', 'Fabrikam');
    const bytes = new Uint8Array([1]);
    for (let i = 0; i < RAW_INBOX_LIMIT + 3; i++)
      state = deliverRaw(state, 'app-1', `m${i}`, bytes, i, 'raw').state;
    state = deliverRaw(state, 'app-2', 'other', bytes, 0, 'raw').state;
    expect(state.rawInbox['app-1']).toHaveLength(RAW_INBOX_LIMIT);
    expect(state.rawInbox['app-1']![0]!.msgId).toBe('m3');
    expect(state.rawInbox['app-2']!.map((m) => m.msgId)).toEqual(['other']);
  });
});
