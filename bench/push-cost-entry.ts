// What one push costs the store at a given journal size, in Node: time per push, and the bytes
// it allocates (sampled, counting what was collected too). Built and run by bench/push-cost.mjs.
// Uses only the store's public actions, so the same file measures an older commit as well.
import { encodeUtf8 } from '../src/protocol/http';
import { tokenForm, WNS_TOKEN_URL } from '../src/protocol/wns/token';
import { createTilecastStore } from '../src/store/store';

const toast = (text: string) =>
  `<?xml version="1.0" encoding="utf-8"?><wp:Notification xmlns:wp="WPNotification"><wp:Toast><wp:Text1>${text}</wp:Text1></wp:Toast></wp:Notification>`;

/** A store whose journal holds `size` imported entries, and a function that pushes once. */
export function storeAt(size: number) {
  const store = createTilecastStore({ seed: 1, sampleApp: false });
  const { uri } = store.getState().openChannel({ service: 'mpns', app: 'Cost' });
  let n = 0;
  const push = () =>
    store.getState().receive({
      method: 'POST',
      url: uri,
      headers: { 'x-windowsphone-target': 'toast', 'x-notificationclass': '2' },
      body: encodeUtf8(toast(`push ${n++}`)),
    });
  push();
  const journal = store.getState().journal as unknown as { at(i: number): unknown };
  const template = journal.at(-1) as { msgId?: string };
  const entries = Array.from({ length: size }, (_, i) => ({
    ...template,
    id: `entry-${i + 1}`,
    seq: i + 1,
    msgId: `${template.msgId}-${i}`,
  }));
  store.getState().importJournal(entries as never);
  return { push };
}

const mpns = (target: string, cls: string) => ({
  'x-windowsphone-target': target,
  'x-notificationclass': cls,
});
const flip = (title: string) =>
  `<?xml version="1.0" encoding="utf-8"?><wp:Notification xmlns:wp="WPNotification" Version="2.0"><wp:Tile Template="FlipTile"><wp:Title>${title}</wp:Title><wp:Count>3</wp:Count></wp:Tile></wp:Notification>`;

const wnsToast = (text: string) =>
  `<toast><visual><binding template="ToastText01"><text id="1">${text}</text></binding></visual></toast>`;

/**
 * Issue 21's other axes: a store as a day of use leaves it (200 open channels, 100 of whose apps
 * have live tiles, 10,000 toasts through the Action Center, a device log of 5,000 drops and
 * 5,000 raw messages), and a function that pushes one toast, as `storeAt` does. The phone holds
 * at most 30 MPNS channels [S20] and WNS gives an app one channel, so 25 apps use MPNS and 175
 * use WNS.
 */
export function storeLoaded() {
  const store = createTilecastStore({ seed: 1, sampleApp: false });
  const send = (url: string, headers: Record<string, string>, body: string) =>
    store.getState().receive({ method: 'POST', url, headers, body: encodeUtf8(body) });
  const channels: {
    uri: string;
    headers: (kind: 'tile' | 'toast' | 'raw') => Record<string, string>;
  }[] = [];
  for (let a = 0; a < 200; a++) {
    const app = `App ${a}`;
    const appId = store.getState().installApp(app);
    // Running in the background: toasts reach the banner and Action Center, raw data the console.
    store.getState().setAppState(appId, 'background');
    if (a < 25) {
      const { uri } = store.getState().openChannel({ service: 'mpns', app });
      const target = { tile: ['token', '1'], toast: ['toast', '2'], raw: ['raw', '3'] } as const;
      channels.push({ uri, headers: (kind) => mpns(...target[kind]) });
      continue;
    }
    const { uri, credentials } = store.getState().openChannel({ service: 'wns', app });
    const answer = send(
      WNS_TOKEN_URL,
      { 'content-type': 'application/x-www-form-urlencoded' },
      tokenForm(credentials!),
    );
    const bearer = (JSON.parse(answer.body) as { access_token: string }).access_token;
    const type = { tile: 'wns/tile', toast: 'wns/toast', raw: 'wns/raw' } as const;
    channels.push({
      uri,
      headers: (kind) => ({
        authorization: `Bearer ${bearer}`,
        'x-wns-type': type[kind],
        'content-type': kind === 'raw' ? 'application/octet-stream' : 'text/xml',
      }),
    });
  }
  const wnsTile = (text: string) =>
    `<tile><visual><binding template="TileSquare150x150Text04"><text id="1">${text}</text></binding></visual></tile>`;
  channels
    .slice(0, 100)
    .forEach((c, i) =>
      send(
        c.uri,
        c.headers('tile'),
        c.uri.includes('live.net') ? flip(`Tile ${i}`) : wnsTile(`Tile ${i}`),
      ),
    );
  const body = (c: (typeof channels)[number], text: string) =>
    c.uri.includes('live.net') ? toast(text) : wnsToast(text);
  const at = (i: number) => channels[i % channels.length]!;
  for (let i = 0; i < 10_000; i++)
    send(at(i).uri, at(i).headers('toast'), body(at(i), `toast ${i}`));
  for (let i = 0; i < 5_000; i++) send(at(i).uri, at(i).headers('toast'), '<broken');
  for (let i = 0; i < 5_000; i++) send(at(i).uri, at(i).headers('raw'), `raw ${i}`);
  const target = channels[0]!;
  let n = 0;
  const push = () => send(target.uri, target.headers('toast'), toast(`push ${n++}`));
  const { device } = store.getState();
  const shape = {
    apps: device.appOrder.length,
    channels: new Set(channels.map((c) => c.uri)).size,
    wpTiles: Object.keys(device.wpTiles ?? {}).length,
    wnsTiles: Object.keys(device.wnsTiles).length,
    actionCenter: device.actionCenter.length,
    log: device.log.length,
    raw: Object.values(device.rawInbox).reduce((sum, list) => sum + list.length, 0),
    journal: store.getState().journal.length,
  };
  return { push, shape };
}
