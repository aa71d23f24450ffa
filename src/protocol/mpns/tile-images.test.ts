import { describe, expect, it } from 'vitest';
import { encodeUtf8 } from '../http';
import { parseMpnsPayload } from './payload';

const tile = (element: string, value: string) =>
  `<wp:Notification xmlns:wp="WPNotification" Version="2.0"><wp:Tile Id="" Template="FlipTile"><wp:${element}>${value}</wp:${element}></wp:Tile></wp:Notification>`;
const parse = (element: string, value: string) =>
  parseMpnsPayload('token', encodeUtf8(tile(element, value)));

/** Issue 11: tile art takes only phone-local or http(s) URIs; script-capable schemes are named. */
describe('MPNS tile image schemes [S12, S35]', () => {
  it.each([
    ['BackgroundImage', 'javascript:alert(1)', 'javascript'],
    ['BackBackgroundImage', 'data:text/html,<script>alert(1)</script>', 'data'],
    ['WideBackgroundImage', 'data:image/svg+xml,<svg onload="alert(1)"/>', 'data'],
    ['SmallBackgroundImage', 'blob:https://evil.test/1', 'blob'],
    ['BackgroundImage', 'file:///etc/passwd', 'file'],
  ])('%s "%s" is dropped, naming the %s: scheme', (element, value, scheme) => {
    const result = parse(element, value);
    expect(result).toMatchObject({
      ok: false,
      diagnostic: { rule: `mpns.tile.${element}`, message: expect.stringContaining(`${scheme}:`) },
    });
  });

  it.each([
    ['BackgroundImage', 'Red.jpg'],
    ['BackgroundImage', '/Assets/Tiles/Front.png'],
    ['BackgroundImage', 'isostore:/Shared/ShellContent/front.jpg'],
    ['BackBackgroundImage', 'appdata:/Background.png'],
    ['WideBackgroundImage', 'https://example.com/wide.png'],
  ])('%s "%s" is accepted', (element, value) => {
    expect(parse(element, value).ok).toBe(true);
  });
});
