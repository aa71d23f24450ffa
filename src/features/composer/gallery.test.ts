import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { gallery } from './gallery';

const packageRoot = fileURLToPath(new URL('../../../public/package/', import.meta.url));
const packagePaths = (xml: string) =>
  [...xml.matchAll(/ms-appx:\/\/\/([^"'\s<]+)/g)].map((m) => m[1]!);

describe('gallery samples', () => {
  // A sample whose image is missing would be dropped whole on the Windows 8 profiles. [S19]
  it.each(gallery.filter((item) => item.xml.includes('ms-appx:///')).map((i) => [i.id, i]))(
    '%s uses only images the sample package has',
    (_, item) => {
      for (const path of packagePaths(item.xml))
        expect(existsSync(packageRoot + path), `public/package/${path}`).toBe(true);
    },
  );

  it('has samples with package images at all', () => {
    expect(gallery.filter((item) => item.xml.includes('ms-appx:///')).length).toBeGreaterThan(10);
  });
});
