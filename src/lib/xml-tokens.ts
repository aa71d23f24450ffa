/** Kinds of XML text a highlighter colours; rendered as React text spans, never as HTML. */
export type XmlTokenKind = 'tag' | 'attr' | 'value' | 'punct' | 'comment' | 'decl' | 'text';
export type XmlToken = { kind: XmlTokenKind; text: string };

const outer =
  /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[[\s\S]*?(?:\]\]>|$)|<[?!][\s\S]*?(?:>|$)|<[^<>]*>?|[^<]+|</g;
const inner =
  /^(<\/?)|(\/?>)$|([^\s=<>/"']+)(?=\s*=)|("[^"]*"?|'[^']*'?)|([^\s=<>/"']+)|(\s+)|([\s\S])/g;

/** Splits text into highlightable tokens; tolerant of broken markup (it is what we inspect). */
export function tokenizeXml(text: string): XmlToken[] {
  const tokens: XmlToken[] = [];
  for (const [chunk] of text.matchAll(outer)) {
    if (chunk.startsWith('<!--')) tokens.push({ kind: 'comment', text: chunk });
    else if (/^<[?!]/.test(chunk)) tokens.push({ kind: 'decl', text: chunk });
    else if (chunk.startsWith('<')) {
      let named = false;
      for (const m of chunk.matchAll(inner)) {
        const [all, open, close, attr, value, word] = m;
        if (open || close) tokens.push({ kind: 'punct', text: all });
        else if (attr) tokens.push({ kind: 'attr', text: all });
        else if (value) tokens.push({ kind: 'value', text: all });
        else if (word) {
          tokens.push({ kind: named ? 'attr' : 'tag', text: all });
          named = true;
        } else tokens.push({ kind: 'punct', text: all });
        if (attr) named = true;
      }
    } else tokens.push({ kind: 'text', text: chunk });
  }
  return tokens;
}

/** Tokens split at newlines: one array per line, so lines can be numbered and jumped to. */
export function tokenLines(tokens: XmlToken[]): XmlToken[][] {
  const lines: XmlToken[][] = [[]];
  for (const token of tokens) {
    const parts = token.text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) lines[lines.length - 1]!.push({ kind: token.kind, text: part });
    });
  }
  return lines;
}

/** Re-indents XML one element per line; text stays beside its element. For reading only. */
export function prettyXml(text: string, indent = '  '): string {
  const chunks = text.match(/<[^>]+>|[^<]+/g) ?? [];
  const out: string[] = [];
  let depth = 0;
  for (const raw of chunks) {
    const chunk = raw.trim();
    if (!chunk) continue;
    if (!chunk.startsWith('<')) {
      out[out.length - 1] += chunk;
      continue;
    }
    const closing = chunk.startsWith('</');
    const selfContained = /\/>$/.test(chunk) || /^<[?!]/.test(chunk);
    if (closing) depth = Math.max(0, depth - 1);
    const last = out[out.length - 1];
    if (
      closing &&
      last !== undefined &&
      !last.trimStart().startsWith('</') &&
      /^\s*<[^/?!][^>]*>[^<]+$/.test(last)
    ) {
      out[out.length - 1] = last + chunk;
    } else out.push(indent.repeat(depth) + chunk);
    if (!closing && !selfContained) depth++;
  }
  return out.join('\n');
}
