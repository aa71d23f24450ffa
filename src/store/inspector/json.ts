import type { JournalEntry } from '../journal';
import { readEntries, type Dropped } from '../schema/journal-entry';
import { fromHar } from './har';

/** Tilecast's own journal file: every field of every entry, lifecycle included. */
export type JournalFile = { format: 'tilecast-journal'; version: 1; entries: JournalEntry[] };

export const toJournalFile = (journal: JournalEntry[]): JournalFile => ({
  format: 'tilecast-journal',
  version: 1,
  entries: journal,
});

/** What an import made of a file: the entries it keeps, and those it dropped and why. */
export type ImportResult = { entries: JournalEntry[]; dropped: Dropped[]; total: number };

/**
 * Reads a journal file back. A file that is not one throws with a reason a person can act on;
 * a bad entry is dropped and named, and the good ones are kept.
 */
export function fromJournalFile(input: unknown): ImportResult {
  const file = input as Partial<JournalFile> | undefined;
  if (file?.format !== 'tilecast-journal') throw new Error('Not a Tilecast journal file');
  if (file.version !== 1)
    throw new Error(`Journal file version ${String(file.version)} is unknown`);
  if (!Array.isArray(file.entries)) throw new Error('Journal file has no entries');
  return { ...readEntries(file.entries), total: file.entries.length };
}

/** Either format, told apart by shape: HAR has `log`, ours has `format`. */
export function detectFormat(input: unknown): 'har' | 'json' | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  if ('log' in input) return 'har';
  if ('format' in input) return 'json';
  return undefined;
}

/** A parsed file of either format, read into journal entries; throws when it is neither. */
export function readJournalFile(data: unknown): ImportResult {
  const format = detectFormat(data);
  if (!format) throw new Error('neither a HAR file nor a Tilecast journal');
  return format === 'har' ? fromHar(data) : fromJournalFile(data);
}
