// What one push costs the store at a given journal size, in Node: time per push, and the bytes
// it allocates (sampled, counting what was collected too). Built and run by bench/push-cost.mjs.
// Uses only the store's public actions, so the same file measures an older commit as well.
import { encodeUtf8 } from '../src/protocol/http';
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
