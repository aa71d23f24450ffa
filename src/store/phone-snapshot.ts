import type { WnsTileSize } from '../protocol/wns/tile-templates';
import {
  bindingAt,
  itemsAt,
  tileServiceOf,
  type DeviceLogEntry,
  type DeviceState,
  type RawMessage,
  type ShownToast,
  type WnsTileItem,
  type WpTileState,
} from '../device';

// Plain, serialisable views of what the phone shows, for tests (they cross page.evaluate).

export type ToastRecord = {
  id: string;
  app: string;
  appId: string;
  msgId: string;
  template: string;
  title: string;
  texts: string[];
  launch?: string;
  shownAt: number;
};

export type RawRecord = {
  id: string;
  app: string;
  appId: string;
  msgId: string;
  receivedAt: number;
  text: string;
  hex: string;
};

export type DropRecord = {
  id: string;
  app?: string;
  appId?: string;
  msgId?: string;
  at: number;
  message: string;
  rule?: string;
  line?: number;
  column?: number;
};

/** A live tile's current content: a WNS queue item or a Windows Phone tile's properties. */
export type TileRecord = {
  id: string;
  app: string;
  appId: string;
  service: 'wns' | 'mpns';
  template: string;
  /** The tile's size on Start, whose binding this is (WNS) or that it is drawn at (MPNS). */
  size?: string;
  texts: string[];
  images: string[];
  /** MPNS Count, or the WNS badge over the tile. */
  count?: number | string;
  tag?: string;
  /** MPNS: every current property (Title, BackContent, WideContent1…). */
  properties?: Record<string, string>;
  updatedAt: number;
};

export type AppRecord = {
  appId: string;
  name: string;
  runState: string;
  toastsEnabled: boolean;
  backgroundTask: boolean;
  authenticatedService: boolean;
  channels: Partial<Record<'wns' | 'mpns', string>>;
  badge?: number | string;
};

export type PhoneSnapshot = {
  connection: string;
  apps: AppRecord[];
  banner: ToastRecord | null;
  actionCenter: ToastRecord[];
  raw: Record<string, RawRecord[]>;
  tiles: TileRecord[];
  log: DropRecord[];
};

const appName = (device: DeviceState, appId: string | undefined) =>
  (appId && device.apps[appId]?.name) || appId || '';

export const toastRecord = (device: DeviceState, t: ShownToast): ToastRecord => ({
  id: t.id,
  app: appName(device, t.appId),
  appId: t.appId,
  msgId: t.msgId,
  template: t.toast.template,
  title: t.toast.texts[0] ?? '',
  texts: [...t.toast.texts],
  launch: t.toast.launch,
  shownAt: t.shownAt,
});

const hex = (bytes: Uint8Array) =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join(' ');

export const rawRecord = (device: DeviceState, appId: string, m: RawMessage): RawRecord => ({
  id: m.id,
  app: appName(device, appId),
  appId,
  msgId: m.msgId,
  receivedAt: m.receivedAt,
  text: new TextDecoder().decode(m.bytes),
  hex: hex(m.bytes),
});

export const dropRecord = (device: DeviceState, e: DeviceLogEntry): DropRecord => ({
  id: e.id,
  app: e.appId ? appName(device, e.appId) : undefined,
  appId: e.appId,
  msgId: e.msgId,
  at: e.at,
  message: e.message,
  rule: e.diagnostic?.rule,
  line: e.diagnostic?.line,
  column: e.diagnostic?.column,
});

const imageProperty = /Image\d*$/;

/** One update of a WNS tile's queue, as drawn at the tile's size (it has a binding for it). */
export function wnsTileRecord(
  device: DeviceState,
  appId: string,
  size: WnsTileSize,
  item: WnsTileItem,
): TileRecord {
  const binding = bindingAt(item, size)!;
  return {
    id: item.id,
    app: appName(device, appId),
    appId,
    service: 'wns',
    template: binding.template,
    size,
    texts: [...binding.texts],
    images: binding.images.map((i) => i.src),
    count: device.badges[appId],
    tag: item.tag,
    updatedAt: item.receivedAt,
  };
}

/** A Windows Phone tile's current properties. */
export function wpTileRecord(device: DeviceState, tile: WpTileState): TileRecord {
  const entries = Object.entries(tile.properties);
  const count = tile.properties.Count;
  return {
    id: `${tile.tileId}@${tile.updatedAt}`,
    app: appName(device, tile.appId),
    appId: tile.appId,
    service: 'mpns',
    template: tile.template,
    texts: entries
      .filter(([k]) => !imageProperty.test(k) && k !== 'Count' && k !== 'BackgroundColor')
      .map(([, v]) => v),
    images: entries.filter(([k]) => imageProperty.test(k)).map(([, v]) => v),
    count: count === undefined ? undefined : Number(count),
    properties: { ...tile.properties },
    size: tile.size ?? 'medium',
    updatedAt: tile.updatedAt,
  };
}

/** Every tile's content: WNS queue items (newest first) and MPNS tiles. */
export function tileRecords(device: DeviceState): TileRecord[] {
  const out: TileRecord[] = [];
  // Only the tiles of the service each app uses: what the Start screen draws.
  for (const [appId, tile] of Object.entries(device.wnsTiles)) {
    if (tileServiceOf(device, appId) !== 'wns') continue;
    // What the tile shows at its size: held updates join when a resize shows them. [S56]
    for (const item of itemsAt(tile)) out.push(wnsTileRecord(device, appId, tile.size, item));
  }
  for (const tile of Object.values(device.wpTiles ?? {}))
    if (tileServiceOf(device, tile.appId) === 'mpns') out.push(wpTileRecord(device, tile));
  return out;
}

export function snapshotPhone(device: DeviceState): PhoneSnapshot {
  return {
    connection: device.connection,
    apps: device.appOrder.flatMap((id) => {
      const app = device.apps[id];
      if (!app) return [];
      const { appId, name, runState, toastsEnabled, backgroundTask, authenticatedService } = app;
      const badge = device.badges[id];
      return [
        {
          appId,
          name,
          runState,
          toastsEnabled,
          backgroundTask,
          authenticatedService,
          channels: { ...app.channels },
          badge,
        },
      ];
    }),
    banner: device.banner ? toastRecord(device, device.banner) : null,
    actionCenter: device.actionCenter.map((t) => toastRecord(device, t)),
    raw: Object.fromEntries(
      Object.entries(device.rawInbox).map(([appId, messages]) => [
        appName(device, appId),
        messages.map((m) => rawRecord(device, appId, m)),
      ]),
    ),
    tiles: tileRecords(device),
    log: device.log.map((e) => dropRecord(device, e)),
  };
}
