import type { CellValue } from "../cells/cell";
import type { FieldKey } from "../columns/fields";
import type { CostInput, HeadcountCost } from "../cost/costHeadcount";
import { readNumberCell } from "../model/readCells";
import { cellAddress, columnLetters, gridCellRef } from "../sheet/formulaAddress";
import type { SpecCell } from "../sheet/sheetSpec";
import { EXCEL_SERIAL_OF_DAY_0, OPEN_TO_SERIAL, type PositionWorkings } from "./costWorkings";
import { formulaTemplate, W } from "./costMonthFormula";

/** The cost inputs a position's workings read from the user's positions table, and what the engine accepts. */
const INPUTS = [
  { field: "bonusPercent", check: (v: number) => v <= 100 },
  { field: "monthsPaid", check: (v: number) => v <= 24 },
  { field: "allowances", check: () => true },
  { field: "posts", check: () => true },
] as const satisfies readonly { field: FieldKey; check: (v: number) => boolean }[];

function isBlank(cell: CellValue | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === "string" && cell.trim() === "");
}

/**
 * The workings cells of a position that come from its row of the user's positions table — Bonus %, Months paid,
 * allowances, posts, the first and last day costed — as formulas over the user's cells (a structured reference when
 * the positions are an Excel table), and the pay factor and the 12 day factors as formulas over those. So editing a
 * bonus, an allowance or a date in the user's table moves the totals with the add-in closed. A cell the formula
 * cannot read as the engine does (text such as "15%" or "2025-07-20", a number the engine rejects) is written as the
 * engine's value, and named in {@link cells}' `asValues`; a column the table does not have is a constant.
 */
export class CostInputCells {
  private readonly payFactor: string[];
  private readonly dayFactors: string[][];

  constructor(
    private readonly input: CostInput,
    cost: HeadcountCost,
  ) {
    const at = (column: number, row: number) => cellAddress(column, row);
    this.payFactor = formulaTemplate((r) => {
      const b = at(W.bonus, r);
      const m = at(W.monthsPaid, r);
      return `1+IF(${b}>1,${b}/100,${b})+IF(${m}>=12,${m}-12,${m})/12`;
    });
    const byDays = cost.settings.proration === "days";
    this.dayFactors = cost.months.map((month) => {
      const first = month.first + EXCEL_SERIAL_OF_DAY_0;
      const last = month.last + EXCEL_SERIAL_OF_DAY_0;
      return formulaTemplate((r) => {
        const start = `$${columnLetters(W.start)}${r}`;
        const end = `$${columnLetters(W.end)}${r}`;
        return byDays
          ? `MAX(0,MIN(${end},${last})-MAX(${start},${first})+1)/${month.days}`
          : `IF(MIN(${end},${last})>=MAX(${start},${first}),1,0)`;
      });
    });
  }

  /**
   * Cells W.bonus … the last day factor of position `p`'s workings row `row`; `asValues` gets the header of each user
   * cell written as a value. A position not costed is written as its values (its day factors 0).
   */
  cells(
    p: number,
    workings: PositionWorkings,
    row: number,
    costed: boolean,
    asValues: string[],
    ownRow = true,
  ): SpecCell[] {
    const { analysis, positions: grid } = this.input;
    const { columnOf, headers } = analysis.columns;
    const position = analysis.model.positions[p];
    const cells = grid.rows[position.row - grid.firstRow];
    const ref = (column: number) => gridCellRef(grid, position.row, column);
    /** A formula over the user's cell when the cell is blank or a number the engine reads as it is. */
    const live = (
      field: FieldKey,
      formula: (ref: string) => string,
      value: number,
      readable: (cell: CellValue) => boolean,
    ): SpecCell => {
      const column = columnOf[field];
      if (column === undefined || !costed) return value;
      // A headcount line joined from another sheet or file: its cells are not on the positions sheet.
      if (!ownRow) return value;
      const cell = cells?.[column];
      if (isBlank(cell) || (cell !== undefined && cell !== null && readable(cell)))
        return { formula: formula(ref(column)), value };
      asValues.push(headers[column] || field);
      return value;
    };
    const number = (check: (v: number) => boolean) => (cell: CellValue) =>
      typeof cell === "number" && readNumberCell(cell) === cell && check(cell);
    const date = (cell: CellValue) =>
      (typeof cell === "number" && Number.isFinite(cell) && cell >= 61) || cell instanceof Date;
    const [bonus, monthsPaid, allowances, posts] = INPUTS;
    const rowText = String(row);
    return [
      live(bonus.field, (r) => `N(${r})`, workings.bonus, number(bonus.check)),
      live(monthsPaid.field, (r) => `N(${r})`, workings.monthsPaid, number(monthsPaid.check)),
      costed ? { formula: this.payFactor.join(rowText), value: workings.payFactor } : workings.payFactor,
      live(allowances.field, (r) => `ROUND(N(${r}),4)`, workings.allowances, number(allowances.check)),
      live(posts.field, (r) => `IF(ISNUMBER(${r}),${r},1)`, workings.posts, number(posts.check)),
      live("startDate", (r) => `INT(N(${r}))`, workings.startSerial, date),
      live("endDate", (r) => `IF(N(${r})>=61,INT(N(${r})),${OPEN_TO_SERIAL})`, workings.endSerial, date),
      ...workings.dayFactors.map((factor, m): SpecCell =>
        costed && (columnOf.startDate !== undefined || columnOf.endDate !== undefined)
          ? { formula: this.dayFactors[m].join(rowText), value: factor }
          : factor,
      ),
    ];
  }
}
