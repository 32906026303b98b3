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
 * The cells of an annual salary column that gave pay by the month, in sheet order, for the SALARY_PER_MONTH info
 * finding: each was read as 12 × the amount (model/monthlySalary).
 */
export class PerMonthCells {
  readonly rows: number[] = [];
  readonly ids: string[] = [];
  private example = "";

  push(row: number, id: string, value: CellValue | undefined): void {
    if (this.rows.length === 0) this.example = cellText(value ?? null).trim();
    this.rows.push(row);
    this.ids.push(id);
  }

  /** SALARY_PER_MONTH, naming the column (its header), the cells' rows and the months a year is read as. */
  finding(column: string, months: number): FindingDraft {
    const { rows, ids } = this;
    return {
      code: "SALARY_PER_MONTH",
      severity: "info",
      rows,
      ids,
      field: "baseSalary",
      params: { column, count: rows.length, rowList: listPreview(rows), example: this.example, months },
    };
  }
}
