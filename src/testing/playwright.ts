// `tilecast/playwright`: fixtures for test suites that drive the emulator page.
//   import { test, expect } from 'tilecast/playwright';
//   test('toast', async ({ phone, cloud }) => {
//     const channel = await phone.openChannel({ service: 'wns' });
//     await cloud.toast(channel, { title: 'Hello' });
//     await expect(phone).toShowToast({ title: 'Hello' });
//   });
import { test as base, expect as baseExpect, type Page } from '@playwright/test';
import type { ChannelInfo, Match, TilecastApi } from '../store';

type Api = Omit<TilecastApi, 'ready'>;
type Method = keyof Api;
type Async<F> = F extends (...args: infer A) => infer R
  ? (...args: A) => Promise<Awaited<R>>
  : never;

/** The page's `window.tilecast`, one `page.evaluate` per call. */
export type Phone = { [K in Method]: Async<Api[K]> } & { page: Page };

export type HttpResult = { status: number; headers: Record<string, string>; body: string };

/** Sends from the page like a cloud service: tokens for WNS, the right headers, real fetch. */
export type Cloud = {
  token(channel: ChannelInfo): Promise<string>;
  send(
    channel: ChannelInfo,
    init: { type?: string; headers?: Record<string, string>; body: string; method?: string },
  ): Promise<HttpResult>;
  toast(
    channel: ChannelInfo,
    content: { title: string; body?: string; launch?: string },
  ): Promise<HttpResult>;
  fetch(
    url: string,
    init?: { method?: string; headers?: Record<string, string>; body?: string },
  ): Promise<HttpResult>;
};

const methods = [
  'installApp',
  'uninstallApp',
  'apps',
  'openChannel',
  'closeChannel',
  'setConnection',
  'setAppState',
  'setAppSettings',
  'advanceClock',
  'now',
  'journal',
  'phone',
  'waitForToast',
  'waitForTile',
  'waitForRaw',
  'waitForDrop',
  'reset',
  'setMpnsSettings',
  'saved',
] as const satisfies readonly Method[];
// Fails to compile when the API grows a method this list does not proxy.
const everyMethod: Exclude<Method, (typeof methods)[number]> extends never ? true : never = true;
void everyMethod;

function phoneFor(page: Page): Phone {
  const phone = { page } as Phone;
  for (const name of methods) {
    (phone as Record<string, unknown>)[name] = (...args: unknown[]) =>
      page.evaluate(
        async ([method, params]) => {
          await window.tilecast.ready;
          const fn = window.tilecast[method as Method] as (...a: unknown[]) => unknown;
          return fn(...(params as unknown[]));
        },
        [name, args] as const,
      );
  }
  return phone;
}

const escapeXml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!,
  );

function cloudFor(page: Page): Cloud {
  const tokens = new Map<string, string>();
  const cloud: Cloud = {
    fetch: (url, init = {}) =>
      page.evaluate(
        async ([target, options]) => {
          const response = await fetch(target, options);
          return {
            status: response.status,
            headers: Object.fromEntries(response.headers.entries()),
            body: await response.text(),
          };
        },
        [url, init] as const,
      ),
    async token(channel) {
      const { clientId, clientSecret } = channel.credentials ?? {};
      if (!clientId || !clientSecret) throw new Error('This channel has no WNS credentials');
      const cached = tokens.get(clientId);
      if (cached) return cached;
      const form = new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: clientId,
        client_secret: clientSecret,
        scope: 'notify.windows.com',
      });
      const answer = await cloud.fetch('https://login.live.com/accesstoken.srf', {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
      });
      if (answer.status !== 200)
        throw new Error(`Token request failed: ${answer.status} ${answer.body}`);
      const token = (JSON.parse(answer.body) as { access_token: string }).access_token;
      tokens.set(clientId, token);
      return token;
    },
    async send(channel, { type = 'wns/toast', headers = {}, body, method = 'POST' }) {
      const base: Record<string, string> = {};
      if (channel.service === 'wns') {
        base.Authorization = `Bearer ${await cloud.token(channel)}`;
        base['X-WNS-Type'] = type;
        base['Content-Type'] = type === 'wns/raw' ? 'application/octet-stream' : 'text/xml';
      } else {
        base['Content-Type'] = 'text/xml';
      }
      return cloud.fetch(channel.uri, { method, headers: { ...base, ...headers }, body });
    },
    toast(channel, { title, body, launch }) {
      if (channel.service === 'mpns') {
        const xml = `<?xml version="1.0" encoding="utf-8"?><wp:Notification xmlns:wp="WPNotification"><wp:Toast><wp:Text1>${escapeXml(title)}</wp:Text1><wp:Text2>${escapeXml(body ?? '')}</wp:Text2>${launch ? `<wp:Param>${escapeXml(launch)}</wp:Param>` : ''}</wp:Toast></wp:Notification>`;
        return cloud.send(channel, {
          body: xml,
          headers: { 'X-WindowsPhone-Target': 'toast', 'X-NotificationClass': '2' },
        });
      }
      const texts = body === undefined ? [title] : [title, body];
      const template = texts.length === 1 ? 'ToastText01' : 'ToastText02';
      const xml = `<toast${launch ? ` launch="${escapeXml(launch)}"` : ''}><visual><binding template="${template}">${texts
        .map((t, i) => `<text id="${i + 1}">${escapeXml(t)}</text>`)
        .join('')}</binding></visual></toast>`;
      return cloud.send(channel, { body: xml });
    },
  };
  return cloud;
}

