import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../protocol/http';
import { readWnsHeaders, type WnsType } from '../protocol/wns/headers';
import { installApp, setRunState } from './apps';
import { tapToast } from './receive';
import { receive } from './test-receive';
import { initialDeviceState, type IncomingNotification } from './state';

const phone = () => installApp(initialDeviceState(), 'app-1', 'Contoso News');
const incoming = (
  type: WnsType,
  body: string | Uint8Array,
  appId = 'app-1',
): IncomingNotification => {
  const headers = readWnsHeaders({
    'x-wns-type': type,
    'content-type': type === 'wns/raw' ? 'application/octet-stream' : 'text/xml',
  });
  if (!headers.ok) throw new Error(headers.description);
  return {
    service: 'wns',
    appId,
    msgId: 'ABC',
    type,
    options: headers.options,
    body: typeof body === 'string' ? encodeUtf8(body) : body,
  };
};
const toast =
  '<toast launch="article=9"><visual><binding template="ToastText02"><text id="1">Title</text><text id="2">Body</text></binding></visual></toast>';

describe('the phone receives a WNS notification', () => {
  it('shows a toast as the banner and in action center', () => {
    const { state, outcome } = receive(phone(), incoming('wns/toast', toast), 1000);
    expect(outcome).toEqual({ kind: 'shown', detail: 'toast banner' });
    expect(state.banner?.toast.texts).toEqual(['Title', 'Body']);
    expect(state.actionCenter).toHaveLength(1);
  });

  it('launches the app with the launch arguments when the toast is tapped', () => {
    const { state } = receive(phone(), incoming('wns/toast', toast), 1000);
    const tapped = tapToast(state, state.banner!.id);
    expect(tapped.banner).toBeNull();
    expect(tapped.apps['app-1']).toMatchObject({
      runState: 'foreground',
      launchedWith: 'article=9',
    });
  });

  it('sets a badge', () => {
    const { state } = receive(phone(), incoming('wns/badge', '<badge value="12"/>'), 1000);
    expect(state.badges['app-1']).toBe(12);
  });

  it('hands raw data to a running app', () => {
    const running = setRunState(phone(), 'app-1', 'foreground');
    const { state, outcome } = receive(running, incoming('wns/raw', new Uint8Array([1, 2])), 1000);
    expect(outcome.kind).toBe('shown');
    expect(state.rawInbox['app-1']?.[0]?.bytes).toEqual(new Uint8Array([1, 2]));
  });

  // Drops the service cannot see: it answered 200, and the phone logs why. [S19, S41]
  it.each([
    [
      'malformed XML, with its position',
      incoming('wns/toast', '<toast>\n<visual>\n</toast>'),
      /^dropped: .+ at line 3, column \d+$/,
    ],
    ['raw to an app that is not running [S41]', incoming('wns/raw', 'hello'), /not running/],
    ['an app that is not installed', incoming('wns/toast', toast, 'app-9'), /not installed/],
  ])('drops %s and writes the reason to the device log', (_, notification, message) => {
    const { state, outcome } = receive(phone(), notification, 1000);
    expect(outcome.kind).toBe('dropped');
    expect(state.banner).toBeNull();
    expect(state.log).toHaveLength(1);
    expect(state.log[0]!.message).toMatch(message);
    expect(state.log[0]).toMatchObject({ appId: notification.appId, msgId: 'ABC', at: 1000 });
  });

  it('drops toasts for an app whose toasts are turned off', () => {
    const off = phone();
    off.apps['app-1'] = { ...off.apps['app-1']!, toastsEnabled: false };
    expect(receive(off, incoming('wns/toast', toast), 0).outcome).toMatchObject({
      kind: 'dropped',
      reason: 'toasts are turned off for Contoso News',
    });
  });
});
