import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../protocol/http';
import { describeFate, type RequestEntry } from './journal';
import { createTilecastStore } from './store';
import { tokenRequest } from './test-requests';

// A held tile update's journal entry, from "held" to "shown" when the user resizes. [S56]

function setup() {
  const store = createTilecastStore({ seed: 7, realNow: () => 1_700_000_000_000 });
  const channel = store.getState().openChannel({ service: 'wns' });
  const app = store.getState().service.apps[channel.appId]!;
  const answer = store.getState().receive(tokenRequest(app.packageSid, app.clientSecret));
  const bearer = (JSON.parse(answer.body) as { access_token: string }).access_token;
  const push = (binding: string) =>
    store.getState().receive({
      method: 'POST',
      url: channel.uri,
      headers: {
        authorization: `Bearer ${bearer}`,
        'content-type': 'text/xml',
        'x-wns-type': 'wns/tile',
      },
      body: encodeUtf8(`<tile><visual>${binding}</visual></tile>`),
    });
  const fates = () =>
    store
      .getState()
      .journal.toArray()
      .filter((e): e is RequestEntry => e.kind === 'request' && e.type === 'tile')
      .map((e) => e.outcomes.map(describeFate));
  return { store, appId: channel.appId, push, fates };
}

describe('a wide-only update to a medium tile', () => {
  it('is held with its reason, then shown when the tile is resized to wide', () => {
    const { store, appId, push, fates } = setup();
    push('<binding template="TileWide310x150Text03"><text id="1">Wide news</text></binding>');
    expect(fates()).toEqual([
      [expect.stringMatching(/^Held: no binding for medium — shows at wide/)],
    ]);
    store.getState().setWnsTileSize(appId, 'wide');
    expect(fates()[0]).toEqual([
      expect.stringMatching(/^Held: /),
      'Shown: tile TileWide310x150Text03 after the tile was resized to wide',
    ]);
    // Resizing again does not repeat the fate.
    store.getState().setWnsTileSize(appId, 'medium');
    store.getState().setWnsTileSize(appId, 'wide');
    expect(fates()[0]).toHaveLength(2);
  });
});
