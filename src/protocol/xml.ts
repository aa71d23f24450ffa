// The one importer of fast-xml-parser: every payload is parsed here, so element positions and
// the safety rules (no DOCTYPE, no entity expansion beyond the five XML ones) live in one place.
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { Diagnostic } from './types';
import { strictFault } from './xml-strict';

export type XmlElement = {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  /** The element's own text content (CDATA included), concatenated, untrimmed. */
  text: string;
  line: number;
  column: number;
};

/**
 * Deepest element nesting a payload may have. Real templates nest 5 levels (toast → visual →
 * binding → group → subgroup → text); a limit keeps a 10,000-level document from exhausting
 * the stack in the parser or in `toElement`'s recursion.
 */
export const MAX_XML_DEPTH = 100;

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
  maxNestedTags: MAX_XML_DEPTH,
});
const meta = XMLParser.getMetaDataSymbol() as unknown as symbol;

type OrderedNode = Record<string, unknown> & { ':@'?: Record<string, string> };

type Locate = (offset: number) => { line: number; column: number };

/** Builds an offset → 1-based line/column mapper; one pass, then a binary search per lookup. */
export function locator(text: string): Locate {
  const lineStarts = [0];
  for (let nl = text.indexOf('\n'); nl !== -1; nl = text.indexOf('\n', nl + 1))
    lineStarts.push(nl + 1);
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

  const tooDeep = depthBeyond(text, MAX_XML_DEPTH);
  if (tooDeep !== undefined) {
    const { line, column } = locator(text)(tooDeep);
    return {
      ok: false,
      diagnostic: {
        rule: 'xml.depth',
        message: `Elements nest deeper than ${MAX_XML_DEPTH} levels; the payload is refused`,
        severity: 'error',
        line,
        column,
      },
    };
  }
  let nodes: OrderedNode[];
  try {
    const valid = XMLValidator.validate(text);
    if (valid !== true) return syntaxError(valid.err.msg, valid.err.line, valid.err.col);
    const fault = strictFault(text);
    if (fault) {
      const { line, column } = locator(text)(fault.offset);
      return syntaxError(fault.message, line, column);
    }
    nodes = parser.parse(text) as OrderedNode[];
  } catch (error) {
    // The library's own limits (nesting, entity counts) throw; a payload never crashes the caller.
    return syntaxError(`The XML parser refused the payload: ${String(error)}`, 1, 1);
  }
  const roots = nodes.filter((n) => !('#text' in n));
  const rootNode = roots[0];
  if (!rootNode || roots.length > 1) {
    return syntaxError('An XML document must have exactly one root element', 1, 1);
  }
  const root = toElement(rootNode, locator(text));
  const unbound = undeclaredPrefix(root, new Set(['xml', 'xmlns']));
  if (unbound) return syntaxError(unbound.message, unbound.line, unbound.column);
  return { ok: true, root };
}

/**
 * Namespaces in XML §5: a prefix must be declared on the element or an ancestor, and may not
 * be bound to the empty name. Windows' parser is namespace-aware; fast-xml-parser is not.
 */
function undeclaredPrefix(
  element: XmlElement,
  inScope: ReadonlySet<string>,
): { message: string; line: number; column: number } | undefined {
  let scope = inScope;
  for (const [name, value] of Object.entries(element.attributes)) {
    if (!name.startsWith('xmlns:')) continue;
    if (value === '')
      return { message: `Cannot use a prefix with an empty namespace ('${name}')`, ...at(element) };
    if (scope === inScope) scope = new Set(inScope);
    (scope as Set<string>).add(name.slice(6));
  }
  for (const name of [element.name, ...Object.keys(element.attributes)]) {
    const colon = name.indexOf(':');
    if (colon > 0 && !scope.has(name.slice(0, colon)))
      return { message: `'${name.slice(0, colon)}' is an undeclared prefix`, ...at(element) };
  }
  for (const child of element.children) {
    const fault = undeclaredPrefix(child, scope);
    if (fault) return fault;
  }
  return undefined;
}

/**
 * The offset of the first start tag that nests deeper than `limit`, or undefined. A cheap
 * linear scan over `<name`, `</` and `/>` only: well-formedness is the validator's job.
 */
function depthBeyond(text: string, limit: number): number | undefined {
  let depth = 0;
  for (let i = text.indexOf('<'); i !== -1; i = text.indexOf('<', i + 1)) {
    const next = text.charCodeAt(i + 1);
    if (next === 47 /* / */) depth--;
    else if (next === 33 /* ! */ || next === 63 /* ? */) {
      // Skip CDATA sections and comments whole: markup inside them is text.
      const end = text.startsWith('<![CDATA[', i)
        ? ']]>'
        : text.startsWith('<!--', i)
          ? '-->'
          : '>';
      const skip = text.indexOf(end, i);
      if (skip === -1) return undefined;
      i = skip;
    } else {
      const close = text.indexOf('>', i);
      if (close === -1) return undefined;
      if (text.charCodeAt(close - 1) !== 47) depth++;
      if (depth > limit) return i;
    }
  }
  return undefined;
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
