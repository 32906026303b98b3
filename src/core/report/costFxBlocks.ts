import type { CellValue } from "../cells/cell";
import { cellText } from "../cells/cellText";
import type { CostMonth } from "../cost/fiscalYear";
import { FX_SCALE, fxRateOn, readFxTable, type FxLine } from "../cost/fxRates";
import { readSupportTable } from "../coverage/readSupportTable";
import { cellAddress, gridCellRef, rangeAddress } from "../sheet/formulaAddress";
import type { SheetGrid } from "../sheet/sheetGrid";
import type { SectionLayout } from "../sheet/sheetSpecLayout";
import type { SheetSection, SpecCell } from "../sheet/sheetSpec";
import { EXCEL_SERIAL_OF_DAY_0, OPEN_FROM_SERIAL, OPEN_TO_SERIAL } from "./costWorkings";

/** Columns of the FX lines block (1-based). */
const F = { line: 1, currency: 2, rate: 3, from: 4, to: 5, source: 6 } as const;

/** The headers of the FX lines block, in order (the caller's language). */
export interface FxBlockHeaders {
  line: string;
  currency: string;
  rate: string;
  from: string;
  to: string;
  source: string;
  linesTitle: string;
  monthsTitle: string;
  sourceRow: (sheet: string, row: number) => string;
}

/**
 * The FX the Headcount cost sheet's formulas read, in two blocks:
 * - **FX lines**: each line of the workbook's FX table the engine read, its currency, rate, From and To as formulas
 *   over the user's FX table cells (`UPPER(TRIM(…))`, `ROUND(…, 8)`, `IF(ISNUMBER(…), INT(…), open)`; a structured
 *   reference when the FX table is an Excel table), or the engine's value where the cell is text the formula cannot
 *   read as the engine does (a text date, a text rate);
 * - **FX by month**: per currency the positions are paid in other than the reporting one, the rate in force on each
 *   month's last day — the last such line of the table, as the engine takes it: `INDEX(rate, MAX(matching line
 *   numbers))` inside a SUMPRODUCT (no XLOOKUP), 0 when none is (the engine leaves such a month out).
 * A month cell of a position in another currency multiplies by its currency's cell of the FX by month block.
 */
export class CostFxBlocks {
  readonly lines: FxLine[];
  /** The currencies of the FX by month block, in order. */
  readonly currencies: string[];
  readonly linesSection: SheetSection;
  readonly monthsSection: SheetSection;
  private readonly grid: SheetGrid | undefined;
  private readonly columns = new Map<string, number>();
  private headerIndex = 0;

  constructor(
    fx: SheetGrid | undefined,
    currencies: readonly string[],
    private readonly months: readonly CostMonth[],
    headers: FxBlockHeaders,
  ) {
    this.grid = fx;
    this.lines = readFxTable(fx).lines;
    this.currencies = [...currencies];
    const table = fx ? readSupportTable<string>(fx, "fx") : undefined;
    if (fx && table) {
      // The header row the table was read from: the first that holds its headers where they were found.
      const wanted = Object.entries(table.headers) as [string, string][];
      for (let r = 0; r < Math.min(fx.rows.length, 30); r++) {
        const texts = (fx.rows[r] ?? []).map((cell) => cellText(cell).trim());
        if (wanted.every(([, header]) => texts.includes(header))) {
          this.headerIndex = r;
          for (const [column, header] of wanted) this.columns.set(column, texts.indexOf(header));
          break;
        }
      }
    }
    this.linesSection = {
      title: headers.linesTitle,
      columns: [
        { header: headers.line },
        { header: headers.currency },
        { header: headers.rate, numberFormat: "0.00000000" },
        { header: headers.from, numberFormat: "yyyy-mm-dd" },
        { header: headers.to, numberFormat: "yyyy-mm-dd" },
        { header: headers.source, width: 24 },
      ],
      rows: this.lines.map((line, i) => [
        i + 1,
        null,
        null,
        null,
        null,
        fx ? headers.sourceRow(fx.sheetName, line.row) : null,
      ]),
    };
    this.monthsSection = {
      title: headers.monthsTitle,
      columns: [
        { header: headers.currency },
        ...months.map((month) => ({ header: month.key, numberFormat: "0.00000000" })),
      ],
      rows: this.currencies.map((currency) => [currency, ...months.map(() => null)]),
    };
  }

