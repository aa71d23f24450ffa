// Journal files (HAR and Tilecast JSON), loaded when the user imports or exports one: reading a
// file checks every entry with the schemas (valibot), which the first page need not download.
export { droppedNotice } from '../schema/journal-entry';
export { toHar } from './har';
export { readJournalFile, toJournalFile } from './json';
