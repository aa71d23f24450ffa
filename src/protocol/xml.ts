// The one importer of fast-xml-parser: every payload is parsed here, so element positions and
// the safety rules (no DOCTYPE, no entity expansion beyond the five XML ones) live in one place.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Diagnostic } from './types';

export type XmlElement = {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text content (CDATA included), concatenated, untrimmed. */
  text: string;
  line: number;
  column: number;
};

export type XmlResult = { ok: true; root: XmlElement } | { ok: false; diagnostic: Diagnostic };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  captureMetaData: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  processEntities: true,
  htmlEntities: false,
});
const meta = XMLParser.getMetaDataSymbol() as unknown as symbol;

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

type Locate = (offset: number) => { line: number; column: number };

/** Builds an offset → 1-based line/column mapper; one pass, then a binary search per lookup. */
export function locator(text: string): Locate {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - (lineStarts[lo] ?? 0) + 1 };
  };
}

function syntaxError(message: string, line?: number, column?: number): XmlResult {
  return {
    ok: false,
    diagnostic: { rule: 'xml.wellFormed', message, severity: 'error', line, column },
  };
}

export function parseXml(text: string): XmlResult {
  const doctype = /<!DOCTYPE/i.exec(text);
  if (doctype) {
    // Windows' notification parser prohibits DTDs; refusing them also rules out entity bombs.
    const { line, column } = locator(text)(doctype.index);
    return syntaxError(
      'DOCTYPE declarations are not allowed in a notification payload',
      line,
      column,
    );
  }
  if (text.trim() === '')
    return syntaxError('The payload is empty; an XML document was expected', 1, 1);

  const valid = XMLValidator.validate(text);
  if (valid !== true) return syntaxError(valid.err.msg, valid.err.line, valid.err.col);

  const nodes = parser.parse(text) as OrderedNode[];
  const roots = nodes.filter((n) => !('#text' in n));
  const rootNode = roots[0];
  if (!rootNode || roots.length > 1) {
    return syntaxError('An XML document must have exactly one root element', 1, 1);
  }
  return { ok: true, root: toElement(rootNode, locator(text)) };
}

function toElement(node: OrderedNode, locate: Locate): XmlElement {
  const name = Object.keys(node).find((k) => k !== ':@') ?? '';
  const start =
    (node as Record<symbol, { startIndex?: number } | undefined>)[meta]?.startIndex ?? 0;
  const { line, column } = locate(start);
  const childNodes = (node[name] as OrderedNode[] | undefined) ?? [];
  const children: XmlElement[] = [];
  let text = '';
  for (const child of childNodes) {
    if ('#text' in child) text += String(child['#text']);
    else children.push(toElement(child, locate));
  }
  return { name, attributes: { ...(node[':@'] ?? {}) }, children, text, line, column };
}

/** Where an element is, for a diagnostic. */
export function at(element: XmlElement): { line: number; column: number } {
  return { line: element.line, column: element.column };
}
