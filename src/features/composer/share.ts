import { readDraft } from './draft-schema';
import type { Draft } from './request';

// Sharing: the whole draft (payload and options) lives in the URL fragment, which browsers never
// send to a server, so nothing leaves the machine.

const PREFIX = '#compose=';

const toBase64Url = (text: string) => {
  const bytes = new TextEncoder().encode(text);
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
};

const fromBase64Url = (text: string) => {
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(binary, (c) => c.charCodeAt(0)));
};

export const encodeDraft = (draft: Draft) => `${PREFIX}${toBase64Url(JSON.stringify(draft))}`;

/**
 * The draft in a fragment, or undefined when there is none or it is not a whole, valid draft
 * (a type its service does not send, an option the form cannot show): a link is input from
 * anyone, and the composer opens its gallery instead.
 */
export function decodeDraft(hash: string): Draft | undefined {
  const link = readShareLink(hash);
  return link && 'draft' in link ? link.draft : undefined;
}

/** A fragment's draft, what is wrong with it, or undefined when it is no share link at all. */
export function readShareLink(hash: string): { draft: Draft } | { problem: string } | undefined {
  if (!hash.startsWith(PREFIX)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(fromBase64Url(hash.slice(PREFIX.length)));
  } catch {
    return { problem: 'it is not encoded as Tilecast encodes its links' };
  }
  return readDraft(value);
}
