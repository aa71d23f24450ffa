import { describe, expect, it } from 'vitest';
import { isRemoteImage } from '../../renderers/remote-images';
import { allowRemoteImages, remoteImageHosts, remoteImagesAllowed } from './remote-images';

describe('remote images of a shared payload', () => {
  it('names each server a WNS src or an MPNS image element would be fetched from, once', () => {
    const xml = `<toast><visual><binding template="ToastImageAndText01">
      <image id="1" src="http://a.example/x.png"/><image id="2" src='https://b.example:8443/y'/>
      <image id="3" src="//a.example/z.png"/><image id="4" src="ms-appx:///Assets/Logo.png"/>
      <text id="1">see http://text.example/ (not an image)</text></binding></visual></toast>
      <wp:Notification xmlns:wp="WPNotification"><wp:Tile>
      <wp:BackgroundImage>http://c.example/bg.png</wp:BackgroundImage></wp:Tile></wp:Notification>`;
    expect(remoteImageHosts(xml)).toEqual(['a.example', 'b.example:8443', 'c.example']);
  });

  it('treats only http(s) and scheme-relative URLs as remote', () => {
    expect(['http://x/a', 'HTTPS://x/a', '//x/a'].every(isRemoteImage)).toBe(true);
    expect(['/package/a.png', 'blob:x', 'data:image/png;base64,'].some(isRemoteImage)).toBe(false);
  });

  it('remembers consent for the session, and survives storage that refuses', () => {
    const map = new Map<string, string>();
    const storage = {
      getItem: (k: string) => map.get(k) ?? null,
      setItem: (k: string, v: string) => void map.set(k, v),
    };
    expect(remoteImagesAllowed(storage)).toBe(false);
    allowRemoteImages(storage);
    expect(remoteImagesAllowed(storage)).toBe(true);
    const broken = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
    };
    expect(remoteImagesAllowed(broken)).toBe(false);
    expect(() => allowRemoteImages(broken)).not.toThrow();
  });
});
