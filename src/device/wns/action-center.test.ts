import { describe, expect, it } from 'vitest';
import type { WnsMatch } from '../../protocol/wns/match';
import { receive } from '../receive';
import type { DeviceState } from '../state';
import { incoming, phone } from './test-phone';

const toast =
  '<toast>\n<visual><binding template="ToastText01"><text id="1">Hi</text></binding></visual></toast>';

describe('WNS toasts and Action Center [S15, S54]', () => {
  const send = (s: DeviceState, headers: Record<string, string>) =>
    receive(s, incoming('wns/toast', toast, headers), 0).state;

  it('SuppressPopup goes straight to Action Center, without a banner', () => {
    const s = send(phone(), { 'x-wns-suppresspopup': 'true' });
    expect(s.banner).toBeNull();
    expect(s.actionCenter).toHaveLength(1);
  });

  it('the same group and tag replaces the older toast', () => {
    let s = send(phone(), { 'x-wns-group': 'g', 'x-wns-tag': 't' });
    s = send(s, { 'x-wns-group': 'g', 'x-wns-tag': 't' });
    s = send(s, { 'x-wns-group': 'h', 'x-wns-tag': 't' });
    expect(s.actionCenter.map((t) => t.group)).toEqual(['h', 'g']);
  });

  it.each<[string, WnsMatch, string[]]>([
    ['group and tag', { all: false, group: 'g', tag: 'a' }, ['g/b', 'h/a']],
    ['group', { all: false, group: 'g' }, ['h/a']],
    ['tag', { all: false, tag: 'a' }, ['g/b']],
    ['all', { all: true }, []],
  ])('DELETE by %s removes the matching toasts', (_, match, left) => {
    let s = phone();
    for (const [g, t] of [
      ['h', 'a'],
      ['g', 'b'],
      ['g', 'a'],
    ])
      s = send(s, { 'x-wns-group': g!, 'x-wns-tag': t! });
    const result = receive(s, incoming('wns/toast', '', {}, { match }), 0);
    expect(result.state.actionCenter.map((t) => `${t.group}/${t.tag}`)).toEqual(left);
  });

  it('reads ToastGeneric actions, inputs and audio', () => {
    const xml =
      '<toast launch="a=1"><visual><binding template="ToastGeneric"><text>T</text></binding></visual><audio src="ms-winsoundevent:Notification.Mail" silent="false"/><actions><input id="r" type="text" placeHolderContent="Reply"/><action content="Send" arguments="send" hint-inputId="r"/></actions></toast>';
    const s = receive(phone(), incoming('wns/toast', xml), 0).state;
    expect(s.banner?.toast).toMatchObject({
      sound: 'ms-winsoundevent:Notification.Mail',
      inputs: [{ id: 'r', type: 'text', placeHolderContent: 'Reply' }],
      actions: [{ content: 'Send', arguments: 'send', inputId: 'r' }],
    });
  });
});
