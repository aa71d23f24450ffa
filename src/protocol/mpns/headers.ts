import { header } from '../http';
import type { Diagnostic } from '../types';

// Request headers of an MPNS notification POST. [S1, S2, S3, S5, S28, S30]

/** What the notification is for: `toast`, `token` (tile), or raw when the header is absent. */
export type MpnsTarget = 'toast' | 'token' | 'raw';

/** SPEC §0: 3072 bytes of body; larger → 400 "payload over 3 KB". [S26, S27] */
export const MPNS_MAX_PAYLOAD_BYTES = 3072;

/** X-NotificationClass: immediate, within 450 s, within 900 s, per target. [S1, S2, S3, S5, S30] */
export const notificationClasses: Record<MpnsTarget, readonly [number, number, number]> = {
  token: [1, 11, 21],
  toast: [2, 12, 22],
  raw: [3, 13, 23],
};

/** Batching delay of each position in the class triple, in seconds. */
export const batchDelaySeconds = [0, 450, 900] as const;
export type BatchDelay = (typeof batchDelaySeconds)[number];

/** X-MessageID answered when the request carried none (per python-mpns). [S5] */
export const ZERO_MESSAGE_ID = '00000000-0000-0000-0000-000000000000';

export type MpnsOptions = {
  target: MpnsTarget;
  notificationClass: number;
  /** Seconds MPNS may hold the notification before it is sent to the phone. */
  delaySeconds: BatchDelay;
  messageId?: string;
  callbackUri?: string;
};

export type MpnsHeaderResult =
  { ok: true; options: MpnsOptions } | { ok: false; diagnostic: Diagnostic; description: string };

const bad = (rule: string, description: string): MpnsHeaderResult => ({
  ok: false,
  description,
  diagnostic: { rule, message: description, severity: 'error' },
});

/** Reads X-WindowsPhone-Target and X-NotificationClass; bad or unknown values → 400 (SPEC §0). */
export function readMpnsHeaders(headers: Readonly<Record<string, string>>): MpnsHeaderResult {
  const rawTarget = header(headers, 'x-windowsphone-target');
  let target: MpnsTarget;
  if (rawTarget === undefined) target = 'raw';
  else {
    const value = rawTarget.trim();
    if (value !== 'toast' && value !== 'token') {
      const hint =
        value.toLowerCase() === 'tile'
          ? ' (tiles use "token"; PushSharp\'s "Tile" is not the documented value)'
          : value.toLowerCase() === 'raw'
            ? ' (raw notifications omit the header)'
            : '';
      return bad(
        'mpns.target.invalid',
        `X-WindowsPhone-Target "${rawTarget}" must be toast or token, or be omitted for raw${hint}`,
      );
    }
    target = value;
  }

  const classes = notificationClasses[target];
  const rawClass = header(headers, 'x-notificationclass');
  let position = 0;
  if (rawClass !== undefined) {
    const value = rawClass.trim();
    position = /^\d+$/.test(value) ? classes.indexOf(Number(value)) : -1;
    if (position < 0) {
      return bad(
        'mpns.class.invalid',
        `X-NotificationClass "${rawClass}" is not a ${target} class; ${target} takes ${classes.join(', ')}`,
      );
    }
  }

  return {
    ok: true,
    options: {
      target,
      // The default when the header is missing is unconfirmed; Tilecast treats it as immediate.
      notificationClass: classes[position]!,
      delaySeconds: batchDelaySeconds[position]!,
      messageId: header(headers, 'x-messageid'),
      callbackUri: header(headers, 'x-callbackuri'),
    },
  };
}
