// Well-formedness rules that Windows' XML parser (XmlDocument.LoadXml, MSXML on the phone)
// enforces and fast-xml-parser's validator lets through. The phone drops such a payload, so
// Tilecast must too, with the position of the fault. Each message follows System.Xml's wording.

/** The first violation: what is wrong and the UTF-16 offset where it is. */
export type StrictFault = { message: string; offset: number };

const predefined = new Set(['amp', 'lt', 'gt', 'quot', 'apos']);
const nameStart =
  /[A-Za-z_:\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD]/;
const nameChars =
  // eslint-disable-next-line no-misleading-character-class -- XML 1.0 NameChar lists combining marks
  /^[A-Za-z_:\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u02FF\u0370-\u037D\u037F-\u1FFF\u2070-\u218F\u2C00-\u2FEF\u3001-\uD7FF\uF900-\uFDCF\uFDF0-\uFFFD\-.0-9\u00B7\u0300-\u036F\u203F-\u2040]*/;

const hex = (code: number) => `0x${code.toString(16).toUpperCase().padStart(2, '0')}`;

/**
 * A character outside XML 1.0 §2.2 Char: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and
 * U+10000–U+10FFFF. With the `u` flag a proper surrogate pair is one code point (allowed) and a
 * lone surrogate is its own (refused); the engine scans a whole payload natively.
 */
const notXmlChar = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Whether a code point (from a character reference) is an XML Char. */
export const isXmlChar = (code: number) =>
  code >= 0 && code <= 0x10ffff && !notXmlChar.test(String.fromCodePoint(code));

/** A character outside XML's Char production (a raw control character, a lone surrogate). */
function badCharacter(text: string): StrictFault | undefined {
  const found = notXmlChar.exec(text);
  if (!found) return undefined;
  return {
    message: `'${hex(found[0].codePointAt(0)!)}' is an invalid character`,
    offset: found.index,
  };
}

