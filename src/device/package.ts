/**
 * An app's package (`ms-appx:///`): the images a designer adds to it. Windows takes .png, .jpg,
 * .jpeg and .gif notification images [S56]; the sample package is SVG, so SVG is taken too, kept
 * to the static allowlist of svg-allowlist.ts. A file must be what its name says, and within the
 * size cap.
 */

/**
 * Per-file cap: 1 MB, the Windows 10 limit on a metered connection [S57]; Windows 8/8.1 allow only
 * 200 KB [S56] and Windows 10 on a normal connection 3 MB, so 1 MB keeps a designer's art within
 * what a current phone shows everywhere.
 */
export const PACKAGE_FILE_LIMIT = 1024 * 1024;

const types: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  svg: 'image/svg+xml',
};

/** Leading bytes each raster format starts with. */
const magic: Record<string, number[][]> = {
  png: [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  jpg: [[0xff, 0xd8, 0xff]],
  jpeg: [[0xff, 0xd8, 0xff]],
  gif: [
    [0x47, 0x49, 0x46, 0x38, 0x37, 0x61],
    [0x47, 0x49, 0x46, 0x38, 0x39, 0x61],
  ],
};

/**
 * Entity declarations are refused before any parser sees them (billion laughs); everything else
 * in an SVG is judged element by element by the allowlist in svg-allowlist.ts, after the page
 * has parsed it.
 */
const declaresEntities = /<!ENTITY/i;

export type PackageImage = { name: string; type: string; size: number };
export type PackageCheck = { ok: true; image: PackageImage } | { ok: false; reason: string };

const kb = (bytes: number) => `${Math.ceil(bytes / 1024)} KB`;

/** Decides whether a file may go into an app's package, and under which name and type. */
export function checkPackageImage(fileName: string, bytes: Uint8Array): PackageCheck {
  const name = fileName.split(/[\\/]/).pop() ?? '';
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
  const type = types[extension];
  const refuse = (why: string) => ({ ok: false as const, reason: `"${name}" ${why}` });
  if (!type)
    return refuse(
      'is not an image the package can hold: use .png, .jpg, .jpeg or .gif [S56] (or .svg)',
    );
  if (!/^[\w .()+-]+$/.test(name))
    return refuse(
      'has characters an ms-appx:/// path cannot carry; use letters, digits, - _ . ( ) +',
    );
  if (bytes.byteLength === 0) return refuse('is empty');
  if (bytes.byteLength > PACKAGE_FILE_LIMIT)
    return refuse(
      `is ${kb(bytes.byteLength)}; a package image may be at most 1024 KB (Windows 10 on a metered connection [S57]; Windows 8/8.1 take only 200 KB [S56])`,
    );
  const starts = magic[extension];
  if (starts && !starts.some((m) => m.every((b, i) => bytes[i] === b)))
    return refuse(`is not a ${extension.toUpperCase()} image (its first bytes say otherwise)`);
  if (extension === 'svg') {
    const text = new TextDecoder().decode(bytes);
    if (!/<svg[\s>]/i.test(text)) return refuse('is not an SVG image (no <svg> element)');
    if (declaresEntities.test(text))
      return refuse(
        'declares XML entities; save it without a DOCTYPE (Tilecast takes only static SVG)',
      );
  }
  return { ok: true, image: { name, type, size: bytes.byteLength } };
}
