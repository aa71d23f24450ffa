import { expect, test } from '../src/testing/playwright';
import { tileTemplates } from '../src/protocol/wns/tile-templates';
import { pushTile, showProfile, slotText, templatePayload } from './render-helpers';

// Every named Windows 8/8.1 template, pushed as its own payload: the tile shows every text,
// one <img> per image slot, and the template's size in Windows 8.1 Start pixels. [S47, S48, S56]
const pixels = { small: [70, 70], medium: [150, 150], wide: [310, 150], large: [310, 310] };

for (const size of ['small', 'medium', 'wide', 'large'] as const) {
  test(`every ${size} template renders its texts, images and size`, async ({ page, phone }) => {
    test.setTimeout(120_000);
    await showProfile(phone, 'Windows 8.1 Start');
    await page.getByLabel('Contoso News tile size').selectOption(size);
    const tile = phone.tile('Contoso News');
    const names = Object.keys(tileTemplates).filter((t) => tileTemplates[t]!.size === size);
    expect(names.length).toBeGreaterThan(0);
    for (const template of names) {
      await test.step(template, async () => {
        await pushTile(page, templatePayload(template));
        const body = tile.locator(`[data-template="${template}"]`);
        await expect(body).toHaveCount(1);
        const slots = tileTemplates[template]!;
        // Peek templates keep their texts on the back: keyboard focus turns the tile over.
        if (/Peek/.test(template)) await tile.focus();
        else await page.keyboard.press('Escape');
        for (let n = 1; n <= slots.texts; n++) {
          await expect(tile.getByText(slotText(template, n), { exact: true })).toBeVisible();
        }
        await expect(tile.locator('img')).toHaveCount(slots.images);
        const box = await body.boundingBox();
        expect([box?.width, box?.height]).toEqual(pixels[size]);
      });
    }
  });
}