/** `&` must start `&name;`, `&#digits;` or `&#xhex;`; names must be the five XML declares. */
function reference(text: string, at: number): StrictFault | undefined {
  const numeric = /^&#(?:x([0-9A-Fa-f]+)|([0-9]+));/.exec(text.slice(at, at + 16));
  if (numeric) {
    const code = numeric[1] ? parseInt(numeric[1], 16) : Number(numeric[2]);
    if (isXmlChar(code)) return undefined;
    return {
      message: `The character reference ${numeric[0]} names an invalid character (${hex(code)})`,
      offset: at,
    };
  }
  if (text[at + 1] === '#')
    return { message: 'Invalid syntax for a numeric character reference', offset: at };
  const named = /^&([^\s&;<>"']*);/.exec(text.slice(at, at + 64));
  if (!named || !named[1] || !nameStart.test(named[1][0]!))
    return {
      message: "An error occurred while parsing EntityName: a raw '&' must be written &amp;",
      offset: at,
    };
  if (!predefined.has(named[1]))
    return { message: `Reference to undeclared entity '${named[1]}'`, offset: at };
  return undefined;
}

/**
 * Character data (text or an attribute value) between `from` and `to`. Jumps between the few
 * characters that matter with indexOf: a payload is mostly plain text.
 */
function characterData(
  text: string,
  from: number,
  to: number,
  inAttribute: boolean,
): StrictFault | undefined {
  // Searched within the slice: an indexOf on the whole text would run on to the next match in
  // a later part of the document, once per part.
  const part = text.slice(from, to);
  let first: StrictFault | undefined;
  for (let amp = part.indexOf('&'); amp !== -1; amp = part.indexOf('&', amp + 1)) {
    first = reference(text, from + amp);
    if (first) break;
  }
  // The other fault counts only if it comes first: the message names the earliest fault.
  const other = part.indexOf(inAttribute ? '<' : ']]>');
  if (other === -1 || (first && first.offset < from + other)) return first;
  return inAttribute
    ? {
        message: "'<', hexadecimal value 0x3C, is an invalid attribute character",
        offset: from + other,
      }
    : { message: "']]>' is not allowed in character data", offset: from + other };
}

/** Checks a start tag's name and attribute values; `at` is its `<`, `end` its `>`. */
function startTag(text: string, at: number, end: number): StrictFault | undefined {
  const name = nameChars.exec(text.slice(at + 1, end))![0];
  if (name.split(':').length > 2)
    return {
      message: "The ':' character, hexadecimal value 0x3A, cannot be included in a name",
      offset: at + 1,
    };
  // Matched within the tag only: a global regex over the whole text would search on past the
  // tag's `>` through the payload for the next attribute, once per tag.
  const from = at + 1 + name.length;
  const attributes = text.slice(from, end);
  const attribute = /([^\s=/>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
  for (let m = attribute.exec(attributes); m; m = attribute.exec(attributes)) {
    if (m[1]!.split(':').length > 2)
      return {
        message: "The ':' character, hexadecimal value 0x3A, cannot be included in a name",
        offset: from + m.index,
      };
    const value = m[2] ?? m[3] ?? '';
    const valueStart = from + m.index + m[0].length - value.length - 1;
    const fault = characterData(text, valueStart, valueStart + value.length, true);
    if (fault) return fault;
  }
  return undefined;
}

/** The `>` that ends the tag opened at `lt`, skipping quoted attribute values; -1 if none. */
function tagEnd(text: string, lt: number): number {
  let quote = '';
  for (let i = lt + 1; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return i;
  }
  return -1;
}

/**
 * The first well-formedness fault fast-xml-parser tolerates, or undefined. Structure (matching
 * tags, quoting, names) is left to its validator; this pass reads only what it skips.
 */
export function strictFault(text: string): StrictFault | undefined {
  const character = badCharacter(text);
  if (character) return character;
  let depth = 0;
  let i = 0;
  while (i < text.length) {
    const lt = text.indexOf('<', i);
    const textEnd = lt === -1 ? text.length : lt;
    if (textEnd > i) {
      const fault =
        depth === 0 && text.slice(i, textEnd).trim() !== ''
          ? { message: 'Data at the root level is invalid', offset: i + text.slice(i).search(/\S/) }
          : characterData(text, i, textEnd, false);
      if (fault) return fault;
    }
    if (lt === -1) break;
    if (text.startsWith('<!--', lt)) {
      const close = text.indexOf('-->', lt + 4);
      const end = close === -1 ? text.length : close;
      const dashes = text.indexOf('--', lt + 4);
      if (dashes !== -1 && dashes < end)
        return {
          message: "An XML comment cannot contain '--', and '-' cannot be the last character",
          offset: dashes,
        };
      if (close !== -1 && text[close - 1] === '-')
        return {
          message: "An XML comment cannot contain '--', and '-' cannot be the last character",
          offset: close - 1,
        };
      i = close === -1 ? text.length : close + 3;
    } else if (text.startsWith('<![CDATA[', lt)) {
      const close = text.indexOf(']]>', lt);
      i = close === -1 ? text.length : close + 3;
    } else if (text.startsWith('<?', lt)) {
      const close = text.indexOf('?>', lt);
      if (/^<\?xml[\s?]/i.test(text.slice(lt, lt + 6)) && lt !== 0)
        return {
          message:
            'Unexpected XML declaration: it must be the first node in the document, with no white space before it',
          offset: lt,
        };
      i = close === -1 ? text.length : close + 2;
    } else if (text.startsWith('<!', lt)) {
      i = text.indexOf('>', lt) + 1 || text.length;
    } else {
      const close = tagEnd(text, lt);
      if (close === -1) break;
      if (text[lt + 1] === '/') depth--;
      else {
        const fault = startTag(text, lt, close);
        if (fault) return fault;
        if (text[close - 1] !== '/') depth++;
      }
      i = close + 1;
    }
  }
  return undefined;
}
