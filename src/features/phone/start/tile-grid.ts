import type { CSSProperties } from 'react';
import type { StartLayout } from '../../../renderers';

/** A Start grid of the layout's cells; tiles span cells by size and fill gaps densely. */
export const tileGrid = (layout: StartLayout, columns = layout.cells): CSSProperties => ({
  gridTemplateColumns: `repeat(${columns}, ${layout.unit}px)`,
  gridAutoRows: layout.unit,
  gap: layout.gap,
  gridAutoFlow: 'row dense',
});
