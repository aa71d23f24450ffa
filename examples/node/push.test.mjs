// A back end's unit test, as a user writes it: plain node:test, plain fetch, `tilecast/node`.
// Run with `node --test examples/node/` after `npm run build:lib`.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { createCloud, createTilecast } from 'tilecast/node';

const phone = createTilecast();
after(() => phone.close());

/**
 * The cloud side, on plain fetch: it takes the WNS token (and a new one on a 401), and sends.
 * msw/node answers both requests in this process.
 */
const cloud = createCloud(fetch);

test('the service sends a toast the phone shows', async () => {
  const channel = await phone.openChannel({ service: 'wns', app: 'Fabrikam Weather' });
  const response = await cloud.toast(channel, { title: 'Rain at 5 pm' });
  assert.equal(response.status, 200);
  assert.equal(response.headers['x-wns-status'], 'received');
  const toast = await phone.waitForToast({ text: 'Rain', app: 'Fabrikam Weather' });
  assert.equal(toast.title, 'Rain at 5 pm');
});

test('a broken payload is accepted by WNS and the phone says why it dropped it', async () => {
  const channel = await phone.openChannel({ service: 'wns' });
  // Text is escaped by the helpers; a hand-written payload can be anything.
  const response = await cloud.send(channel, {
    type: 'wns/toast',
    body: '<toast><visual><binding template="ToastText01"><text id="1"><unclosed></text></binding></visual></toast>',
  });
  assert.equal(response.status, 200);
  const drop = await phone.waitForDrop({ app: 'Contoso News' });
  assert.match(drop.message, /^dropped: .+ at line 1, column \d+$/);
});
