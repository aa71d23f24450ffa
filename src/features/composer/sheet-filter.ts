import type { SheetCell } from '../../renderers/sizes';

// The contact sheet's filters: which profiles, themes and sizes to show, and whether to leave
// out the cells a profile cannot show (an adaptive tile is "not supported" in 51 of 72).

export type SheetFilter = {
  /** A profile id, or 'all'. */
  profile: string;
  /** A theme, or 'all'. */
  theme: string;
  /** A tile size or 'toast', or 'all'. */
  size: string;
  hideUnsupported: boolean;
};

export const allCells: SheetFilter = {
  profile: 'all',
  theme: 'all',
  size: 'all',
  hideUnsupported: false,
};

export const filterCells = (cells: readonly SheetCell[], filter: SheetFilter): SheetCell[] =>
  cells.filter(
    (cell) =>
      (filter.profile === 'all' || cell.profile.id === filter.profile) &&
      (filter.theme === 'all' || cell.theme === filter.theme) &&
      (filter.size === 'all' || cell.size === filter.size) &&
      (!filter.hideUnsupported || cell.verdict.supported),
  );
