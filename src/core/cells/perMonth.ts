import type { CellValue } from "./cell";
import { cellText } from "./cellText";
import type { FindingDraft } from "../findings/finding";
import { listPreview } from "../findings/listPreview";

/**
 * "A month" written after an amount: 12,000元/月 · ¥12000/月 · £2,500 per month · 2500/mo · $4,000 monthly ·
 * 8000 每月 · £2,000 pcm · 3000 p.m. (spaces are dropped before this is tried).
 */
const PER_MONTH_AFTER = /(?:\/(?:月|mo|mon|mth|month)|每月|permonth|permth|amonth|pcm|p\.m\.?|monthly|月薪)$/i;
/** "A month" written before it: 月薪12000 · 每月8000 · Monthly £2,500. */
const PER_MONTH_BEFORE = /^(?:月薪|每月|monthly)[:：]?/i;

/**
 * The amount of a cell that gives pay by the month in words (`12,000元/月`, `£2,500 per month`, `2500/mo`,
 * `$4,000 monthly`, `月薪12000`), read by `readNumber` once the words are taken off; undefined when the cell says
 * no month or the rest is not a number. Asked only of cells the number reader could not read (not per cell).
 */
export function perMonthAmount(
  value: CellValue | undefined,
  readNumber: (value: CellValue | undefined) => number | null | undefined,
): number | undefined {
  if (typeof value !== "string") return undefined;
  const text = value.normalize("NFKC").replace(/[\s\u00a0]/g, "");
  const rest = text.replace(PER_MONTH_AFTER, "").replace(PER_MONTH_BEFORE, "");
  if (rest === text || rest === "") return undefined;
  const amount = readNumber(rest);
  return typeof amount === "number" ? amount : undefined;
}

/**
 * The salary cells whose words name another period than their column's, in sheet order, for one info finding:
 * SALARY_PER_MONTH, cells of an annual column that give pay by the month (each read as 12 × the amount), or
 * SALARY_PER_YEAR, cells of a monthly column that give a year's pay (each read as the year, not 12 × it).
 */
export class MarkedPayCells {
  readonly rows: number[] = [];
  readonly ids: string[] = [];
  private example = "";

  constructor(private readonly code: "SALARY_PER_MONTH" | "SALARY_PER_YEAR") {}

  push(row: number, id: string, value: CellValue | undefined): void {
    if (this.rows.length === 0) this.example = cellText(value ?? null).trim();
    this.rows.push(row);
    this.ids.push(id);
  }

  /** The finding, naming the column (its header), the cells' rows and the months a year is read as. */
  finding(column: string, months: number): FindingDraft {
    const { rows, ids } = this;
    return {
      code: this.code,
      severity: "info",
      rows,
      ids,
      field: this.code === "SALARY_PER_MONTH" ? "baseSalary" : "monthlySalary",
      params: { column, count: rows.length, rowList: listPreview(rows), example: this.example, months },
    };
  }
}