export type TilecastOptions = {
  /** Where the emulator is served, relative to `baseURL`. Default "/". */
  tilecastUrl: string;
  /** Seed for reproducible channel URIs, tokens and ids. */
  tilecastSeed: number | undefined;
};

export const test = base.extend<TilecastOptions & { phone: Phone; cloud: Cloud }>({
  tilecastUrl: ['/', { option: true }],
  tilecastSeed: [undefined, { option: true }],
  phone: async ({ page, tilecastUrl, tilecastSeed }, use) => {
    await page.goto(tilecastUrl);
    await page.evaluate(() => window.tilecast.ready);
    const phone = phoneFor(page);
    await phone.reset({ seed: tilecastSeed });
    await use(phone);
  },
  cloud: async ({ page, phone }, use) => {
    void phone; // the emulator page must be open before the cloud can send from it
    await use(cloudFor(page));
  },
});

const failure = (name: string, error: unknown) => ({
  pass: false,
  name,
  message: () =>
    (error instanceof Error ? error.message : String(error)).replace(
      /^page\.evaluate: (Error: )?/,
      '',
    ),
});

/** `expect` with phone matchers that wait (event-driven, no polling) up to `timeout` ms. */
export const expect = baseExpect.extend({
  async toShowToast(phone: Phone, match: Match, options: { timeout?: number } = {}) {
    try {
      await phone.waitForToast(match, options.timeout);
      return {
        pass: true,
        name: 'toShowToast',
        message: () => `A toast matching ${JSON.stringify(match)} was shown`,
      };
    } catch (error) {
      return failure('toShowToast', error);
    }
  },
  async toShowTile(phone: Phone, match: Match, options: { timeout?: number } = {}) {
    try {
      await phone.waitForTile(match, options.timeout);
      return {
        pass: true,
        name: 'toShowTile',
        message: () => `A tile update matching ${JSON.stringify(match)} was shown`,
      };
    } catch (error) {
      return failure('toShowTile', error);
    }
  },
  async toHaveReceivedRaw(phone: Phone, match: Match, options: { timeout?: number } = {}) {
    try {
      await phone.waitForRaw(match, options.timeout);
      return {
        pass: true,
        name: 'toHaveReceivedRaw',
        message: () => `Raw data matching ${JSON.stringify(match)} arrived`,
      };
    } catch (error) {
      return failure('toHaveReceivedRaw', error);
    }
  },
  async toHaveDropped(phone: Phone, match: Match, options: { timeout?: number } = {}) {
    try {
      await phone.waitForDrop(match, options.timeout);
      return {
        pass: true,
        name: 'toHaveDropped',
        message: () => `A drop matching ${JSON.stringify(match)} was logged`,
      };
    } catch (error) {
      return failure('toHaveDropped', error);
    }
  },
});

declare global {
  interface Window {
    tilecast: TilecastApi;
  }
}
