import { parseNumber } from "../cells/parseNumber";
import { readSupportTable } from "../coverage/readSupportTable";
import type { BUDGET_TABLE_COLUMNS } from "../coverage/supportTables";
import { scaleDecimal } from "../cost/decimal";
import type { FindingDraft } from "../findings/finding";
import type { SheetGrid } from "../sheet/sheetGrid";
import { parseBudgetPeriod, type BudgetPeriod } from "./budgetMonth";

type BudgetColumn = keyof typeof BUDGET_TABLE_COLUMNS;

/** One row of the Budget table, read. */
export interface BudgetLine {
  /** Sheet row (1-based) of the budget table. */
  row: number;
  /** What the line budgets: a department (matched to the positions' Department) or a cost center (Cost Center). */
  by: "department" | "costCenter";
  /** The department or cost center as written. */
  name: string;
  period: BudgetPeriod;
  /** Budgeted headcount (posts), when the line gives one. */
  headcount?: number;
  /** Budgeted cost in the reporting currency, in ticks (1/10,000 of a unit; see cost/decimal.ts), when given. */
  costTicks?: number;
}

/** The Budget table as read: its lines, and findings about rows or cells that could not be read (on its sheet). */
export interface BudgetTable {
  sheetName: string;
  /** The header of each recognised column, as written (for messages). */
  headers: Partial<Record<BudgetColumn, string>>;
  lines: BudgetLine[];
  findings: FindingDraft[];
}

/**
 * Reads the workbook's Budget table (`Department 部门` or `Cost Center 成本中心` | `Month 月份` | `Headcount 编制` |
 * `Cost 预算`). Every non-blank row is a line or is named in a finding: a row naming neither a department nor a
 * cost center is MISSING_BUDGET_DEPARTMENT; a Month that names no month is INVALID_DATE (the row is left out: it
 * cannot be placed); a Headcount or Cost that is not a number ≥ 0 is INVALID_NUMBER (the line keeps its other
 * figure). Undefined when there is no Budget table.
 */
export function readBudgetTable(grid: SheetGrid | undefined): BudgetTable | undefined {
  const table = grid ? readSupportTable<BudgetColumn>(grid, "budget") : undefined;
  if (!table) return undefined;
  const findings = [...table.findings];
  const lines: BudgetLine[] = [];
  for (const { row, text } of table.rows) {
    const department = text.department ?? "";
    const by = department !== "" ? "department" : "costCenter";
    const name = department !== "" ? department : (text.costCenter ?? "");
    const bad = (column: BudgetColumn, code: "INVALID_NUMBER" | "INVALID_DATE") =>
      findings.push({
        code,
        severity: "warning",
        rows: [row],
        ids: [],
        sheet: table.sheetName,
        params: { row, id: name, column: table.headers[column] ?? column, value: text[column] ?? "", table: "budget" },
      });
    const period = parseBudgetPeriod(text.month ?? "");
    if (period === undefined) {
      bad("month", "INVALID_DATE");
      continue;
    }
    const line: BudgetLine = { row, by, name, period };
    const headcount = amountOf(text.headcount);
    if (headcount === null) bad("headcount", "INVALID_NUMBER");
    else if (headcount !== undefined) line.headcount = headcount;
    const cost = amountOf(text.cost);
    if (cost === null) bad("cost", "INVALID_NUMBER");
    else if (cost !== undefined) line.costTicks = scaleDecimal(cost, 4);
    lines.push(line);
  }
  return { sheetName: table.sheetName, headers: table.headers, lines, findings };
}

/** A figure ≥ 0; undefined when blank, null when it is not such a number. */
function amountOf(text: string | undefined): number | undefined | null {
  if (text === undefined || text === "") return undefined;
  const value = parseNumber(text);
  return value === undefined || value < 0 ? null : value;
}
