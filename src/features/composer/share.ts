import { defaultOptions, type Draft } from './request';

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

/** The draft in a fragment, or undefined when there is none or it is not one of ours. */
export function decodeDraft(hash: string): Draft | undefined {
  if (!hash.startsWith(PREFIX)) return undefined;
  try {
    const value = JSON.parse(fromBase64Url(hash.slice(PREFIX.length))) as Partial<Draft>;
    if (typeof value.xml !== 'string' || typeof value.type !== 'string') return undefined;
    if (value.service !== 'wns' && value.service !== 'mpns') return undefined;
    return {
      template: String(value.template ?? ''),
      service: value.service,
      type: value.type,
      xml: value.xml,
      options: { ...defaultOptions, ...value.options },
    };
  } catch {
    return undefined;
  }
}
