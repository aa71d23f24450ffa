import { expect, type Page } from '@playwright/test';
import { tileTemplates } from '../src/protocol/wns/tile-templates';
import { phoneIn, type Phone } from '../src/testing/playwright';
import { wnsPush } from './wns-helpers';

/** Distinct words per slot, so each text can be found on the tile. */
export const slotText = (template: string, n: number) => `${template.slice(-6)}w${n}`;

/** A tile payload for one named template: every text and image slot filled. */
export function templatePayload(template: string): string {
  const slots = tileTemplates[template]!;
  const images = Array.from(
    { length: slots.images },
    (_, i) => `<image id="${i + 1}" src="ms-appx:///Assets/photo${(i % 6) + 1}.svg" alt=""/>`,
  );
  const texts = Array.from(
    { length: slots.texts },
    (_, i) => `<text id="${i + 1}">${slotText(template, i + 1)}</text>`,
  );
  return `<tile><visual version="2"><binding template="${template}">${images.join('')}${texts.join('')}</binding></visual></tile>`;
}

/**
 * The phone drawn with this profile, animations paused. Given the phone fixture, on its page;
 * given a bare page, it opens the emulator there first.
 */
export async function showProfile(target: Page | Phone, label: string) {
  const page = 'screen' in target ? target.page : target;
  if (!('screen' in target)) await phoneIn(page);
  await page.getByLabel('Device profile').selectOption({ label });
  await page.getByRole('button', { name: 'Pause animations' }).click();
}

export async function pushTile(page: Page, body: string) {
  const sent = await wnsPush(page, { type: 'wns/tile', body });
  expect(sent.status).toBe(200);
}
