// A back end that uses the `wns` npm library, unmodified: it hard-codes https://login.live.com
// and the channel's own https URI, and tilecast/node answers both in this process (msw/node
// intercepts Node's https module as well as fetch). Run with `node --test examples/node/`.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { createTilecast } from 'tilecast/node';
import wns from 'wns';

const phone = createTilecast();
after(() => phone.close());

test('the wns library sends a toast the phone shows, with no change to the library', async () => {
  const channel = await phone.openChannel({ service: 'wns', app: 'Northwind Traders' });
  const result = await new Promise((resolve, reject) =>
    wns.sendToastText02(
      channel.uri,
      'Order shipped',
      'Arrives Thursday',
      { client_id: channel.credentials.clientId, client_secret: channel.credentials.clientSecret },
      (error, data) => (error ? reject(error) : resolve(data)),
    ),
  );
  assert.equal(result.statusCode, 200);
  assert.equal(result.headers['x-wns-status'], 'received');
  const toast = await phone.waitForToast({ app: 'Northwind Traders', text: 'Order shipped' });
  assert.deepEqual(toast.texts, ['Order shipped', 'Arrives Thursday']);
});
