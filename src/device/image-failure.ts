import { drop } from './log';
import type { DeviceEvent } from './events';
import type { DeviceLogEntry, DeviceState } from './state';
import type { WnsTileState } from './wns/tile-state';

/**
 * How a platform treats a notification image that cannot be loaded. Windows 8/8.1 (and Windows
 * Phone 8.1, which runs the Windows 8.1 notification platform) drop the whole notification
 * [S19, SPEC §2.8]; Windows 10 leaves out only the image and shows the rest [S57]. The device
 * profile table (profile-rules.ts) says which rule each platform follows.
 */
export type ImageFailureRule = 'dropNotification' | 'dropImage';

/** The shown notification an image belongs to. */
export type ImageOwner =
  | { kind: 'wnsTile'; appId: string; itemId: string }
  | { kind: 'toast'; toastId: string }
  | { kind: 'wpTile'; tileId: string };

export type ImageFailure = {
  state: DeviceState;
  /** One `ImageFailed` event when the log gained a line; none when it already named the image. */
  events: DeviceEvent[];
  /** Set when the whole notification was dropped: its journal entry gets this fate. */
  dropped?: { msgId: string; reason: string };
};

/**
 * The rule that applies to one notification. SPEC says nothing about a failing image in an MPNS
 * (Windows Phone 7/8) tile — only that an unbound remote host raises MessageBadContent [S12] —
 * so Tilecast leaves out only the image there, whatever the profile.
 */
export const imageFailureRule = (
  platform: ImageFailureRule,
  service: 'wns' | 'mpns',
): ImageFailureRule => (service === 'mpns' ? 'dropImage' : platform);

/** Why an image of this src could not load, as far as the phone can tell. */
const why = (src: string) =>
  /^https?:/i.test(src)
    ? 'could not be downloaded or is not a readable image'
    : /^ms-appdata:/i.test(src)
      ? "is not in the app's local folder or is not a readable image"
      : "is not in the app's package or is not a readable image";

/**
 * A shown notification's image failed to load. Under the Windows 8 rule the notification is
 * withdrawn — a tile goes back to what it showed before the update, a toast leaves the screen
 * and Action Center — because the real shell downloads the images first and never shows such a
 * notification at all [S19]. Under the Windows 10 rule only the image goes [S57]. Either way the
 * device log names the image and the reason, once per notification and image.
 */
export function imageFailed(
  state: DeviceState,
  owner: ImageOwner,
  src: string,
  platform: ImageFailureRule,
  now: number,
): ImageFailure {
  const found = ownerOf(state, owner);
  if (!found) return { state, events: [] };
  const rule = imageFailureRule(platform, found.service);
  const what = found.what;
  const reason =
    rule === 'dropNotification'
      ? `the image "${src}" ${why(src)}, so the whole ${what} was not shown (Windows 8 rule: a bad image drops the notification) [S19]`
      : `the image "${src}" ${why(src)}, so only the image was left out and the rest of the ${what} is shown (${
          found.service === 'mpns'
            ? 'SPEC gives no Windows Phone 7/8 rule; Tilecast drops only the image'
            : 'Windows 10 rule'
        }) [${found.service === 'mpns' ? 'S12' : 'S57'}]`;
  // The image is tried again whenever the tile redraws; the log names it once.
  const known = state.log.some(
    (e) => e.appId === found.appId && e.msgId === found.msgId && e.message === `dropped: ${reason}`,
  );
  if (known) return { state, events: [] };
  const diagnostic = {
    rule: 'image.load',
    message: reason,
    severity: rule === 'dropNotification' ? ('error' as const) : ('warning' as const),
  };
  const logged = drop(state, found, now, { kind: 'dropped', reason, diagnostic });
  const log = logged.state.log.at(-1) as DeviceLogEntry;
  const withdrawn = rule === 'dropNotification';
  const events: DeviceEvent[] = [
    { kind: 'ImageFailed', appId: found.appId, msgId: found.msgId, reason, log, withdrawn },
  ];
  if (!withdrawn) return { state: logged.state, events };
  return {
    events,
    state: withdraw(logged.state, owner, now),
    dropped: found.msgId ? { msgId: found.msgId, reason } : undefined,
  };
}

type Found = { appId: string; msgId?: string; service: 'wns' | 'mpns'; what: string };

function ownerOf(state: DeviceState, owner: ImageOwner): Found | undefined {
  switch (owner.kind) {
    case 'wnsTile': {
      const item = state.wnsTiles[owner.appId]?.items.find((i) => i.id === owner.itemId);
      return item && { appId: owner.appId, msgId: item.msgId, service: 'wns', what: 'tile update' };
    }
    case 'toast': {
      const toast =
        [state.banner, ...state.actionCenter].find((t) => t?.id === owner.toastId) ?? undefined;
      // MPNS toasts (wp:Toast) carry no images; any toast with one came through WNS.
      const service = toast?.toast.template === 'wp:Toast' ? 'mpns' : 'wns';
      return toast && { appId: toast.appId, msgId: toast.msgId, service, what: 'toast' };
    }
    case 'wpTile': {
      const tile = state.wpTiles?.[owner.tileId];
      return tile && { appId: tile.appId, service: 'mpns', what: 'tile update' };
    }
  }
}

/** Takes a shown notification back off the screen. */
function withdraw(state: DeviceState, owner: ImageOwner, now: number): DeviceState {
  if (owner.kind === 'toast') {
    return {
      ...state,
      banner: state.banner?.id === owner.toastId ? null : state.banner,
      actionCenter: state.actionCenter.filter((t) => t.id !== owner.toastId),
    };
  }
  if (owner.kind !== 'wnsTile') return state;
  const tile = state.wnsTiles[owner.appId]!;
  return {
    ...state,
    wnsTiles: { ...state.wnsTiles, [owner.appId]: revert(tile, owner.itemId, now) },
  };
}

/** The tile without one update: what it showed before the newest, or the queue without it. */
export function revert(tile: WnsTileState, itemId: string, now: number): WnsTileState {
  const live = (items: WnsTileState['items']) =>
    items.filter((i) => i.id !== itemId && (i.expiresAt === undefined || now < i.expiresAt));
  const items = tile.previous?.itemId === itemId ? tile.previous.items : tile.items;
  return { ...tile, items: live(items), previous: undefined };
}
