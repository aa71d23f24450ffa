import { describe, expect, it } from 'vitest';
import { win8ToastLines } from './toast-lines';

describe('win8ToastLines (ToastTemplateType)', () => {
  it.each([
    ['ToastText01', [[false, 3]]],
    ['ToastImageAndText01', [[false, 3]]],
    [
      'ToastText02',
      [
        [true, 1],
        [false, 2],
      ],
    ],
    [
      'ToastImageAndText03',
      [
        [true, 2],
        [false, 1],
      ],
    ],
    [
      'ToastText04',
      [
        [true, 1],
        [false, 1],
        [false, 1],
      ],
    ],
  ])('%s: bold and line budget per text', (template, expected) => {
    const lines = win8ToastLines(template, ['a', 'b', 'c']);
    expect(lines.map((l) => [l.bold, l.lines])).toEqual(expected);
  });

  it("01's single text is regular, not a bold title", () => {
    expect(win8ToastLines('ToastImageAndText01', ['Hello there'])).toEqual([
      { text: 'Hello there', bold: false, lines: 3 },
    ]);
  });

  it('empty texts take no line', () => {
    expect(win8ToastLines('ToastText04', ['Title', '', 'Third']).map((l) => l.text)).toEqual([
      'Title',
      'Third',
    ]);
  });
});
