import { describe, expect, it } from 'vitest';
import {
  blockMask,
  compareLayouts,
  contentMask,
  dominantColour,
  summary,
  type Picture,
} from './score';

/** A blue tile of w×h with white rectangles [x, y, w, h] drawn on it. */
function tile(w: number, h: number, rects: [number, number, number, number][]): Picture {
  const data = new Uint8ClampedArray(w * h * 4);
  for (let p = 0; p < w * h; p++) data.set([30, 100, 220, 255], p * 4);
  for (const [rx, ry, rw, rh] of rects)
    for (let y = ry; y < ry + rh; y++)
      for (let x = rx; x < rx + rw; x++) data.set([255, 255, 255, 255], (y * w + x) * 4);
  return { width: w, height: h, data };
}

describe('layout masks', () => {
  it('finds the background as the most common colour', () => {
    expect(dominantColour(tile(20, 20, [[0, 0, 5, 5]]))).toEqual([30, 100, 220]);
  });

  it('marks what is not background, and merges letters into a bar', () => {
    // Five "letters" two pixels apart on one line.
    const letters = tile(
      40,
      10,
      [0, 1, 2, 3, 4].map((i): [number, number, number, number] => [5 + i * 4, 4, 2, 3]),
    );
    const content = contentMask(letters);
    expect(content.reduce((s, v) => s + v, 0)).toBe(5 * 2 * 3);
    const blocks = blockMask(content, 40, 10, 2, 0.2);
    // The gaps between letters are filled: the row through them is one run.
    const row = [...blocks.slice(5 * 40, 6 * 40)].join('');
    expect(row).toMatch(/^0*1+0*$/);
  });
});

describe('compareLayouts', () => {
  it('scores identical layouts 1, even when the text differs in detail', () => {
    const a = tile(60, 30, [[5, 5, 40, 6]]);
    const b = tile(60, 30, [
      [5, 5, 18, 6],
      [25, 5, 20, 6],
    ]);
    expect(compareLayouts(a, a).score).toBe(1);
    expect(compareLayouts(a, b).score).toBeGreaterThan(0.85);
  });

  it('scores a misplaced block low, and marks it in the difference', () => {
    const a = tile(60, 60, [[5, 5, 20, 20]]);
    const b = tile(60, 60, [[35, 35, 20, 20]]);
    const c = compareLayouts(a, b);
    expect(c.score).toBeLessThan(0.2);
    expect(c.difference.width).toBe(60);
  });

  it('refuses pictures of different sizes', () => {
    expect(() => compareLayouts(tile(10, 10, []), tile(12, 10, []))).toThrow(/sizes differ/);
  });

  it('summarises the mean and the worst', () => {
    const s = summary([{ score: 1 }, { score: 0.5 }, { score: 0 }], 2);
    expect(s.mean).toBe(0.5);
    expect(s.worst.map((r) => r.score)).toEqual([0, 0.5]);
  });
});
