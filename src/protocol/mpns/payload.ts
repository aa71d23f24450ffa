import { decodeUtf8 } from '../http';
import type { RawNotification, ToastNotification } from '../notification';
import type { Diagnostic } from '../types';
import { at, parseXml, type XmlElement } from '../xml';
import type { MpnsTarget } from './headers';
import { localName, parseMpnsTile, type MpnsTileUpdate } from './tiles';

// The `wp:Notification` payload as the phone's push client reads it. [S1, S2, S6–S11]

export type MpnsNotification = ToastNotification | MpnsTileUpdate | RawNotification;

export type MpnsPayloadResult =
  { ok: true; notification: MpnsNotification } | { ok: false; diagnostic: Diagnostic };

/** The namespace URI is the literal string "WPNotification". [S1, S2] */
export const WP_NAMESPACE = 'WPNotification';

const toastElements = ['Text1', 'Text2', 'Param', 'Sound'];

const fail = (rule: string, message: string, element?: XmlElement): MpnsPayloadResult => ({
  ok: false,
  diagnostic: { rule, message, severity: 'error', ...(element ? at(element) : {}) },
});

const prefixOf = (name: string) => (name.includes(':') ? name.slice(0, name.indexOf(':')) : '');

/** Parses a payload for the target its request named; a body of the other kind is a mismatch. */
export function parseMpnsPayload(target: MpnsTarget, body: Uint8Array): MpnsPayloadResult {
  if (target === 'raw') return { ok: true, notification: { kind: 'raw', bytes: body } };

  const parsed = parseXml(decodeUtf8(body));
  if (!parsed.ok) return parsed;
  const { root } = parsed;
  if (localName(root.name) !== 'Notification')
    return fail('mpns.root', `The root element is <${root.name}>, not <wp:Notification>`, root);
  const prefix = prefixOf(root.name);
  const ns = root.attributes[prefix ? `xmlns:${prefix}` : 'xmlns'];
  if (ns !== WP_NAMESPACE)
    return fail(
      'mpns.namespace',
      `<${root.name}> must be in the namespace "WPNotification" (xmlns${prefix ? `:${prefix}` : ''}="WPNotification")`,
      root,
    );
  for (const el of [root, ...root.children]) {
    if (prefixOf(el.name) !== prefix)
      return fail('mpns.namespace', `<${el.name}> is not in the WPNotification namespace`, el);
  }
  const [child, extra] = root.children;
  if (!child) return fail('mpns.root.empty', 'wp:Notification needs a wp:Toast or wp:Tile', root);
  if (extra)
    return fail('mpns.root.children', 'wp:Notification has exactly one child element', extra);
  const kind = localName(child.name);
  if (kind !== 'Toast' && kind !== 'Tile')
    return fail('mpns.root.child', `<${child.name}> is neither wp:Toast nor wp:Tile`, child);

  // The header and the body must agree (SPEC §0): the phone drops a mismatch and says why.
  const expected = target === 'toast' ? 'Toast' : 'Tile';
  if (kind !== expected)
    return fail(
      'mpns.target.mismatch',
      `X-WindowsPhone-Target is ${target} but the payload is a wp:${kind}, not a wp:${expected}`,
      child,
    );

  if (kind === 'Tile') {
    const tile = parseMpnsTile(child, root.attributes.Version);
    return tile.ok ? { ok: true, notification: tile.tile } : tile;
  }
  return parseToast(child);
}

function parseToast(toast: XmlElement): MpnsPayloadResult {
  const values: Record<string, string> = {};
  let silent = false;
  for (const el of toast.children) {
    const name = localName(el.name);
    if (!toastElements.includes(name))
      return fail('mpns.toast.element', `<${el.name}> is not an element of wp:Toast`, el);
    if (name === 'Sound') {
      // Silence is an attribute of Sound, not an element of its own. [S9]
      const flag = el.attributes.Silent;
      if (flag !== undefined && flag !== 'true' && flag !== 'false')
        return fail('mpns.toast.silent', `Silent="${flag}" must be true or false`, el);
      silent = flag === 'true';
    }
    values[name] = el.text.trim();
  }
  const texts = [values.Text1 ?? '', values.Text2 ?? ''];
  while (texts.length && texts[texts.length - 1] === '') texts.pop();
  return {
    ok: true,
    notification: {
      kind: 'toast',
      template: 'wp:Toast',
      texts,
      images: [],
      launch: values.Param,
      duration: 'short',
      silent,
      sound: values.Sound || undefined,
    },
  };
}
