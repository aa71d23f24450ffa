import pixelmatch from 'pixelmatch';

// Layout similarity of two tile pictures. Fonts differ (Segoe versus the open font), so pixels
// of text never match exactly; what a designer cares about is where the blocks are. Each
// picture becomes a block mask (what is not the tile's background, blurred so that a line of
// text becomes one bar), and the masks are compared with pixelmatch.

/** An RGBA picture, as canvas `ImageData` holds it. */
export type Picture = { width: number; height: number; data: Uint8Array | Uint8ClampedArray };

/** Colours nearer than this to the background are background (RGB distance, 0–441). */
const BACKGROUND_DISTANCE = 60;

/** The most common colour, on 32 levels per channel: a tile's background (even a gradient's). */
export function dominantColour({ data }: Picture): [number, number, number] {
  const bins = new Map<number, { n: number; r: number; g: number; b: number }>();
  for (let i = 0; i < data.length; i += 4) {
    const r = data[i]!;
    const g = data[i + 1]!;
    const b = data[i + 2]!;
    const key = ((r >> 3) << 10) | ((g >> 3) << 5) | (b >> 3);
    const bin = bins.get(key) ?? { n: 0, r: 0, g: 0, b: 0 };
    bin.n++;
    bin.r += r;
    bin.g += g;
    bin.b += b;
    bins.set(key, bin);
  }
  let best = { n: 0, r: 0, g: 0, b: 0 };
  for (const bin of bins.values()) if (bin.n > best.n) best = bin;
  const n = Math.max(1, best.n);
  return [best.r / n, best.g / n, best.b / n];
}

/** 1 where the pixel differs from the background, else 0. */
export function contentMask(picture: Picture): Uint8Array {
  const [br, bg, bb] = dominantColour(picture);
  const { data } = picture;
  const mask = new Uint8Array(picture.width * picture.height);
  for (let p = 0; p < mask.length; p++) {
    const i = p * 4;
    const d = Math.hypot(data[i]! - br, data[i + 1]! - bg, data[i + 2]! - bb);
    mask[p] = d > BACKGROUND_DISTANCE ? 1 : 0;
  }
  return mask;
}

/**
 * Blocks: a pixel is part of a block when enough of its neighbourhood (a square of `radius`,
 * wide enough that the lines of a paragraph merge into one block)
 * is content. Letters and the gaps between them merge into bars; isolated specks vanish.
 */
export function blockMask(
  mask: Uint8Array,
  width: number,
  height: number,
  radius = 6,
  fill = 0.2,
): Uint8Array {
  // Summed-area table: each square's sum in O(1).
  const sat = new Uint32Array((width + 1) * (height + 1));
  for (let y = 0; y < height; y++) {
    let row = 0;
    for (let x = 0; x < width; x++) {
      row += mask[y * width + x]!;
      sat[(y + 1) * (width + 1) + x + 1] = sat[y * (width + 1) + x + 1]! + row;
    }
  }
  const out = new Uint8Array(width * height);
  for (let y = 0; y < height; y++)
    for (let x = 0; x < width; x++) {
      const x0 = Math.max(0, x - radius);
      const y0 = Math.max(0, y - radius);
      const x1 = Math.min(width, x + radius + 1);
      const y1 = Math.min(height, y + radius + 1);
      const w = width + 1;
      const sum = sat[y1 * w + x1]! - sat[y0 * w + x1]! - sat[y1 * w + x0]! + sat[y0 * w + x0]!;
      out[y * width + x] = sum / ((x1 - x0) * (y1 - y0)) >= fill ? 1 : 0;
    }
  return out;
}

/** A mask as a black picture with white blocks. */
export function maskPicture(mask: Uint8Array, width: number, height: number): Picture {
  const data = new Uint8ClampedArray(width * height * 4);
  for (let p = 0; p < mask.length; p++) {
    const v = mask[p] ? 255 : 0;
    data.set([v, v, v, 255], p * 4);
  }
  return { width, height, data };
}

export type Comparison = {
  /** 0–1: 1 − (pixels in only one mask) / (pixels in either mask). */
  score: number;
  reference: Picture;
  ours: Picture;
  /** Red: a block only in the reference (missing); blue: only in Tilecast (extra). */
  difference: Picture;
};

/** Compares two pictures of the same size by their block masks. */
export function compareLayouts(reference: Picture, ours: Picture): Comparison {
  const { width, height } = reference;
  if (ours.width !== width || ours.height !== height)
    throw new Error(`sizes differ: ${width}×${height} and ${ours.width}×${ours.height}`);
  const blocks = (p: Picture) => blockMask(contentMask(p), width, height);
  const a = blocks(reference);
  const b = blocks(ours);
  const refPicture = maskPicture(a, width, height);
  const ourPicture = maskPicture(b, width, height);
  const difference = new Uint8ClampedArray(width * height * 4);
  const mismatched = pixelmatch(refPicture.data, ourPicture.data, difference, width, height, {
    threshold: 0.1,
    includeAA: true,
    alpha: 0.15,
    diffColor: [40, 120, 255],
    diffColorAlt: [230, 40, 40],
  });
  let union = 0;
  for (let p = 0; p < a.length; p++) union += a[p]! | b[p]!;
  return {
    score: union === 0 ? 1 : Math.max(0, 1 - mismatched / union),
    reference: refPicture,
    ours: ourPicture,
    difference: { width, height, data: difference },
  };
}

/** The mean of the scores, and the `n` lowest. */
export function summary<T extends { score: number }>(rows: T[], n = 5) {
  const mean = rows.length ? rows.reduce((s, r) => s + r.score, 0) / rows.length : 0;
  const worst = [...rows].sort((x, y) => x.score - y.score).slice(0, n);
  return { mean, worst };
}
