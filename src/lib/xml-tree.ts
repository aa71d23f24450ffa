import { tokenizeXml } from './xml-tokens';

/** An element as the inspector's tree shows it: name, attributes, text and children. */
export type XmlNode = {
  name: string;
  attributes: [string, string][];
  text: string;
  children: XmlNode[];
};

const unquote = (v: string) => v.replace(/^["']|["']$/g, '');

/**
 * A forgiving element tree from the highlighter's tokens, for display only: unclosed elements
 * close at the end, stray closing tags are skipped. Validation is protocol/'s job, not this.
 */
export function xmlTree(text: string): XmlNode[] {
  const root: XmlNode = { name: '', attributes: [], text: '', children: [] };
  const stack = [root];
  const tokens = tokenizeXml(text);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const top = stack[stack.length - 1]!;
    if (t.kind === 'text') {
      const trimmed = t.text.trim();
      if (trimmed) top.text += (top.text ? ' ' : '') + trimmed;
    } else if (t.kind === 'punct' && t.text === '</') {
      const name = tokens[i + 1]?.text;
      const at = stack.map((n) => n.name).lastIndexOf(name ?? '');
      if (at > 0) stack.length = at;
    } else if (t.kind === 'punct' && t.text === '<' && tokens[i + 1]?.kind === 'tag') {
      const node: XmlNode = { name: tokens[++i]!.text, attributes: [], text: '', children: [] };
      top.children.push(node);
      let selfClosing = false;
      for (i++; i < tokens.length; i++) {
        const u = tokens[i]!;
        if (u.kind === 'attr') {
          const value = tokens[i + 2]?.kind === 'value' ? unquote(tokens[i + 2]!.text) : '';
          node.attributes.push([u.text, value]);
        } else if (u.kind === 'punct' && /^\/?>$/.test(u.text)) {
          selfClosing = u.text === '/>';
          break;
        }
      }
      if (!selfClosing) stack.push(node);
    }
  }
  return root.children;
}
