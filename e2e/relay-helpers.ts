import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { expect, type Page } from '@playwright/test';
import { tokenForm, TOKEN_URL } from '../src/cloud';
import { relayUriFor } from '../src/protocol/relay-uri';
import { startStandalone, type Standalone } from '../src/relay/standalone';
import { phoneIn } from '../src/testing/playwright';

export const toastXml = (title: string, body: string) =>
  `<toast><visual><binding template="ToastText02"><text id="1">${title}</text><text id="2">${body}</text></binding></visual></toast>`;

/**
 * Opens the emulator at `url` on a relay of the spec's own and makes that tab its active phone
 * (the one that answers what no tab owns). On a shared relay no spec needs the role: each
 * tab's channels and credentials reach it (`phone.openChannel` resolves once they do).
 */
export async function openPhone(page: Page, url = '/') {
  const phone = await phoneIn(page, url);
  const relay = page.getByRole('status', { name: 'Relay' });
  await expect(relay).toContainText('active phone');
  if (!(await phone.relay()).active)
    await relay.getByRole('button', { name: 'Make this tab the phone' }).click();
  await expect(relay).toContainText('this tab is the active phone');
  return relay;
}

/** A back end's first step, from Node: a WNS access token through the relay (the one form). */
export async function relayToken(
  origin: string,
  credentials: { clientId: string; clientSecret: string },
) {
  return fetch(relayUriFor(TOKEN_URL, origin)!, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: tokenForm(credentials),
  });
}

/** A back end's second step: POST a toast to a relay URI. */
export function relayToast(
  relayUri: string,
  token: string | undefined,
  xml: string,
  type = 'wns/toast',
) {
  const headers: Record<string, string> = { 'Content-Type': 'text/xml', 'X-WNS-Type': type };
  if (token) headers.Authorization = `Bearer ${token}`;
  return fetch(relayUri, { method: 'POST', headers, body: xml });
}

export const accessToken = async (response: Response) =>
  ((await response.json()) as { access_token: string }).access_token;

/**
 * The built app (dist/, which the Playwright web server has just built) and a relay of its own
 * on a free loopback port, so what a spec counts on it is that spec's alone.
 */
export async function startOwnStandalone(): Promise<{ server: Standalone; origin: string }> {
  const server = await startStandalone({
    port: 0,
    hosts: ['127.0.0.1'],
    root: fileURLToPath(new URL('../dist', import.meta.url)),
  });
  return {
    server,
    origin: `http://127.0.0.1:${(server.servers[0]!.address() as AddressInfo).port}`,
  };
}
