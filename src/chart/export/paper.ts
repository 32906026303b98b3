/** Paper sizes in PDF points (1/72 in), portrait. */
export const PAPER_SIZES = {
  A4: [595.28, 841.89],
  A3: [841.89, 1190.55],
  letter: [612, 792],
} as const;

export type PaperSize = keyof typeof PAPER_SIZES;

/** A page's width and height in points. */
export function pageSize(paper: PaperSize, landscape: boolean): [number, number] {
  const [w, h] = PAPER_SIZES[paper];
  return landscape ? [h, w] : [w, h];
}