  /** The user's FX cell of `line` in `column`, with a formula over it when the cell is of a kind it reads. */
  private userCell(line: FxLine, column: string): { ref: string; cell: CellValue } | undefined {
    const c = this.columns.get(column);
    if (!this.grid || c === undefined) return undefined;
    const cell = this.grid.rows[line.row - this.grid.firstRow]?.[c] ?? null;
    return { ref: gridCellRef(this.grid, line.row, c, this.headerIndex), cell };
  }

  /** Fills both blocks' cells once their rows are known. */
  fill(linesAt: SectionLayout, monthsAt: SectionLayout): void {
    this.lines.forEach((line, i) => {
      const row = this.linesSection.rows[i];
      const currency = this.userCell(line, "currency");
      row[F.currency - 1] =
        currency && typeof currency.cell === "string"
          ? { formula: `UPPER(TRIM(${currency.ref}))`, value: line.currency }
          : line.currency;
      const rate = this.userCell(line, "rate");
      const rateValue = line.rateScaled / FX_SCALE;
      row[F.rate - 1] =
        rate && typeof rate.cell === "number" ? { formula: `ROUND(${rate.ref},8)`, value: rateValue } : rateValue;
      const date = (column: "from" | "to", day: number | undefined, open: number): SpecCell => {
        const value = day === undefined ? open : day + EXCEL_SERIAL_OF_DAY_0;
        const user = this.userCell(line, column);
        const cell = user?.cell;
        const readable =
          cell === null ||
          cell === undefined ||
          cell instanceof Date ||
          (typeof cell === "number" && cell >= 61) ||
          (typeof cell === "string" && cell.trim() === "");
        return user && readable ? { formula: `IF(ISNUMBER(${user.ref}),INT(${user.ref}),${open})`, value } : value;
      };
      row[F.from - 1] = date("from", line.from, OPEN_FROM_SERIAL);
      row[F.to - 1] = date("to", line.to, OPEN_TO_SERIAL);
    });
    const first = linesAt.firstDataRow;
    const last = first + Math.max(this.lines.length, 1) - 1;
    const range = (column: number) => rangeAddress(column, first, column, last, true);
    this.currencies.forEach((currency, k) => {
      const row = this.monthsSection.rows[k];
      const own = cellAddress(1, monthsAt.firstDataRow + k, true);
      this.months.forEach((month, m) => {
        const found = fxRateOn(this.lines, currency, month.last);
        const value = found ? found.rateScaled / FX_SCALE : 0;
        if (this.lines.length === 0) {
          row[m + 1] = value;
          return;
        }
        const serial = month.last + EXCEL_SERIAL_OF_DAY_0;
        const matches = `(${range(F.currency)}=${own})*(${range(F.from)}<=${serial})*(${range(F.to)}>=${serial})`;
        row[m + 1] = {
          formula: `IF(SUMPRODUCT(${matches})=0,0,INDEX(${range(F.rate)},SUMPRODUCT(MAX(${matches}*${range(F.line)}))))`,
          value,
        };
      });
    });
  }

  /** The absolute address of currency `currency`'s rate for month `m` in the FX by month block, if it has a row. */
  fxCell(monthsAt: SectionLayout, currency: string, m: number): string | undefined {
    const k = this.currencies.indexOf(currency);
    return k < 0 ? undefined : cellAddress(2 + m, monthsAt.firstDataRow + k, true);
  }
}
