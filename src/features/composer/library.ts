import { readDraft } from './draft-schema';
import type { Draft } from './request';

// Saved payloads, kept in this browser's localStorage only.

export type SavedPayload = { id: string; name: string; draft: Draft };

const KEY = 'tilecast.composer.library';

/** The saved payloads; one whose draft or name does not read (another version, an edit) is left out. */
export function loadLibrary(storage: Pick<Storage, 'getItem'> = localStorage): SavedPayload[] {
  let value: unknown;
  try {
    value = JSON.parse(storage.getItem(KEY) ?? '[]');
  } catch {
    return [];
  }
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: Partial<Record<keyof SavedPayload, unknown>> | null) => {
    if (typeof item?.id !== 'string' || typeof item.name !== 'string') return [];
    const read = readDraft(item.draft);
    return 'draft' in read ? [{ id: item.id, name: item.name, draft: read.draft }] : [];
  });
}

export function storeLibrary(
  items: SavedPayload[],
  storage: Pick<Storage, 'setItem'> = localStorage,
) {
  storage.setItem(KEY, JSON.stringify(items));
}

const nextId = (items: SavedPayload[]) =>
  `p${items.reduce((max, i) => Math.max(max, Number(i.id.slice(1)) || 0), 0) + 1}`;

export const savePayload = (items: SavedPayload[], name: string, draft: Draft) => [
  ...items,
  { id: nextId(items), name, draft },
];

export function duplicatePayload(items: SavedPayload[], id: string) {
  const item = items.find((i) => i.id === id);
  return item
    ? [...items, { id: nextId(items), name: `${item.name} (copy)`, draft: item.draft }]
    : items;
}

export const deletePayload = (items: SavedPayload[], id: string) =>
  items.filter((i) => i.id !== id);

export const renamePayload = (items: SavedPayload[], id: string, name: string) =>
  items.map((i) => (i.id === id ? { ...i, name } : i));
