#!/usr/bin/env node
// Draws the sample package's phone-sized PNGs (public/package/Assets/*.png) that the gallery's
// MPNS samples name: Flip, Cycle, Iconic and WP7 tile art at Windows Phone 8 pixel sizes.
// Drawn here from simple shapes, so the art is the project's own (same licence as Tilecast).
// Run: node scripts/sample-art.mjs. No dependencies: a small PNG encoder over node:zlib.

import { writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateSync } from 'node:zlib';

const out = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'package', 'Assets');

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
const crc32 = (bytes) => {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
};
const chunk = (type, data) => {
  const head = Buffer.alloc(8);
  head.writeUInt32BE(data.length, 0);
  head.write(type, 4, 'latin1');
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0);
  return Buffer.concat([head, data, crc]);
};

/** RGBA pixels → PNG bytes (8-bit, colour type 6, no filtering). */
function encodePng(width, height, rgba) {
  const raw = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    raw[y * (width * 4 + 1)] = 0;
    rgba.copy(raw, y * (width * 4 + 1) + 1, y * width * 4, (y + 1) * width * 4);
  }
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr.set([8, 6, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const hex = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16));

/** A canvas of `width`×`height` that shapes paint into, 4× supersampled at their edges. */
function canvas(width, height) {
  const px = Buffer.alloc(width * height * 4);
  const blend = (x, y, [r, g, b], a) => {
    if (a <= 0) return;
    const i = (y * width + x) * 4;
    const da = px[i + 3] / 255;
    const oa = a + da * (1 - a);
    for (const [k, c] of [r, g, b].entries())
      px[i + k] = Math.round((c * a + px[i + k] * da * (1 - a)) / (oa || 1));
    px[i + 3] = Math.round(oa * 255);
  };
  /** Paints every pixel by coverage of `inside(x, y)` (4 samples per pixel). */
  const fill = (inside, colour, alpha = 1) => {
    const rgb = typeof colour === 'string' ? () => hex(colour) : colour;
    for (let y = 0; y < height; y++)
      for (let x = 0; x < width; x++) {
        let n = 0;
        for (const [dx, dy] of [
          [0.25, 0.25],
          [0.75, 0.25],
          [0.25, 0.75],
          [0.75, 0.75],
        ])
          if (inside(x + dx, y + dy)) n++;
        if (n) blend(x, y, rgb(x, y), (alpha * n) / 4);
      }
  };
  return { px, fill, png: () => encodePng(width, height, px) };
}

const lerp = (a, b, t) => a.map((v, i) => Math.round(v + (b[i] - v) * t));
const circle = (cx, cy, r) => (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
const rect = (x0, y0, x1, y1) => (x, y) => x >= x0 && x < x1 && y >= y0 && y < y1;
/** A hill line through points (x, y): inside is below it. */
const below = (points) => (x, y) => {
  for (let i = 1; i < points.length; i++) {
    const [ax, ay] = points[i - 1];
    const [bx, by] = points[i];
    if (x >= ax && x <= bx) return y >= ay + ((by - ay) * (x - ax)) / (bx - ax || 1);
  }
  return false;
};
/** A stroke of `w` px along a polyline. */
const stroke = (points, w) => (x, y) =>
  points.slice(1).some(([bx, by], i) => {
    const [ax, ay] = points[i];
    const dx = bx - ax;
    const dy = by - ay;
    const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
    return (x - ax - t * dx) ** 2 + (y - ay - t * dy) ** 2 <= (w / 2) ** 2;
  });

/** A landscape: sky gradient, sun, two ranges of hills; each photo has its own palette. */
function landscape(width, height, { sky, horizon, sun, far, near }, sunAt = [0.72, 0.3]) {
  const c = canvas(width, height);
  const top = hex(sky);
  const bottom = hex(horizon);
  c.fill(
    () => true,
    (_, y) => lerp(top, bottom, y / height),
  );
  c.fill(circle(width * sunAt[0], height * sunAt[1], height * 0.12), sun);
  const hills = (base, amp, phase) =>
    Array.from({ length: 9 }, (_, i) => [
      (width * i) / 8,
      height * (base + amp * Math.sin(i * 1.3 + phase)),
    ]);
  c.fill(below(hills(0.58, 0.08, 0.4)), far);
  c.fill(below(hills(0.76, 0.06, 2.1)), near);
  return c;
}

const palettes = {
  dusk: { sky: '#1b2a4a', horizon: '#e07a5f', sun: '#f2cc8f', far: '#3d405b', near: '#22223b' },
  meadow: { sky: '#4ea8de', horizon: '#caf0f8', sun: '#fff3b0', far: '#52b788', near: '#2d6a4f' },
  harbour: { sky: '#023e8a', horizon: '#90e0ef', sun: '#ffffff', far: '#0077b6', near: '#03045e' },
  desert: { sky: '#f4a261', horizon: '#ffe8d6', sun: '#fff1e6', far: '#e76f51', near: '#9c6644' },
  storm: { sky: '#343a40', horizon: '#adb5bd', sun: '#e9ecef', far: '#495057', near: '#212529' },
};

/** An envelope, white on transparent: the Iconic tile's icon (the shell tints nothing). */
function envelope(size) {
  const c = canvas(size, size);
  const m = size * 0.14;
  const w = Math.max(2, size * 0.07);
  const top = size * 0.26;
  const bottom = size * 0.74;
  c.fill(
    stroke(
      [
        [m, top],
        [size - m, top],
        [size - m, bottom],
        [m, bottom],
        [m, top],
      ],
      w,
    ),
    '#ffffff',
  );
  c.fill(
    stroke(
      [
        [m, top],
        [size / 2, size * 0.52],
        [size - m, top],
      ],
      w,
    ),
    '#ffffff',
  );
  return c;
}

/** A newspaper front: headline bars and a picture block, for the Flip/WP7 tile's back. */
function front(size, palette) {
  const c = landscape(size, size, palette, [0.25, 0.28]);
  c.fill(rect(0, size * 0.8, size, size), '#000000', 0.35);
  return c;
}

const art = {
  // Windows Phone 8 Flip tile: small 159, medium 336, wide 691×336. [S6]
  'small.png': front(159, palettes.meadow),
  'front.png': front(336, palettes.dusk),
  'back.png': landscape(336, 336, palettes.storm),
  'wide.png': landscape(691, 336, palettes.dusk),
  // Cycle tile images are drawn at the wide size and cropped to the medium one. [S7]
  'photo1.png': landscape(691, 336, palettes.meadow),
  'photo2.png': landscape(691, 336, palettes.harbour, [0.2, 0.35]),
  'photo3.png': landscape(691, 336, palettes.desert, [0.5, 0.25]),
  // Iconic tile: white glyph on transparency, 202 medium and 110 small. [S8]
  'icon.png': envelope(202),
  'icon-small.png': envelope(110),
};

for (const [name, c] of Object.entries(art)) {
  const bytes = c.png();
  writeFileSync(join(out, name), bytes);
  console.log(`${name}: ${Math.ceil(bytes.length / 1024)} KB`);
}
