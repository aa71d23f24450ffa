import { describe, expect, it } from 'vitest';
import { gallery } from './gallery';

// Every file of the sample package, as paths relative to public/package/.
const packageFiles = new Set(
  Object.keys(import.meta.glob('../../../public/package/**/*')).map((path) =>
    path.replace('../../../public/package/', ''),
  ),
);
const packagePaths = (xml: string) =>
  [...xml.matchAll(/ms-appx:\/\/\/([^"'\s<]+)/g)].map((m) => m[1]!);

describe('gallery samples', () => {
  // A sample whose image is missing would be dropped whole on the Windows 8 profiles. [S19]
  it.each(gallery.filter((item) => item.xml.includes('ms-appx:///')).map((i) => [i.id, i]))(
    '%s uses only images the sample package has',
    (_, item) => {
      for (const path of packagePaths(item.xml))
        expect(packageFiles, `public/package/${path}`).toContain(path);
    },
  );

  // MPNS names package images by path (/Assets/front.png); a missing one is a bare tile. [S6–S8]
  it.each(gallery.filter((item) => item.service === 'mpns').map((i) => [i.id, i]))(
    '%s (MPNS) uses only images the sample package has',
    (_, item) => {
      const paths = [...item.xml.matchAll(/<wp:\w*Image\d?>\/?([^<]+)</g)].map((m) => m[1]!);
      for (const path of paths) expect(packageFiles, `public/package/${path}`).toContain(path);
    },
  );

  it('has samples with package images at all', () => {
    expect(gallery.filter((item) => item.xml.includes('ms-appx:///')).length).toBeGreaterThan(10);
  });
});
