import type { ElementSpec } from '@codemirror/lang-xml';
import { catalog } from '../../store';

// Completion data for the editor: WNS and MPNS elements, attributes and template names.

const hints = ['hint-style', 'hint-wrap', 'hint-maxLines', 'hint-minLines', 'hint-align'];

export function xmlSchema(): { elements: ElementSpec[] } {
  const tileNames = [
    ...Object.keys(catalog.wnsTileTemplates),
    ...Object.keys(catalog.wnsAdaptiveTileTemplates),
  ];
  const toastNames = Object.keys(catalog.wnsToastTemplates);
  const mpnsTile = Object.values(catalog.mpnsTileElements).flat();
  return {
    elements: [
      {
        name: 'toast',
        top: true,
        children: ['visual', 'audio', 'actions'],
        attributes: ['launch', { name: 'duration', values: ['short', 'long'] }, 'scenario'],
      },
      { name: 'tile', top: true, children: ['visual'] },
      {
        name: 'badge',
        top: true,
        attributes: [{ name: 'value', values: ['1', ...catalog.badgeGlyphs] }],
      },
      {
        name: 'visual',
        children: ['binding'],
        attributes: ['version', 'lang', 'baseUri', 'branding', 'displayName', 'addImageQuery'],
      },
      {
        name: 'binding',
        children: ['text', 'image', 'group'],
        attributes: [
          { name: 'template', values: [...toastNames, ...tileNames] },
          'fallback',
          { name: 'branding', values: ['none', 'logo', 'name', 'nameAndLogo'] },
          'displayName',
          'hint-textStacking',
        ],
      },
      { name: 'text', attributes: ['id', 'lang', 'placement', ...hints] },
      {
        name: 'image',
        attributes: [
          'id',
          'src',
          'alt',
          'placement',
          'hint-crop',
          'hint-removeMargin',
          'addImageQuery',
        ],
      },
      { name: 'group', children: ['subgroup'] },
      { name: 'subgroup', children: ['text', 'image'], attributes: ['hint-weight'] },
      {
        name: 'audio',
        attributes: [
          'src',
          { name: 'loop', values: ['true', 'false'] },
          { name: 'silent', values: ['true', 'false'] },
        ],
      },
      { name: 'actions', children: ['input', 'action'] },
      {
        name: 'input',
        children: ['selection'],
        attributes: [
          'id',
          { name: 'type', values: ['text', 'selection'] },
          'title',
          'placeHolderContent',
          'defaultInput',
        ],
      },
      { name: 'selection', attributes: ['id', 'content'] },
      {
        name: 'action',
        attributes: [
          'content',
          'arguments',
          { name: 'activationType', values: ['foreground', 'background', 'protocol'] },
          'hint-inputId',
          'imageUri',
        ],
      },
      {
        name: 'wp:Notification',
        top: true,
        children: ['wp:Toast', 'wp:Tile'],
        attributes: [
          { name: 'xmlns:wp', values: ['WPNotification'] },
          { name: 'Version', values: ['2.0'] },
        ],
      },
      { name: 'wp:Toast', children: ['wp:Text1', 'wp:Text2', 'wp:Param', 'wp:Sound'] },
      {
        name: 'wp:Tile',
        children: [...new Set(mpnsTile)].map((n) => `wp:${n}`),
        attributes: ['Id', { name: 'Template', values: Object.keys(catalog.mpnsTileElements) }],
      },
      ...['Text1', 'Text2', 'Param', 'Sound', ...new Set(mpnsTile)].map((n) => ({
        name: `wp:${n}`,
        attributes: ['Action'],
      })),
    ],
  };
}
