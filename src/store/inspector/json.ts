import type { JournalEntry } from '../journal';

/** Tilecast's own journal file: every field of every entry, lifecycle included. */
export type JournalFile = { format: 'tilecast-journal'; version: 1; entries: JournalEntry[] };

export const toJournalFile = (journal: JournalEntry[]): JournalFile => ({
  format: 'tilecast-journal',
  version: 1,
  entries: journal,
});

const isEntry = (e: unknown): e is JournalEntry => {
  if (typeof e !== 'object' || e === null) return false;
  const x = e as Record<string, unknown>;
  if (typeof x.id !== 'string' || typeof x.seq !== 'number' || typeof x.at !== 'number')
    return false;
  if (x.kind === 'lifecycle') return typeof x.event === 'string' && typeof x.detail === 'string';
  if (x.kind !== 'request') return false;
  const request = x.request as Record<string, unknown> | undefined;
  const response = x.response as Record<string, unknown> | undefined;
  return (
    typeof request?.url === 'string' &&
    typeof request.method === 'string' &&
    typeof request.body === 'string' &&
    typeof request.headers === 'object' &&
    typeof response?.status === 'number' &&
    typeof response.headers === 'object' &&
    Array.isArray(x.outcomes) &&
    typeof x.verdict === 'object'
  );
};

/** Reads a journal file back; throws with a reason a person can act on. */
export function fromJournalFile(input: unknown): JournalEntry[] {
  const file = input as Partial<JournalFile> | undefined;
  if (file?.format !== 'tilecast-journal') throw new Error('Not a Tilecast journal file');
  if (file.version !== 1)
    throw new Error(`Journal file version ${String(file.version)} is unknown`);
  if (!Array.isArray(file.entries)) throw new Error('Journal file has no entries');
  const bad = file.entries.findIndex((e) => !isEntry(e));
  if (bad >= 0) throw new Error(`Journal file entry ${bad + 1} is not a journal entry`);
  return file.entries;
}

export { isEntry as isJournalEntry };

/** Either format, told apart by shape: HAR has `log`, ours has `format`. */
export function detectFormat(input: unknown): 'har' | 'json' | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  if ('log' in input) return 'har';
  if ('format' in input) return 'json';
  return undefined;
}
