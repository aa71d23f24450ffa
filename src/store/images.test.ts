import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../protocol/http';
import type { RequestEntry } from './journal';
import { createTilecastStore } from './store';
import { tokenRequest } from './test-requests';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0];
const upload = (name: string, bytes: number[] = PNG) => ({
  name,
  arrayBuffer: () => Promise.resolve(new Uint8Array(bytes).buffer),
});

function setup() {
  const store = createTilecastStore({ seed: 5, realNow: () => 1_700_000_000_000 });
  const channel = store.getState().openChannel({ service: 'wns' });
  const { clientId, clientSecret } = channel.credentials!;
  const token = (
    JSON.parse(store.getState().receive(tokenRequest(clientId, clientSecret)).body) as {
      access_token: string;
    }
  ).access_token;
  const tile = (text: string, src: string) =>
    store.getState().receive({
      method: 'POST',
      url: channel.uri,
      headers: {
        authorization: `Bearer ${token}`,
        'content-type': 'text/xml',
        'x-wns-type': 'wns/tile',
      },
      body: encodeUtf8(
        `<tile><visual><binding template="TileSquare150x150PeekImageAndText04"><image id="1" src="${src}"/><text id="1">${text}</text></binding></visual></tile>`,
      ),
    });
  return { store, appId: channel.appId, tile };
}

describe('imageFailed: the store applies the device rule and the journal hears of a drop [S19, S57]', () => {
  it('Windows 8 rule: the tile goes back and the push gets a "dropped" fate', () => {
    const { store, appId, tile } = setup();
    tile('Before', 'ms-appx:///Assets/photo1.svg');
    tile('After', 'ms-appx:///gone.png');
    const itemId = store.getState().device.wnsTiles[appId]!.items[0]!.id;
    store
      .getState()
      .imageFailed({ kind: 'wnsTile', appId, itemId }, 'ms-appx:///gone.png', 'dropNotification');
    const s = store.getState();
    expect(s.device.wnsTiles[appId]!.items.map((i) => i.bindings[0]!.texts[0])).toEqual(['Before']);
    const last = s.journal.at(-1) as RequestEntry;
    expect(last.outcomes.map((o) => o.kind)).toEqual(['shown', 'dropped']);
    expect(s.device.log.at(-1)?.message).toContain('"ms-appx:///gone.png"');
  });

  it("takes the rule of the device profile on show: Windows Phone 8.1 drops, 10 doesn't", () => {
    for (const [profile, fates] of [
      ['wp81', ['shown', 'dropped']],
      ['win10mobile', ['shown']],
    ] as const) {
      const { store, appId, tile } = setup();
      store.getState().setDisplay({ profile });
      tile('After', 'ms-appx:///gone.png');
      const itemId = store.getState().device.wnsTiles[appId]!.items[0]!.id;
      store.getState().imageFailed({ kind: 'wnsTile', appId, itemId }, 'ms-appx:///gone.png');
      const last = store.getState().journal.at(-1) as RequestEntry;
      expect(last.outcomes.map((o) => o.kind)).toEqual(fates);
    }
  });

  it('Windows 10 rule: the tile stays, the journal is untouched, a repeat report changes nothing', () => {
    const { store, appId, tile } = setup();
    tile('After', 'ms-appx:///gone.png');
    const itemId = store.getState().device.wnsTiles[appId]!.items[0]!.id;
    const owner = { kind: 'wnsTile' as const, appId, itemId };
    const journal = store.getState().journal;
    store.getState().imageFailed(owner, 'ms-appx:///gone.png', 'dropImage');
    const after = store.getState();
    expect(after.journal).toBe(journal);
    expect(after.device.log).toHaveLength(1);
    store.getState().imageFailed(owner, 'ms-appx:///gone.png', 'dropImage');
    expect(store.getState().device).toBe(after.device);
  });
});

describe("an app's package", () => {
  it('takes good images, replaces a same-named one, refuses the rest with reasons', async () => {
    const { store, appId } = setup();
    await store.getState().addPackageFiles(appId, [upload('Hero.png'), upload('x.txt')]);
    const first = store.getState().packages['Contoso News']![0]!;
    expect(first).toMatchObject({ name: 'Hero.png', type: 'image/png', size: PNG.length });
    expect(first.url).toMatch(/^blob:/);
    expect(store.getState().packageNotice).toEqual({
      app: 'Contoso News',
      added: ['ms-appx:///Hero.png'],
      refused: [expect.stringMatching(/^"x\.txt" is not an image/)],
      cleaned: [],
    });
    await store.getState().addPackageFiles(appId, [upload('hero.PNG')]);
    expect(store.getState().packages['Contoso News']!.map((f) => f.name)).toEqual(['hero.PNG']);
  });

  it('is kept across a reset (designer art, not phone state) and loses a removed file', async () => {
    const { store, appId } = setup();
    await store.getState().addPackageFiles(appId, [upload('a.png'), upload('b.png')]);
    store.getState().reset();
    const again = store.getState().installApp('Contoso News');
    store.getState().removePackageFile(again, 'a.png');
    expect(store.getState().packages['Contoso News']!.map((f) => f.name)).toEqual(['b.png']);
  });

  it('comes back from storage with fresh object URLs', async () => {
    const { store } = setup();
    const blob = new Blob([new Uint8Array(PNG)], { type: 'image/png' });
    await store
      .getState()
      .loadPackages({ Other: [{ name: 'c.png', type: 'image/png', size: 12, blob }] });
    expect(store.getState().packages.Other![0]).toMatchObject({ name: 'c.png', size: PNG.length });
    expect(await store.getState().packages.Other![0]!.blob.arrayBuffer()).toEqual(
      await blob.arrayBuffer(),
    );
    expect(store.getState().packages.Other![0]!.url).toMatch(/^blob:/);
  });
});
