import { catalog, type ComposerType } from '../../store';
import { familyHeading, tagsOf, type TemplateShape } from './gallery-tags';

// The gallery: every template Tilecast understands, with realistic sample content. [S1, S6–S8,
// S42, S44–S54] Tile templates are generated from the protocol's slot tables via the store.

export type Service = 'wns' | 'mpns';
export type GalleryItem = {
  id: string;
  group: string;
  name: string;
  service: Service;
  type: ComposerType;
  xml: string;
  /** The gallery's heading for it: service and family ("WNS · peek tiles"). */
  family: string;
  /** What it shows, for search: "image", "peek", "3 lines"… */
  tags: readonly string[];
};

const kindOf = (type: ComposerType): TemplateShape['kind'] =>
  type === 'token' || type === 'wns/tile'
    ? 'tile'
    : type === 'wns/badge'
      ? 'badge'
      : type === 'wns/raw' || type === 'raw'
        ? 'raw'
        : 'toast';

const headlines = [
  'Storm warning for the coast',
  'Markets close higher',
  'Local team wins the cup',
  'New metro line opens',
  'Festival tickets on sale',
  'Bridge closed for repairs',
  'Record heat this weekend',
  'Library extends hours',
  'School year starts Monday',
  'Museum reopens its doors',
];
const sampleText = (i: number) => headlines[i % headlines.length]!;
// The sample package in public/package/Assets has six photos; a missing image would make the
// Windows 8 profiles drop the whole tile, as the real shell does.
const image = (i: number) => `ms-appx:///Assets/photo${(i % 6) + 1}.svg`;

const slots = (images: number, texts: number, indent: string) =>
  [
    ...Array.from(
      { length: images },
      (_, i) => `${indent}<image id="${i + 1}" src="${image(i)}" alt="Photo ${i + 1}"/>`,
    ),
    ...Array.from(
      { length: texts },
      (_, i) => `${indent}<text id="${i + 1}">${sampleText(i)}</text>`,
    ),
  ].join('\n');

const wnsTile = (template: string, images: number, texts: number) =>
  `<tile>
  <visual version="2">
    <binding template="${template}" branding="name">
${slots(images, texts, '      ')}
    </binding>
  </visual>
</tile>`;

const adaptiveTile = (template: string) =>
  `<tile>
  <visual branding="nameAndLogo" displayName="Contoso News">
    <binding template="${template}">
      <image src="${image(0)}" placement="background" alt="City skyline"/>
      <text hint-style="subtitle">${sampleText(0)}</text>
      <text hint-style="captionSubtle" hint-wrap="true">Gale-force winds expected from 6 pm; stay indoors.</text>
    </binding>
  </visual>
</tile>`;

/** One adaptive tile with a binding for every size, so the preview fills every size. [S49] */
const adaptiveEverySize = `<tile>
  <visual branding="nameAndLogo" displayName="Contoso News">
    <binding template="TileSmall">
      <text hint-style="caption">6 pm</text>
    </binding>
    <binding template="TileMedium">
      <text hint-style="base">Storm warning</text>
      <text hint-style="captionSubtle" hint-wrap="true">Gale-force winds from 6 pm</text>
    </binding>
    <binding template="TileWide">
      <image src="ms-appx:///Assets/photo1.svg" placement="peek" alt="City skyline"/>
      <text hint-style="subtitle">${sampleText(0)}</text>
      <text hint-style="captionSubtle" hint-wrap="true">Gale-force winds expected from 6 pm; stay indoors.</text>
    </binding>
    <binding template="TileLarge">
      <image src="ms-appx:///Assets/photo2.svg" placement="background" alt="Harbour"/>
      <text hint-style="title">${sampleText(0)}</text>
      <text hint-style="bodySubtle" hint-wrap="true">Gale-force winds expected from 6 pm; ferries stay in port.</text>
    </binding>
  </visual>
</tile>`;

const wnsToast = (template: string, images: number, texts: number) =>
  `<toast launch="article=4711">
  <visual>
    <binding template="${template}">
${slots(images, texts, '      ')}
    </binding>
  </visual>
  <audio src="ms-winsoundevent:Notification.Default"/>
</toast>`;

export const toastText02 = `<toast launch="composer">
  <visual>
    <binding template="ToastText02">
      <text id="1">Breaking news</text>
      <text id="2">Tilecast delivered this toast through an emulated WNS.</text>
    </binding>
  </visual>
</toast>`;

const toastGenericActions = `<toast launch="conversation=42" duration="long">
  <visual>
    <binding template="ToastGeneric">
      <text>Ana Silva</text>
      <text>Are we still on for lunch at 12:30?</text>
      <image placement="appLogoOverride" hint-crop="circle" src="${image(0)}" alt="Ana"/>
    </binding>
  </visual>
  <actions>
    <input id="reply" type="text" placeHolderContent="Type a reply"/>
    <action content="Reply" arguments="action=reply&amp;conversation=42" activationType="background" hint-inputId="reply"/>
    <action content="Like" arguments="action=like&amp;conversation=42" activationType="background"/>
  </actions>
  <audio src="ms-winsoundevent:Notification.IM"/>
</toast>`;

/** Flip, Cycle and Iconic tiles need Version="2.0" on the root (Windows Phone 7.8/8). [S6–S8] */
const mpns = (body: string, version = '') =>
  `<?xml version="1.0" encoding="utf-8"?>
<wp:Notification xmlns:wp="WPNotification"${version && ` Version="${version}"`}>
${body}
</wp:Notification>`;

