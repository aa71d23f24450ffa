// `tilecast/playwright`: fixtures for test suites that drive the emulator page.
//   import { test, expect } from 'tilecast/playwright';
//   test('toast', async ({ phone, cloud }) => {
//     const channel = await phone.openChannel({ service: 'wns' });
//     await cloud.toast(channel, { title: 'Hello' });
//     await expect(phone).toShowToast({ title: 'Hello' });
//   });
import {
  test as base,
  expect as baseExpect,
  type Expect,
  type MatcherReturnType,
  type Page,
  type PlaywrightTestArgs,
  type PlaywrightTestOptions,
  type PlaywrightWorkerArgs,
  type PlaywrightWorkerOptions,
  type TestType,
} from '@playwright/test';
import type { Match } from '../store';
import { cloudFor, type Cloud } from './cloud';
import { phoneFor, type Phone } from './phone';

export type { Cloud, HttpResult } from './cloud';
export { pageFetch } from './cloud';
export {
  createCloud,
  TokenError,
  TOKEN_URL,
  type CloudChannel,
  type CloudFetch,
  type CloudOptions,
  type CloudRequest,
  type CloudResponse,
  type CloudResult,
  type Credentials,
  type SendInit,
  type TileContent,
  type ToastContent,
} from '../cloud';
export type { Phone } from './phone';

/**
 * The emulator in another page: a second tab, or a page in a context of its own. Unlike the
 * `phone` fixture it keeps what that page's storage holds (no reset), as a person's tab would.
 */
export async function phoneIn(page: Page, url = '/'): Promise<Phone> {
  const phone = phoneFor(page, url);
  await phone.open();
  return phone;
}
export type { RelaySnapshot } from '../store';

export type TilecastOptions = {
  /** Where the emulator is served, relative to `baseURL`. Default "/". */
  tilecastUrl: string;
  /** Seed for reproducible public ids (message ids, MS-CV, data centres); secrets never repeat. */
  tilecastSeed: number | undefined;
};

export type TilecastFixtures = TilecastOptions & { phone: Phone; cloud: Cloud };

// Spelled out so the published declarations name only @playwright/test's public types (an
// inferred type would point into playwright's internals, which a user's project cannot resolve).
export const test: TestType<
  PlaywrightTestArgs & PlaywrightTestOptions & TilecastFixtures,
  PlaywrightWorkerArgs & PlaywrightWorkerOptions
> = base.extend<TilecastFixtures>({
  tilecastUrl: ['/', { option: true }],
  tilecastSeed: [undefined, { option: true }],
  phone: async ({ page, tilecastUrl, tilecastSeed }, use) => {
    const phone = phoneFor(page, tilecastUrl);
    await phone.open();
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

type WaitOptions = { timeout?: number };
type PhoneMatcher = (
  phone: Phone,
  match: Match,
  options?: WaitOptions,
) => Promise<MatcherReturnType>;
export type PhoneMatchers = {
  toShowToast: PhoneMatcher;
  toShowTile: PhoneMatcher;
  toHaveReceivedRaw: PhoneMatcher;
  toHaveDropped: PhoneMatcher;
};

/** `expect` with phone matchers that wait (event-driven, no polling) up to `timeout` ms. */
export const expect: Expect<PhoneMatchers> = baseExpect.extend<PhoneMatchers>({
  async toShowToast(phone: Phone, match: Match, options: WaitOptions = {}) {
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
  async toShowTile(phone: Phone, match: Match, options: WaitOptions = {}) {
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
  async toHaveReceivedRaw(phone: Phone, match: Match, options: WaitOptions = {}) {
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
  async toHaveDropped(phone: Phone, match: Match, options: WaitOptions = {}) {
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
