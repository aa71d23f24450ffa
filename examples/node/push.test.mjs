// A back end's unit test, as a user writes it: plain node:test, plain fetch, `tilecast/node`.
// Run with `node --test examples/node/` after `npm run build:lib`.
import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { createTilecast } from 'tilecast/node';

const phone = createTilecast();
after(() => phone.close());

/** The code under test: a tiny cloud service that sends a WNS toast. */
async function notifyUser(channel, title) {
  const form = new URLSearchParams({
    grant_type: 'client_credentials',
    client_id: channel.credentials.clientId,
    client_secret: channel.credentials.clientSecret,
    scope: 'notify.windows.com',
  });
  const tokenResponse = await fetch('https://login.live.com/accesstoken.srf', {
    method: 'POST',
    body: form,
  });
  const { access_token } = await tokenResponse.json();
  return fetch(channel.uri, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${access_token}`,
      'Content-Type': 'text/xml',
      'X-WNS-Type': 'wns/toast',
    },
    body: `<toast><visual><binding template="ToastText01"><text id="1">${title}</text></binding></visual></toast>`,
  });
}

test('the service sends a toast the phone shows', async () => {
  const channel = await phone.openChannel({ service: 'wns', app: 'Fabrikam Weather' });
  const response = await notifyUser(channel, 'Rain at 5 pm');
  assert.equal(response.status, 200);
  assert.equal(response.headers.get('x-wns-status'), 'received');
  const toast = await phone.waitForToast({ text: 'Rain', app: 'Fabrikam Weather' });
  assert.equal(toast.title, 'Rain at 5 pm');
});

test('a broken payload is accepted by WNS and the phone says why it dropped it', async () => {
  const channel = await phone.openChannel({ service: 'wns' });
  const response = await notifyUser(channel, '<unclosed>');
  assert.equal(response.status, 200);
  const drop = await phone.waitForDrop({ app: 'Contoso News' });
  assert.match(drop.message, /^dropped: .+ at line 1, column \d+$/);
});
