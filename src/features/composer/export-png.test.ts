import { describe, expect, it } from 'vitest';
import { inlineFontFiles } from './export-png';

describe('PNG export fonts', () => {
  it('inlines every font file of the @font-face rules as a data: URL, once per file', async () => {
    const css = `@font-face { font-family: "Open Sans Variable"; src: url("http://x.test/a.woff2") format("woff2-variations"); }
@font-face { font-family: "Open Sans Variable"; src: url(http://x.test/b.woff2) format("woff2"); unicode-range: U+0100-02BA; }
@font-face { font-family: "Again"; src: url('http://x.test/a.woff2'); }`;
    const read: string[] = [];
    const out = await inlineFontFiles(css, async (url) => {
      read.push(url);
      return `data:font/woff2;base64,${btoa(url)}`;
    });
    expect(read.sort()).toEqual(['http://x.test/a.woff2', 'http://x.test/b.woff2']);
    expect(out).not.toContain('http://x.test/');
    expect(out).toContain(`url("data:font/woff2;base64,${btoa('http://x.test/a.woff2')}")`);
    expect(out).toContain(`url(data:font/woff2;base64,${btoa('http://x.test/b.woff2')})`);
    expect(out).toContain('unicode-range: U+0100-02BA');
  });

  it('keeps the URL of a file that cannot be read, and leaves data: URLs alone', async () => {
    const css = 'src: url(http://x.test/gone.woff2), url(data:font/woff2;base64,AAAA)';
    const out = await inlineFontFiles(css, (url) =>
      url.includes('gone') ? Promise.reject(new Error('404')) : Promise.resolve('data:x'),
    );
    expect(out).toBe(css);
  });
});
