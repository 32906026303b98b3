import type { FindingDraft } from "../findings/finding";
import type { SheetGrid } from "./sheetGrid";

/**
 * A finding for each CSV row read despite malformed quotes (see {@link SheetGrid.malformedQuotes}): a warning when
 * the row took several lines of the file (rows after the bad quote may be inside it, so the table may miss rows), an
 * info finding when it took one line (an inner quote not doubled: the cell reads as written).
 */
export function malformedQuotesFindings(grid: Omit<SheetGrid, "rows">): FindingDraft[] {
  const found = grid.malformedQuotes;
  if (!found || found.length === 0) return [];
  return found.map(({ row, lines }): FindingDraft =>
    lines > 1
      ? { code: "CSV_LINES_JOINED", severity: "warning", rows: [row], ids: [], params: { row, lines } }
      : { code: "CSV_QUOTE_NOT_DOUBLED", severity: "info", rows: [row], ids: [], params: { row } },
  );
}
