import { describe, expect, it } from 'vitest';
import { readMpnsHeaders } from './headers';

type Row = {
  name: string;
  headers: Record<string, string>;
  target?: string;
  cls?: number;
  delay?: number;
  rule?: string;
};

// X-WindowsPhone-Target and X-NotificationClass, SPEC §1.2 and §0. [S1, S2, S3, S5, S30]
const rows: Row[] = [
  {
    name: 'toast, no class → 2 immediate [S1]',
    headers: { 'x-windowsphone-target': 'toast' },
    target: 'toast',
    cls: 2,
    delay: 0,
  },
  {
    name: 'toast class 2 [S30]',
    headers: { 'x-windowsphone-target': 'toast', 'x-notificationclass': '2' },
    target: 'toast',
    cls: 2,
    delay: 0,
  },
  {
    name: 'toast class 12 → 450 s [S30]',
    headers: { 'x-windowsphone-target': 'toast', 'x-notificationclass': '12' },
    target: 'toast',
    cls: 12,
    delay: 450,
  },
  {
    name: 'toast class 22 → 900 s [S30]',
    headers: { 'x-windowsphone-target': 'toast', 'x-notificationclass': '22' },
    target: 'toast',
    cls: 22,
    delay: 900,
  },
  {
    name: 'token class 1 [S30]',
    headers: { 'x-windowsphone-target': 'token', 'x-notificationclass': '1' },
    target: 'token',
    cls: 1,
    delay: 0,
  },
  {
    name: 'token class 11 → 450 s [S30]',
    headers: { 'x-windowsphone-target': 'token', 'x-notificationclass': '11' },
    target: 'token',
    cls: 11,
    delay: 450,
  },
  {
    name: 'token class 21 → 900 s [S30]',
    headers: { 'x-windowsphone-target': 'token', 'x-notificationclass': '21' },
    target: 'token',
    cls: 21,
    delay: 900,
  },
  {
    name: 'raw: target absent, class 3 [S1]',
    headers: { 'x-notificationclass': '3' },
    target: 'raw',
    cls: 3,
    delay: 0,
  },
  {
    name: 'raw class 13 → 450 s [S5]',
    headers: { 'x-notificationclass': '13' },
    target: 'raw',
    cls: 13,
    delay: 450,
  },
  {
    name: 'raw class 23 → 900 s [S5]',
    headers: { 'x-notificationclass': '23' },
    target: 'raw',
    cls: 23,
    delay: 900,
  },
  { name: 'raw with no headers → 3 [S1]', headers: {}, target: 'raw', cls: 3, delay: 0 },
  {
    name: 'unknown target → 400 (§0)',
    headers: { 'x-windowsphone-target': 'badge' },
    rule: 'mpns.target.invalid',
  },
  {
    name: 'PushSharp "Tile" → 400 (§0, S2)',
    headers: { 'x-windowsphone-target': 'Tile' },
    rule: 'mpns.target.invalid',
  },
  {
    name: 'python-mpns "raw" → 400 (§0, S5)',
    headers: { 'x-windowsphone-target': 'raw' },
    rule: 'mpns.target.invalid',
  },
  {
    name: 'toast with a tile class → 400 (§0)',
    headers: { 'x-windowsphone-target': 'toast', 'x-notificationclass': '1' },
    rule: 'mpns.class.invalid',
  },
  {
    name: 'token with a raw class → 400 (§0)',
    headers: { 'x-windowsphone-target': 'token', 'x-notificationclass': '3' },
    rule: 'mpns.class.invalid',
  },
  {
    name: 'non-numeric class → 400 (§0)',
    headers: { 'x-notificationclass': 'soon' },
    rule: 'mpns.class.invalid',
  },
];

describe('MPNS request headers', () => {
  it.each(rows)('$name', ({ headers, target, cls, delay, rule }) => {
    const result = readMpnsHeaders(headers);
    if (rule) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.diagnostic.rule).toBe(rule);
      return;
    }
    expect(result).toMatchObject({
      ok: true,
      options: { target, notificationClass: cls, delaySeconds: delay },
    });
  });

  it('keeps X-MessageID and X-CallbackURI for the service [S3, S5, S29]', () => {
    const result = readMpnsHeaders({
      'x-messageid': '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
      'x-callbackuri': 'https://cloud.example/cb',
    });
    expect(result).toMatchObject({
      ok: true,
      options: {
        messageId: '3f2504e0-4f89-11d3-9a0c-0305e82c3301',
        callbackUri: 'https://cloud.example/cb',
      },
    });
  });
});
