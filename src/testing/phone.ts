// The `phone` fixture's object: the page's `window.tilecast`, one `page.evaluate` per call,
// plus what a test needs around it: opening and reloading the emulator, and locators for what a
// person sees on the phone.
import type { Locator, Page } from '@playwright/test';
import type { TilecastApi } from '../store';

type Api = Omit<TilecastApi, 'ready'>;
type Method = keyof Api;

type Async<F> = F extends (...args: infer A) => infer R
  ? (...args: A) => Promise<Awaited<R>>
  : never;

export type Phone = { [K in Method]: Async<Api[K]> } & {
  page: Page;
  /** Opens the emulator at `url` (default: the fixture's `tilecastUrl`), once it is ready. */
  open(url?: string): Promise<void>;
  /** Reloads the page once what the phone holds is stored, and waits until it is ready again. */
  reload(): Promise<void>;
  /** The phone on screen: Start screen, banner, app pages, raw console. */
  screen: Locator;
  /** The toast banner as a person sees it (an app's, or any app's). */
  banner(app?: string): Locator;
  /** An app's tile on the Start screen. */
  tile(app: string): Locator;
  /** The device log: what the phone dropped, and why. */
  deviceLog: Locator;
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
  'relay',
] as const satisfies readonly Method[];
// Fails to compile when the API grows a method this list does not proxy.
const everyMethod: Exclude<Method, (typeof methods)[number]> extends never ? true : never = true;
void everyMethod;

/**
 * Waits until the emulator in `page` is ready. A page that navigates again while loading (a
 * share link that rewrites its address, a service worker taking control) replaces the context
 * the wait ran in: wait for the page that stays, instead of failing on the one that left.
 */
export async function whenReady(page: Page): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      await page.evaluate(() => window.tilecast.ready);
      return;
    } catch (error) {
      const replaced = /Execution context was destroyed|navigat/i.test(String(error));
      if (!replaced || attempt >= 3) throw error;
      await page.waitForLoadState();
    }
  }
}

export function phoneFor(page: Page, home = '/'): Phone {
  const screen = page.getByRole('region', { name: 'Phone' });
  const phone = {
    page,
    screen,
    banner: (app?: string) =>
      page.getByRole('status', { name: app ? `Toast from ${app}` : /^Toast from / }),
    tile: (app: string) => screen.getByRole('listitem', { name: `${app} tile` }),
    deviceLog: page.getByRole('region', { name: 'Device log' }),
    async open(url = home) {
      await page.goto(url);
      await whenReady(page);
    },
    async reload() {
      await phone.saved();
      await page.reload();
      await whenReady(page);
    },
  } as Phone;
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

declare global {
  interface Window {
    tilecast: TilecastApi;
  }
}
