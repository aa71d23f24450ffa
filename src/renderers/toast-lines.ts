// How a Windows 8/8.1 toast template lays out its texts (ToastTemplateType): which are bold
// and how many lines each may take before it ends in an ellipsis. [S51]

export type ToastLine = { text: string; bold: boolean; lines: number };

/** Line budget per template number (the last digit): bold?, most lines. */
const layouts: Record<string, [boolean, number][]> = {
  // 01: one regular text wrapped over up to three lines.
  '1': [[false, 3]],
  // 02: a bold line, then a regular text over up to two lines.
  '2': [
    [true, 1],
    [false, 2],
  ],
  // 03: a bold text over up to two lines, then one regular line.
  '3': [
    [true, 2],
    [false, 1],
  ],
  // 04: a bold line, then two regular lines, each cut with an ellipsis.
  '4': [
    [true, 1],
    [false, 1],
    [false, 1],
  ],
};

/** The lines of a ToastText0N / ToastImageAndText0N toast; empty texts take no line. */
export function win8ToastLines(template: string, texts: readonly string[]): ToastLine[] {
  const layout = layouts[template.slice(-1)] ?? layouts['4']!;
  return layout.flatMap(([bold, lines], i) => {
    const text = texts[i];
    return text ? [{ text, bold, lines }] : [];
  });
}

/** Windows 8/8.1 toasts: 364 px wide, 90 px high; an image fills 90 × 90 at the left edge. */
export const WIN8_TOAST = { width: 364, height: 90, image: 90 } as const;