const mpnsSamples: Record<string, string> = {
  FlipTile: `  <wp:Tile Template="FlipTile">
    <wp:SmallBackgroundImage>/Assets/small.png</wp:SmallBackgroundImage>
    <wp:WideBackgroundImage>/Assets/wide.png</wp:WideBackgroundImage>
    <wp:WideBackContent>Gale-force winds expected from 6 pm</wp:WideBackContent>
    <wp:BackgroundImage>/Assets/front.png</wp:BackgroundImage>
    <wp:Count>3</wp:Count>
    <wp:Title>Contoso News</wp:Title>
    <wp:BackTitle>Weather</wp:BackTitle>
    <wp:BackContent>Storm warning for the coast</wp:BackContent>
  </wp:Tile>`,
  CycleTile: `  <wp:Tile Template="CycleTile">
    <wp:SmallBackgroundImage>/Assets/small.png</wp:SmallBackgroundImage>
    <wp:CycleImage1>/Assets/photo1.png</wp:CycleImage1>
    <wp:CycleImage2>/Assets/photo2.png</wp:CycleImage2>
    <wp:CycleImage3>/Assets/photo3.png</wp:CycleImage3>
    <wp:Count>5</wp:Count>
    <wp:Title>Contoso Photos</wp:Title>
  </wp:Tile>`,
  IconicTile: `  <wp:Tile Template="IconicTile">
    <wp:SmallIconImage>/Assets/icon-small.png</wp:SmallIconImage>
    <wp:IconImage>/Assets/icon.png</wp:IconImage>
    <wp:WideContent1>Ana: lunch at 12:30?</wp:WideContent1>
    <wp:WideContent2>Build finished</wp:WideContent2>
    <wp:WideContent3>2 new comments</wp:WideContent3>
    <wp:Count>7</wp:Count>
    <wp:Title>Contoso Mail</wp:Title>
    <wp:BackgroundColor>#FF1BA1E2</wp:BackgroundColor>
  </wp:Tile>`,
};

/** What each MPNS sample shows (its images and texts), for search. [S6–S8] */
const mpnsShapes: Record<string, Partial<TemplateShape>> = {
  FlipTile: { images: 3, texts: 4 },
  CycleTile: { images: 3, texts: 1 },
  IconicTile: { images: 2, texts: 4 },
};

function buildGallery(): GalleryItem[] {
  const items: GalleryItem[] = [];
  const add = (
    group: string,
    name: string,
    service: Service,
    type: ComposerType,
    xml: string,
    slots: Partial<TemplateShape> = {},
  ) => {
    const shape: TemplateShape = { service, kind: kindOf(type), template: name, ...slots };
    items.push({
      id: `${service}:${group}:${name}`,
      group,
      name,
      service,
      type,
      xml,
      family: familyHeading(shape),
      tags: tagsOf(shape),
    });
  };

  add('WNS toasts', 'ToastText02', 'wns', 'wns/toast', toastText02, { texts: 2 });
  add('WNS toasts', 'ToastGeneric with actions', 'wns', 'wns/toast', toastGenericActions, {
    template: 'ToastGeneric',
    images: 1,
    texts: 2,
  });
  for (const [name, s] of Object.entries(catalog.wnsToastTemplates))
    if (name !== 'ToastText02')
      add('WNS toasts', name, 'wns', 'wns/toast', wnsToast(name, s.images, s.texts), s);
  add('Adaptive tiles', 'Every size', 'wns', 'wns/tile', adaptiveEverySize, {
    template: 'TileWide',
    images: 2,
    texts: 2,
  });
  for (const [name, size] of Object.entries(catalog.wnsAdaptiveTileTemplates))
    add('Adaptive tiles', name, 'wns', 'wns/tile', adaptiveTile(name), {
      size,
      images: 1,
      texts: 2,
    });
  for (const [name, s] of Object.entries(catalog.wnsTileTemplates))
    add(
      `Windows 8.x tiles (${s.size})`,
      name,
      'wns',
      'wns/tile',
      wnsTile(name, s.images, s.texts),
      s,
    );
  for (const value of [1, 42, 120])
    add('Badges', `Number ${value}`, 'wns', 'wns/badge', `<badge value="${value}"/>`);
  for (const glyph of catalog.badgeGlyphs)
    add('Badges', `Glyph ${glyph}`, 'wns', 'wns/badge', `<badge value="${glyph}"/>`);
  add('Raw', 'WNS raw', 'wns', 'wns/raw', '{"type":"sync","feed":"headlines","since":1732390000}');

  add(
    'MPNS',
    'Toast',
    'mpns',
    'toast',
    mpns(`  <wp:Toast>
    <wp:Text1>Contoso News</wp:Text1>
    <wp:Text2>Storm warning for the coast</wp:Text2>
    <wp:Param>/ArticlePage.xaml?id=4711</wp:Param>
  </wp:Toast>`),
    { texts: 2 },
  );
  add(
    'MPNS',
    'WP7 tile',
    'mpns',
    'token',
    mpns(`  <wp:Tile>
    <wp:BackgroundImage>/Assets/front.png</wp:BackgroundImage>
    <wp:Count>3</wp:Count>
    <wp:Title>Contoso News</wp:Title>
    <wp:BackBackgroundImage>/Assets/back.png</wp:BackBackgroundImage>
    <wp:BackTitle>Weather</wp:BackTitle>
    <wp:BackContent>Storm warning for the coast</wp:BackContent>
  </wp:Tile>`),
    { template: 'Tile', size: 'medium', images: 2, texts: 3 },
  );
  for (const [name, body] of Object.entries(mpnsSamples))
    add('MPNS', name, 'mpns', 'token', mpns(body, '2.0'), mpnsShapes[name]);
  add('MPNS', 'Raw', 'mpns', 'raw', 'score=3-1;minute=78');
  return items;
}

export const gallery: readonly GalleryItem[] = buildGallery();
