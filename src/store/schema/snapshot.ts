import * as v from 'valibot';
import type { DeviceState } from '../../device';
import { initialDeviceState } from '../../device';
import type { ServiceState } from '../../service';
import { initialServiceState } from '../../service';
import type { Clock } from '../clock';
import type { JournalEntry } from '../journal';
import { normaliseLimit } from '../inspector/ring';
import { count } from './common';
import {
  badgeSchema,
  installedAppSchema,
  logEntrySchema,
  rawMessageSchema,
  shownToastSchema,
  wnsTileSchema,
  wpTileSchema,
} from './device-state';
import { readEntries, type Dropped } from './journal-entry';
import {
  accessTokenSchema,
  channelSchema,
  connectionSchema,
  mpnsStateSchema,
  serviceAppSchema,
  wnsStateSchema,
} from './service-state';
import { DropList, isObject, readList, readRecord, readWhole } from './stored-parts';

// The stored snapshot, read part by part: a bad journal entry, app, credential or channel is
// dropped alone and named; everything that passes is kept. Only a record that is not a
// snapshot at all (or of another version) is refused whole.

/**
 * How far the virtual clock may run from real time: 100 years either way. An offset beyond it
 * (1e300) would make every time the clock gives unprintable.
 */
export const MAX_CLOCK_OFFSET_MS = 100 * 365.25 * 24 * 3600 * 1000;

const clockSchema = v.object({
  offsetMs: v.pipe(
    v.number('is not a number'),
    v.finite('is not a number'),
    v.minValue(-MAX_CLOCK_OFFSET_MS, 'is more than 100 years'),
    v.maxValue(MAX_CLOCK_OFFSET_MS, 'is more than 100 years'),
  ),
});

export type StoredParts = {
  clock: Clock;
  service: ServiceState;
  device: DeviceState;
  journal: JournalEntry[];
  seq: number;
  inspector: { journalLimit: number; evicted: number };
};

function readService(raw: unknown, dropped: DropList): ServiceState {
  const fresh = initialServiceState();
  if (!isObject(raw)) {
    dropped.add('the push service', 'is not an object');
    return fresh;
  }
  return {
    apps: readRecord(raw.apps, serviceAppSchema, 'push-service app', dropped),
    tokens: readRecord(raw.tokens, accessTokenSchema, 'access token', dropped),
    channels: readRecord(raw.channels, channelSchema, 'channel', dropped),
    mpns: readWhole(
      raw.mpns,
      mpnsStateSchema,
      'the MPNS queues and settings',
      () => fresh.mpns,
      dropped,
    ) as ServiceState['mpns'],
    wns: readWhole(
      raw.wns,
      wnsStateSchema,
      'the WNS queues and settings',
      () => fresh.wns,
      dropped,
    ) as ServiceState['wns'],
  };
}

function readDevice(raw: unknown, dropped: DropList): DeviceState {
  const fresh = initialDeviceState();
  if (!isObject(raw)) {
    dropped.add('the phone', 'is not an object');
    return fresh;
  }
  const apps = readRecord(raw.apps, installedAppSchema, 'phone app', dropped);
  // The start screen follows appOrder: only apps that exist, and every app once.
  const listed = Array.isArray(raw.appOrder) ? raw.appOrder : [];
  const appOrder = [
    ...new Set([
      ...listed.filter((id): id is string => typeof id === 'string' && id in apps),
      ...Object.keys(apps),
    ]),
  ];
  const toasts = (list: unknown, what: string) => readList(list, shownToastSchema, what, dropped);
  const banner =
    raw.banner === null || raw.banner === undefined
      ? null
      : (toasts([raw.banner], 'banner toast')[0] ?? null);
  const rawInbox = readRecord(raw.rawInbox, v.array(rawMessageSchema), 'raw inbox of app', dropped);
  const appToasts =
    raw.appToasts === undefined
      ? undefined
      : readRecord(raw.appToasts, v.array(shownToastSchema), 'in-app toasts of app', dropped);
  return {
    apps,
    appOrder,
    connection: readWhole(
      raw.connection,
      connectionSchema,
      'the phone connection',
      () => fresh.connection,
      dropped,
    ),
    banner: banner as DeviceState['banner'],
    actionCenter: toasts(raw.actionCenter, 'Action Center toast') as DeviceState['actionCenter'],
    badges: readRecord(raw.badges, badgeSchema, 'badge of app', dropped) as DeviceState['badges'],
    rawInbox,
    log: readList(raw.log, logEntrySchema, 'phone log entry', dropped) as DeviceState['log'],
    ...(raw.wpTiles !== undefined && {
      wpTiles: readRecord(raw.wpTiles, wpTileSchema, 'phone tile', dropped),
    }),
    ...(appToasts && { appToasts: appToasts as DeviceState['appToasts'] }),
    wnsTiles: readRecord(
      raw.wnsTiles,
      wnsTileSchema,
      'WNS tile of app',
      dropped,
    ) as DeviceState['wnsTiles'],
    seq: readWhole(raw.seq, count, 'the phone counter', () => 0, dropped),
  };
}

/** A stored snapshot's parts, each checked; what could not be used is named in `dropped`. */
export function readStoredParts(raw: Record<string, unknown>): {
  parts: StoredParts;
  dropped: Dropped[];
} {
  const dropped = new DropList();
  const clock = readWhole(raw.clock, clockSchema, 'the clock', () => ({ offsetMs: 0 }), dropped);
  const service = readService(raw.service, dropped);
  const device = readDevice(raw.device, dropped);
  const list = Array.isArray(raw.journal) ? raw.journal : [];
  if (!Array.isArray(raw.journal)) dropped.add('the journal', 'is not a list');
  const read = readEntries(list, (i) => `journal entry ${i + 1}`);
  dropped.items.push(...read.dropped);
  const lastSeq = read.entries.reduce((m, e) => Math.max(m, e.seq), 0);
  const seq = readWhole(raw.seq, count, 'the journal counter', () => lastSeq, dropped);
  const inspector = isObject(raw.inspector) ? raw.inspector : {};
  return {
    parts: {
      clock,
      service,
      device,
      journal: read.entries,
      seq: Math.max(seq, lastSeq),
      inspector: {
        journalLimit: normaliseLimit(inspector.journalLimit),
        evicted: v.is(count, inspector.evicted) ? inspector.evicted : 0,
      },
    },
    dropped: dropped.items,
  };
}
