import type { Diagnostic } from '../types';
import { at, type XmlElement } from '../xml';

/** Image `src` schemes Windows accepts in a notification. [S46, S56] */
const allowedSchemes = /^(https?:\/\/|ms-appx:\/\/\/|ms-appdata:\/\/\/local\/)/i;

/**
 * `addImageQuery` as it applies to one image: the image's own, else its binding's, else its
 * visual's; `true` makes Windows append ms-scale, ms-contrast and ms-lang to the src. [S45]
 */
export function imageQuery(...nearestFirst: (XmlElement | undefined)[]): {
  addImageQuery?: boolean;
} {
  for (const el of nearestFirst) {
    const value = el?.attributes.addImageQuery;
    if (value === 'true' || value === 'false') return { addImageQuery: value === 'true' };
  }
  return {};
}

/** Checks an image src; relative paths resolve against baseUri (default ms-appx:///). */
export function checkImageSrc(element: XmlElement, src: string): Diagnostic | undefined {
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(src)?.[1];
  if (scheme === undefined || allowedSchemes.test(src)) return undefined;
  return {
    rule: 'image.scheme',
    message: `Image src "${src.slice(0, 80)}" uses the ${scheme}: scheme; only http(s)://, ms-appx:/// and ms-appdata:///local/ are allowed`,
    severity: 'error',
    ...at(element),
  };
}
