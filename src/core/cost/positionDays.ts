import type { CellValue } from "../cells/cell";
import { parseDate } from "../cells/parseDate";
import { dayOfIso, type DayNumber } from "./fiscalYear";

/** Day number of Excel's serial 0 (1899-12-30) is −25,569. */
const EXCEL_EPOCH_OFFSET = 25_569;

/**
 * A date cell's day number, read from the cell as the sheet holds it: an Excel serial needs no text, and each
 * distinct date text is parsed once (rows repeat the same few dates). Undefined for a blank or unreadable cell.
 */
export class PositionDays {
  private readonly cache = new Map<string, DayNumber | undefined>();

  /** `dayFirst`: the sheet writes dates day first (01/03/2024 is 1 March), as the parser found it. */
  constructor(private readonly dayFirst = false) {}

  of(cell: CellValue | undefined): DayNumber | undefined {
    if (typeof cell === "number")
      return Number.isFinite(cell) && cell >= 61 ? Math.floor(cell) - EXCEL_EPOCH_OFFSET : undefined;
    if (typeof cell === "string") return cell.trim() === "" ? undefined : this.ofText(cell);
    if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? undefined : Math.floor(cell.getTime() / 86_400_000);
    return undefined;
  }

  private ofText(text: string): DayNumber | undefined {
    let day = this.cache.get(text);
    if (day === undefined && !this.cache.has(text))
      this.cache.set(text, (day = dayOfIso(parseDate(text, this.dayFirst) ?? null)));
    return day;
  }
}
