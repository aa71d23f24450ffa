// Which servers a payload's images would be fetched from, so a preview of a shared payload can
// name them before asking to load them. [S19: image src may be http(s)]

/** Distinct hosts of http(s) (and scheme-relative) `src`/`imageUri` values in the XML. */
export function remoteImageHosts(xml: string): string[] {
  const hosts = new Set<string>();
  for (const match of xml.matchAll(
    /\b(?:src|[\w]*Image[\w]*)\s*=\s*(["'])\s*((?:https?:)?\/\/[^"']*)\1/gi,
  )) {
    try {
      hosts.add(new URL(match[2]!, 'https://x.invalid').host);
    } catch {
      // Not a URL the browser would fetch either.
    }
  }
  const imageElementText =
    /<(?:[\w-]+:)?\w*Image\w*(?:\s[^>]*)?>\s*((?:https?:)?\/\/[^<\s]+)\s*</gi;
  for (const match of xml.matchAll(imageElementText)) {
    // MPNS tile images are element text (<wp:BackgroundImage>http://…</wp:BackgroundImage>).
    try {
      hosts.add(new URL(match[1]!, 'https://x.invalid').host);
    } catch {
      // As above.
    }
  }
  return [...hosts];
}

const CONSENT_KEY = 'tilecast.remote-images';

/** Whether the viewer agreed, this session, to load remote images in shared previews. */
export function remoteImagesAllowed(storage: Pick<Storage, 'getItem'> | undefined): boolean {
  try {
    return storage?.getItem(CONSENT_KEY) === 'allowed';
  } catch {
    return false;
  }
}

export function allowRemoteImages(storage: Pick<Storage, 'setItem'> | undefined): void {
  try {
    storage?.setItem(CONSENT_KEY, 'allowed');
  } catch {
    // Storage refused (private mode): consent then lasts until the page is left.
  }
}
