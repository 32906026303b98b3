import { parseDate } from "../cells/parseDate";
import { parseNumber } from "../cells/parseNumber";
import { readSupportTable } from "../coverage/readSupportTable";
import type { FindingDraft } from "../findings/finding";
import type { SheetGrid } from "../sheet/sheetGrid";
import { scaleDecimal } from "./decimal";
import { dayOfIso, type DayNumber } from "./fiscalYear";

/** FX rates are carried in hundred-millionths: 9.1234 is 912,340,000. */
export const FX_SCALE = 100_000_000;

/** One FX line: `rate` units of the reporting currency per unit of `currency`, from a date to a date. */
export interface FxLine {
  currency: string;
  /** × {@link FX_SCALE}. */
  rateScaled: number;
  from?: DayNumber;
  to?: DayNumber;
  row: number;
}

/** The workbook's FX table (Currency 币种 | Rate 汇率 | From | To) and the findings about its rows. */
export function readFxTable(grid: SheetGrid | undefined): { lines: FxLine[]; findings: FindingDraft[] } {
  const table = grid ? readSupportTable<string>(grid, "fx") : undefined;
  if (!table) return { lines: [], findings: [] };
  const findings = [...table.findings];
  const lines: FxLine[] = [];
  for (const { row, text } of table.rows) {
    const currency = (text.currency ?? "").toUpperCase();
    const rate = text.rate ? parseNumber(text.rate) : undefined;
    const bad = (column: string, value: string, code: "INVALID_NUMBER" | "INVALID_DATE") =>
      findings.push({
        code,
        severity: "warning",
        rows: [row],
        ids: [],
        sheet: table.sheetName,
        params: { row, id: currency, column: table.headers[column as never] ?? column, value, table: "fx" },
      });
    if (rate === undefined || rate <= 0) {
      bad("rate", text.rate ?? "", "INVALID_NUMBER");
      continue;
    }
    const dates: (DayNumber | undefined)[] = [];
    let ok = true;
    for (const column of ["from", "to"] as const) {
      const value = text[column] ?? "";
      if (value === "") {
        dates.push(undefined);
        continue;
      }
      const iso = parseDate(value);
      if (iso === undefined) {
        bad(column, value, "INVALID_DATE");
        ok = false;
      }
      dates.push(dayOfIso(iso));
    }
    if (ok) lines.push({ currency, rateScaled: scaleDecimal(rate, 8), from: dates[0], to: dates[1], row });
  }
  return { lines, findings };
}

/** The rate for `currency` in force on `day` (the last such line in the table wins), or undefined. */
export function fxRateOn(lines: readonly FxLine[], currency: string, day: DayNumber): FxLine | undefined {
  let found: FxLine | undefined;
  for (const line of lines)
    if (
      line.currency === currency &&
      (line.from === undefined || line.from <= day) &&
      (line.to === undefined || day <= line.to)
    )
      found = line;
  return found;
}
