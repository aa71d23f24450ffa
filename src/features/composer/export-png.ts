/**
 * The page's @font-face rules with absolute URLs, so the export can embed the fonts without
 * resolving relative URLs through a `<base>` element (which the CSP's base-uri 'none' blocks).
 */
function fontFaceCss(): string {
  const rules: string[] = [];
  for (const sheet of Array.from(document.styleSheets)) {
    let list: CSSRuleList;
    try {
      list = sheet.cssRules;
    } catch {
      continue; // a cross-origin sheet cannot be read
    }
    const base = sheet.href ?? location.href;
    for (const rule of Array.from(list))
      if (rule instanceof CSSFontFaceRule)
        rules.push(
          rule.cssText.replace(
            /url\((['"]?)([^'")]+)\1\)/g,
            (_, quote: string, url: string) => `url(${quote}${new URL(url, base).href}${quote})`,
          ),
        );
  }
  return rules.join('\n');
}

const urlPattern = /url\((['"]?)([^'")]+)\1\)/g;

/**
 * The same @font-face CSS with every font file inlined as a data: URL, so the rasteriser (an
 * SVG image, which loads nothing from outside itself) draws with the on-screen font and its
 * text wraps where the screen's does. A file that cannot be read keeps its URL.
 */
export async function inlineFontFiles(
  css: string,
  read: (url: string) => Promise<string>,
): Promise<string> {
  const urls = [...new Set([...css.matchAll(urlPattern)].map((m) => m[2]!))].filter(
    (url) => !url.startsWith('data:'),
  );
  const inlined = new Map(
    await Promise.all(urls.map(async (url) => [url, await read(url).catch(() => url)] as const)),
  );
  return css.replace(urlPattern, (whole, quote: string, url: string) =>
    inlined.has(url) ? `url(${quote}${inlined.get(url)}${quote})` : whole,
  );
}

/** A same-origin file as a data: URL. */
async function dataUrl(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  const blob = await response.blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error(`${url} could not be read`));
    reader.readAsDataURL(blob);
  });
}

/**
 * Saves a DOM node as a PNG download. modern-screenshot (SVG foreignObject → canvas) is loaded
 * only when a user exports, so the first page does not carry it. Images in the node are
 * same-origin (the sample package), so the canvas is never tainted.
 */
export async function exportPng(node: HTMLElement, name: string): Promise<string> {
  const { domToBlob } = await import('modern-screenshot');
  const blob = await domToBlob(node, {
    type: 'image/png',
    backgroundColor: '#171717',
    scale: 1,
    font: { cssText: await inlineFontFiles(fontFaceCss(), dataUrl) },
  });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  // Let the download start before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return name;
}
