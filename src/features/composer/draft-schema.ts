import * as v from 'valibot';
import { defaultOptions, type Draft } from './request';

// A composer draft that arrives from outside the page's own state — a share link, the saved
// library in localStorage — is checked before the composer, preview and snippets see it: the
// type must be one the chosen service sends, and every option one the form can show.

const text = v.string();

const wnsTypes = ['wns/toast', 'wns/tile', 'wns/badge', 'wns/raw'] as const;
const mpnsTypes = ['toast', 'token', 'raw'] as const;

const options = v.object({
  batch: v.picklist([0, 450, 900]),
  messageId: text,
  tag: text,
  group: text,
  ttl: text,
  cachePolicy: v.picklist(['', 'cache', 'no-cache']),
  priority: v.picklist(['', '1', '2', '3', '4']),
  requestForStatus: v.boolean(),
  suppressPopup: v.boolean(),
});

const draftFields = {
  template: v.optional(text, ''),
  xml: text,
  // Links made before an option existed lack it: the default fills in, a wrong value does not.
  options: v.pipe(
    v.optional(v.looseObject({}), {}),
    v.transform((o) => ({ ...defaultOptions, ...o })),
    options,
  ),
};

export const draftSchema = v.variant('service', [
  v.object({ ...draftFields, service: v.literal('wns'), type: v.picklist(wnsTypes) }),
  v.object({ ...draftFields, service: v.literal('mpns'), type: v.picklist(mpnsTypes) }),
]);

/** The draft, or what is wrong with it ("`type` is not one this service sends"). */
export function readDraft(value: unknown): { draft: Draft } | { problem: string } {
  const result = v.safeParse(draftSchema, value);
  if (result.success) return { draft: result.output };
  const path = v.getDotPath(result.issues[0]);
  return { problem: path ? `its \`${path}\` is not valid` : 'it is not a draft' };
}
