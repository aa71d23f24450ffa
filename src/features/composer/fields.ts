import { escapeXml } from '../../lib/xml-escape';

// The form view of a payload: one field per leaf text and per interesting attribute, each tied
// to its exact span in the XML. Editing a field rewrites only that span, so the rest of the
// payload (comments, hints, unknown attributes, formatting) is never touched or reordered.

export type Field = {
  key: string;
  label: string;
  value: string;
  /** Offsets of the escaped value in the XML text. */
  start: number;
  end: number;
};

const formAttributes = new Set([
  'src',
  'alt',
  'launch',
  'value',
  'content',
  'arguments',
  'placeHolderContent',
  'displayName',
  'duration',
]);

const unescapeXml = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos);/gi, (_, e: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (e[0] !== '#') return named[e.toLowerCase()]!;
    return String.fromCodePoint(
      e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : Number(e.slice(1)),
    );
  });

const tagPattern = /<([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*(\/?)>/g;
const attrPattern = /([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g;

const localName = (name: string) => name.slice(name.indexOf(':') + 1);

/** Reads the form's fields from XML text; labels name element, slot and attribute. */
export function readFields(xml: string): Field[] {
  const fields: Field[] = [];
  const counts = new Map<string, number>();
  for (const tag of xml.matchAll(tagPattern)) {
    const [whole, name, attrs = '', selfClose] = tag;
    const element = localName(name!);
    const n = (counts.get(element) ?? 0) + 1;
    counts.set(element, n);
    const attrStart = tag.index + 1 + name!.length;
    let id: string | undefined;
    for (const a of attrs.matchAll(attrPattern)) {
      if (a[1] === 'id') id = a[3] ?? a[4];
    }
    const slot = id ?? String(n);
    for (const a of attrs.matchAll(attrPattern)) {
      const attr = a[1]!;
      if (!formAttributes.has(attr)) continue;
      const raw = a[3] ?? a[4] ?? '';
      const start = attrStart + a.index + a[0].length - 1 - raw.length;
      const many = element === 'image' || element === 'action' || element === 'input';
      fields.push({
        key: `${element}.${slot}.${attr}@${start}`,
        label: many ? `${element} ${slot} ${attr}` : `${element} ${attr}`,
        value: unescapeXml(raw),
        start,
        end: start + raw.length,
      });
    }
    if (selfClose) continue;
    const contentStart = tag.index + whole.length;
    const close = xml.indexOf('<', contentStart);
    if (close < 0 || !xml.startsWith(`</${name}>`, close)) continue;
    const label =
      element === 'text'
        ? slot === '1'
          ? 'Title (text 1)'
          : slot === '2'
            ? 'Body (text 2)'
            : `Text ${slot}`
        : element;
    fields.push({
      key: `${element}.${slot}@${contentStart}`,
      label,
      value: unescapeXml(xml.slice(contentStart, close)),
      start: contentStart,
      end: close,
    });
  }
  return fields.sort((a, b) => a.start - b.start);
}

/** The XML with one field's value replaced (escaped); everything else is left as it was. */
export const writeField = (xml: string, field: Field, value: string) =>
  xml.slice(0, field.start) + escapeXml(value) + xml.slice(field.end);
