import type { Diagnostic } from '../types';
import { at, type XmlElement } from '../xml';

// Tile payloads: WP7 `wp:Tile` and the WP8 templates. [S1, S2, S6, S7, S8, S11, S12, S35]

export type MpnsTileTemplate = 'Tile' | 'FlipTile' | 'CycleTile' | 'IconicTile';

/** One property element of a tile update: set to a value, or reset with Action="Clear". */
export type MpnsTileChange = { name: string; clear: boolean; value: string };

export type MpnsTileUpdate = {
  kind: 'mpnsTile';
  /** `Tile` is the WP7/7.5 layout; the others need Version="2.0". */
  template: MpnsTileTemplate;
  /** Navigation URI of a secondary tile; undefined or "" targets the primary tile. */
  id?: string;
  changes: MpnsTileChange[];
};

const cycleImages = Array.from({ length: 9 }, (_, i) => `CycleImage${i + 1}`);

/** Child elements each layout accepts, in documented order. [S1, S6, S7, S8] */
export const tileElements: Record<MpnsTileTemplate, readonly string[]> = {
  Tile: ['BackgroundImage', 'Count', 'Title', 'BackBackgroundImage', 'BackTitle', 'BackContent'],
  FlipTile: [
    'SmallBackgroundImage',
    'WideBackgroundImage',
    'WideBackBackgroundImage',
    'WideBackContent',
    'BackgroundImage',
    'Count',
    'Title',
    'BackBackgroundImage',
    'BackTitle',
    'BackContent',
  ],
  CycleTile: ['SmallBackgroundImage', ...cycleImages, 'Count', 'Title'],
  IconicTile: [
    'SmallIconImage',
    'IconImage',
    'WideContent1',
    'WideContent2',
    'WideContent3',
    'Count',
    'Title',
    'BackgroundColor',
  ],
};

export const localName = (name: string) => name.slice(name.indexOf(':') + 1);

type TileResult = { ok: true; tile: MpnsTileUpdate } | { ok: false; diagnostic: Diagnostic };

const fail = (rule: string, message: string, element: XmlElement): TileResult => ({
  ok: false,
  diagnostic: { rule, message, severity: 'error', ...at(element) },
});

/** Reads `wp:Tile`; `version` is the root's Version attribute. */
export function parseMpnsTile(tile: XmlElement, version: string | undefined): TileResult {
  const templateAttr = tile.attributes.Template;
  let template: MpnsTileTemplate = 'Tile';
  if (templateAttr !== undefined) {
    if (
      templateAttr !== 'FlipTile' &&
      templateAttr !== 'CycleTile' &&
      templateAttr !== 'IconicTile'
    )
      return fail(
        'mpns.tile.template',
        `Template "${templateAttr}" is not FlipTile, CycleTile or IconicTile`,
        tile,
      );
    if (version !== '2.0')
      return fail(
        'mpns.tile.version',
        `Template="${templateAttr}" needs Version="2.0" on wp:Notification`,
        tile,
      );
    template = templateAttr;
  }
  const allowed = tileElements[template];
  const changes: MpnsTileChange[] = [];
  for (const child of tile.children) {
    const name = localName(child.name);
    if (!allowed.includes(name))
      return fail(
        'mpns.tile.element',
        `<${child.name}> is not an element of ${template === 'Tile' ? 'a WP7 tile' : template}`,
        child,
      );
    const action = child.attributes.Action;
    if (action !== undefined && action !== 'Clear')
      return fail('mpns.tile.action', `Action="${action}" must be "Clear"`, child);
    const value = child.text.trim();
    if (action === 'Clear') {
      changes.push({ name, clear: true, value: '' });
      continue;
    }
    const problem = checkValue(name, value);
    if (problem) return fail(`mpns.tile.${name}`, problem, child);
    changes.push({ name, clear: false, value });
  }
  return { ok: true, tile: { kind: 'mpnsTile', template, id: tile.attributes.Id, changes } };
}

function checkValue(name: string, value: string): string | undefined {
  // Count runs 0–99; 0 hides the badge. [S35]
  if (name === 'Count' && !/^\d{1,2}$/.test(value))
    return `Count "${value}" must be a whole number from 0 to 99`;
  // Hex ARGB, e.g. #FF1BA1E2. [S8]
  if (name === 'BackgroundColor' && !/^#[0-9A-Fa-f]{8}$/.test(value))
    return `BackgroundColor "${value}" must be hex ARGB like #FF1BA1E2`;
  // Cycle images must be local (app package) URIs. [S35]
  if (name.startsWith('CycleImage') && /^https?:/i.test(value))
    return `${name} must be a local image; remote cycle images are not supported`;
  // Tile art is a package path, isostore:/appdata: on the phone, or a remote http(s) URL; any
  // other scheme (javascript:, data:, blob:, file:) is refused and named. [S12, S35]
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(value)?.[1]?.toLowerCase();
  if (/Image\d?$/.test(name) && scheme && !mpnsImageSchemes.includes(scheme))
    return `${name} "${value.slice(0, 80)}" uses the ${scheme}: scheme; only a package path, isostore:, appdata: or http(s) is allowed`;
  return undefined;
}

const mpnsImageSchemes = ['http', 'https', 'isostore', 'appdata', 'ms-appx'];
