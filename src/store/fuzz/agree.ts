import { DEVICE_LOG_LIMIT, RAW_INBOX_LIMIT, tileServiceOf } from '../../device';
import type { LoggedEvent } from '../event-log';
import { fateOf } from '../commit';
import type { Fate } from '../journal';
import { snapshotPhone } from '../phone-snapshot';
import type { TilecastStore } from '../store';

/**
 * What the events alone say the phone shows, kept up to date one event at a time; `check`
 * compares it with the journal's fates and with `phone()`. Test-only.
 */
export function eventModel() {
  const fates = new Map<string, Fate[]>();
  let banner: string | null = null;
  const shownToasts = new Set<string>();
  const removedToasts = new Set<string>();
  const raw = new Map<string, string[]>();
  const log: string[] = [];
  const badges = new Map<string, number | string>();
  const wnsTile = new Map<string, string | undefined>();
  const wpTiles = new Map<string, { appId: string; id: string }>();
  let read = 0;

  function apply({ event }: LoggedEvent) {
    const fated = fateOf(event);
    if (fated) fates.set(fated.msgId, [...(fates.get(fated.msgId) ?? []), fated.fate]);
    switch (event.kind) {
      case 'ToastShown':
        if (event.where === 'banner') banner = event.toast.id;
        if (event.where !== 'app') shownToasts.add(event.toast.id);
        return;
      case 'BannerHidden':
        if (banner === event.toastId) banner = null;
        return;
      case 'ToastsRemoved':
        for (const id of event.toastIds) removedToasts.add(id);
        return;
      case 'RawDelivered':
        raw.set(event.appId, [...(raw.get(event.appId) ?? []), event.message.id]);
        return;
      case 'Dropped':
      case 'ImageFailed':
        log.push(event.log.id);
        return;
      case 'BadgeUpdated':
        badges.set(event.appId, event.value);
        return;
      case 'TileUpdated':
        if (event.service === 'wns') wnsTile.set(event.appId, event.item.id);
        else
          wpTiles.set(event.tile.tileId, {
            appId: event.appId,
            id: `${event.tile.tileId}@${event.tile.updatedAt}`,
          });
        return;
      case 'TileExpired':
        if (event.itemIds.includes(wnsTile.get(event.appId) ?? '')) wnsTile.delete(event.appId);
        return;
      default:
        return;
    }
  }

  const fail = (what: string, got: unknown, want: unknown) => {
    throw new Error(
      `${what}: phone/journal say ${JSON.stringify(got)}, events say ${JSON.stringify(want)}`,
    );
  };
  const same = (what: string, got: unknown, want: unknown) => {
    if (JSON.stringify(got) !== JSON.stringify(want)) fail(what, got, want);
  };

  /** Reads the events logged since the last check, then compares; throws on any disagreement. */
  function check(store: TilecastStore) {
    const state = store.getState();
    const events = state.eventLog().events;
    for (; read < events.length; read++) apply(events[read]!);
    const phone = snapshotPhone(state.device);

    // The journal: each notification's fates are exactly its events' fates, in order.
    for (const entry of state.journal.toArray()) {
      if (entry.kind !== 'request' || entry.msgId === undefined) continue;
      same(`fates of ${entry.msgId}`, entry.outcomes, fates.get(entry.msgId) ?? []);
    }
    same('banner', phone.banner?.id ?? null, banner);
    for (const t of phone.actionCenter)
      if (!shownToasts.has(t.id) || removedToasts.has(t.id))
        fail('action center toast', t.id, 'no ToastShown, or removed');
    // The raw console and the device log keep their newest entries (RAW_INBOX_LIMIT an app).
    for (const [appId, ids] of raw)
      same(
        `raw messages of ${appId}`,
        (state.device.rawInbox[appId] ?? []).map((m) => m.id),
        ids.slice(-RAW_INBOX_LIMIT),
      );
    same(
      'raw messages in phone()',
      Object.values(phone.raw)
        .flat()
        .map((m) => m.id)
        .sort(),
      [...raw.values()].flatMap((ids) => ids.slice(-RAW_INBOX_LIMIT)).sort(),
    );
    same(
      'device log',
      phone.log.map((e) => e.id),
      log.slice(-DEVICE_LOG_LIMIT),
    );
    for (const a of phone.apps) same(`badge of ${a.name}`, a.badge, badges.get(a.appId));
    // Tiles: the newest update of each app's tile, of the service the app uses.
    const want: string[] = [];
    for (const a of phone.apps) {
      if (tileServiceOf(state.device, a.appId) === 'wns') {
        const id = wnsTile.get(a.appId);
        if (id) want.push(id);
      }
    }
    for (const [, t] of wpTiles)
      if (tileServiceOf(state.device, t.appId) === 'mpns') want.push(t.id);
    same('tiles', phone.tiles.map((t) => t.id).sort(), want.sort());
  }

  return { check };
}
