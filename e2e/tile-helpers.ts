import type { Locator, Page } from '@playwright/test';
import { mpnsChannel, mpnsPush, wp } from './mpns-helpers';

/** Picks a device profile, theme or accent in the Display controls beside the phone. */
export const display = (
  page: Page,
  control: 'Device profile' | 'Theme' | 'Accent',
  label: string,
) => page.getByRole('group', { name: 'Display' }).getByLabel(control).selectOption({ label });

/** Resizes a tile through its own size menu, as a person would on Start. */
export async function resize(tile: Locator, size: 'Small' | 'Medium' | 'Wide' | 'Large') {
  await tile.getByRole('button', { name: /^Resize / }).click();
  await tile.getByRole('menuitemradio', { name: new RegExp(`^${size}`) }).click();
}

/** Sends a Windows Phone 8 FlipTile to an app's primary tile over MPNS. */
export async function flipTile(page: Page, app: string, title: string) {
  const uri = await mpnsChannel(page, app);
  await mpnsPush(page, uri, {
    target: 'token',
    cls: '1',
    body: wp(
      `<wp:Tile Id="" Template="FlipTile"><wp:Title>${title}</wp:Title><wp:Count>3</wp:Count><wp:WideBackContent>Wide back</wp:WideBackContent></wp:Tile>`,
      '2.0',
    ),
  });
}

/** The drawn tile (the renderer's box) inside a Start tile. */
export const face = (tile: Locator) => tile.locator('[data-size]').first();
