import { expect, type Locator, type Page } from '@playwright/test';

/** A real 24×24 PNG (a colour ramp), small enough to inline. */
export const PNG_BASE64 =
  'iVBORw0KGgoAAAANSUhEUgAAABgAAAAYCAIAAABvFaqvAAADnUlEQVR42hXUqxpFERSF0Z1lWZZlWZZlWZZlWf6zLMuyLHuO43iA8VmXub7vQ3zID/WhP8yH/XAf/iN8xI/0kT/KR/1oH3z0j/ExP9bH/jgf9+P7BEIgBUqgBUZgBU7gBUEQBUmQBUVQBU2AoAuGYAqWYAuO4IoHSYRESpRES4zESpzES4IkSpIkS4qkSpoESZcMyZQsyZYcyZUPUgiFVCiFVhiFVTiFVwRFVCRFVhRFVTQFiq4YiqlYiq04iqsepBEaqVEarTEaq3EarwmaqEmarCmaqmkaNF0zNFOzNFtzNFc/yCAM0qAM2mAM1uAM3hAM0ZAM2VAM1dAMGLphGKZhGbbhGK55kEVYpEVZtMVYrMVZvCVYoiVZsqVYqqVZsHTLsEzLsmzLsVz7IIdwSIdyaIdxWIdzeEdwREdyZEdxVEdz4OiO4ZiO5diO47juQR7hkR7l0R7jsR7n8Z7giZ7kyZ7iqZ7mwdM9wzM9y7M9x3P9gwIiIAMqoAMmYAMu4AMhEAMpkAMlUAMtQKAHRmAGVmAHTuCGB0VEREZUREdMxEZcxEdCJEZSJEdKpEZahEiPjMiMrMiOnMiND0qIhEyohE6YhE24hE+EREykRE6URE20BImeGImZWImdOImbHpQRGZlRGZ0xGZtxGZ8JmZhJmZwpmZppGTI9MzIzszI7czI3P6ggCrKgCrpgCrbgCr4QCrGQCrlQCrXQChR6YRRmYRV24RRueVBFVGRFVXTFVGzFVXwlVGIlVXKlVGqlVaj0yqjMyqrsyqnc+qCGaMiGauiGadiGa/hGaMRGauRGadRGa9DojdGYjdXYjdO47UH/w/Ai/cL4YvQC8Fb3Ld1blzfoN6LX3NeWV9D7ykP+r8OACQs2HLjvTH0d0ZEd1dEd07Ed1/Gd0Imd1Mmd0qmd1v9M74zO7KzO7pzO7Q8aiIEcqIEemIEduIEfhEEcpEEelEEdtPH/TB+MwRyswR6cwR0PmoiJnKiJnpiJnbiJn4RJnKRJnpRJnbT5L6lPxmRO1mRPzuTOBy3EQi7UQi/Mwi7cwi/CIi7SIi/Koi7a+jemL8ZiLtZiL87irgdtxEZu1EZvzMZu3MZvwiZu0iZvyqZu2v63t2/GZm7WZm/O5u4HHcRBHtRBH8zBHtzBH8IhHtIhH8qhHtr5D6kfxmEe1mEfzuGeB13ERV7URV/MxV7cxV/CJV7SJV/KpV7a/Y+6X8ZlXtZlX87lXn7fPm2umg+lOgAAAABJRU5ErkJggg==';
export const png = (name: string) => ({
  name,
  mimeType: 'image/png',
  buffer: Buffer.from(PNG_BASE64, 'base64'),
});

export const tileOf = (page: Page, app = 'Contoso News') =>
  page.getByRole('listitem', { name: `${app} tile` });
export const deviceLog = (page: Page) => page.getByRole('region', { name: 'Device log' });

/** Every <img> inside has loaded and decoded (naturalWidth > 0). */
export async function expectImagesDrawn(images: Locator, count: number) {
  await expect(images).toHaveCount(count);
  for (let i = 0; i < count; i++) {
    await expect
      .poll(() => images.nth(i).evaluate((img) => (img as HTMLImageElement).naturalWidth))
      .toBeGreaterThan(0);
  }
}
