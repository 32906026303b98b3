import type { CellValue } from "../cells/cell";
import { trimmedText } from "../cells/trimmedText";
import { normalizeHeader } from "../columns/normalizeHeader";
import type { FindingDraft } from "../findings/finding";

/**
 * Labels of a totals or subtotals row, compared in their normalized form ("Total:", "GRAND TOTAL", "合计：" all
 * match): spreadsheets sum the FTE and salary columns in such a row, below the table or under each department.
 */
const TOTALS_WORDS: ReadonlySet<string> = new Set([
  "total",
  "totals",
  "grandtotal",
  "subtotal",
  "sum",
  "合计",
  "總計",
  "总计",
  "合計",
  "小计",
  "小計",
  "汇总",
  "彙總",
  "共计",
  "總數",
  "总数",
]);

/** First characters (lower case) of the labels: every other cell is rejected on one comparison. */
const INITIALS: ReadonlySet<number> = new Set([...TOTALS_WORDS].map((word) => word.charCodeAt(0)));
const LONGEST = 16;

/** True when a cell's text is a totals label: Total, Subtotal, Grand Total, Sum, 合计, 总计, 小计, 汇总… */
export function isTotalsLabel(text: string): boolean {
  if (text === "" || text.length > LONGEST) return false;
  const first = text.charCodeAt(0);
  if (!INITIALS.has(first >= 65 && first <= 90 ? first | 32 : first) && first < 0xff00) return false;
  // No label has a digit; nearly every ID has one (S001, T-12): those are rejected without normalizing.
  for (let i = 1; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57) return false;
  }
  return TOTALS_WORDS.has(normalizeHeader(text));
}

/**
 * The label of a totals row, or undefined: a row whose ID cell is a totals label (or, with the ID blank, whose
 * first text cell is), that reports to no one and names no holder. Such a row sums the rows above it; read as a
 * position it would count their FTE and pay twice.
 */
export function totalsRowLabel(
  cells: readonly CellValue[],
  id: string,
  reportsTo: number,
  name: number,
): string | undefined {
  let label = id;
  if (id === "") {
    for (const cell of cells) {
      if (typeof cell !== "string" || cell.trim() === "") continue;
      label = cell.trim();
      break;
    }
  }
  if (!isTotalsLabel(label)) return undefined;
  if (trimmedText(cells, reportsTo) !== "" || trimmedText(cells, name) !== "") return undefined;
  return label;
}

/** TOTALS_ROW: the info finding for a totals row left out of the org. */
export function totalsRowFinding(row: number, label: string): FindingDraft {
  return { code: "TOTALS_ROW", severity: "info", rows: [row], ids: [], params: { row, label } };
}
