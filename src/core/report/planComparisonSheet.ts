import { translatorFor, type Lang, type MessageKey, type Translate } from "../../i18n";
import type { WorkbookAnalysis } from "../analyzeWorkbook";
import type { BudgetVariance } from "../budget/budgetVariance";
import { monthRuns } from "../budget/monthRuns";
import type { CellValue } from "../cells/cell";
import type { DeltaLine, FieldValue, PlanComparison } from "../compare/planComparison";
import { MONTHS } from "../cost/costHeadcount";
import { scaleDecimal, ticksToAmount } from "../cost/decimal";
import { STATUS_CODE, positionColumnsOf } from "../model/positionColumns";
import { cellAddress, formulaString, gridColumnRef, quoteSheetName, rangeAddress } from "../sheet/formulaAddress";
import type { SheetGrid } from "../sheet/sheetGrid";
import type { SheetSection, SheetSpec, SpecCell } from "../sheet/sheetSpec";
import { layoutSheetSpec, type SectionLayout } from "../sheet/sheetSpecLayout";
import { INTEGER_FORMAT, REPORT_TABLE_STYLE, ROW_FORMAT, SUMMARY_TABLE_STYLE } from "./reportStyles";

/** Table name of the change list (Excel makes it unique in the workbook: "…_2"). */
export const PLAN_COMPARISON_TABLE = "PlanComparisonChanges";

const MONEY_FORMAT = "#,##0.00";
const FTE_FORMAT = "#,##0.0##";

/** One side of the comparison as the sheet needs it: the table's cells (for formulas and links) and its analysis. */
export interface ComparedTable {
  /** The workbook or table as the notes name it (a file name, "Excel"). */
  label: string;
  analysis: WorkbookAnalysis;
  grid: SheetGrid;
}

/** A Headcount cost sheet already written into the workbook: its spec and the name it was written under. */
export interface CostSheetWritten {
  spec: SheetSpec;
  sheetName: string;
}

export interface PlanComparisonSheetInput {
  comparison: PlanComparison;
  baseline: ComparedTable;
  plan: ComparedTable;
  /**
   * When the baseline's table is in another workbook: that file as the links name it (a path relative to the
   * workbook written). Then the baseline's figures are values and its row links open that file. Undefined: both
   * tables are in the workbook the sheet is written into.
   */
  baselineFile?: string;
  /** The Headcount cost sheets of the two sides, when written into the same workbook: cost formulas read them. */
  costSheets?: { baseline?: CostSheetWritten; plan?: CostSheetWritten };
  /** The plan held against a Budget table: the plan's workbook's (`source: "plan"`), else the baseline's. */
  budget?: { variance: BudgetVariance; source: "plan" | "baseline" };
}

/**
 * The Plan comparison sheet (方案对比): notes (the two sides, the period, the matching rule, how the formulas work),
 * then
 * 1. the summary: headcount, FTE and cost of the baseline and the plan, and Δ = plan − baseline as a formula. The
 *    headcount is `COUNTA` over the table's Position ID column less `COUNTIF` of the closed statuses, the FTE a `SUM`
 *    over its FTE column less `SUMIF` of the closed, the cost the grand total of the side's Headcount cost sheet —
 *    each only where it reproduces Orgwright's figure on the cells written (evaluated here as the spreadsheet does),
 *    else Orgwright's value;
 * 2. the change list (an Excel table): kind, IDs, title, department, field, before, after, and the rows of both
 *    tables as links (`HYPERLINK("#'Positions'!A7",7)`; a baseline in another file is linked in that file);
 * 3. by department: baseline, plan and Δ (formulas) of headcount, FTE and cost, and a Total row of `SUM`s;
 * 4. cost by month: each side's month from its cost sheet's Total row (a formula) or Orgwright's value, Δ, Total;
 * 5. the cost bridge: the baseline's cost, each step, and the plan's cost as baseline + steps (a formula);
 * 6. with a Budget table, the plan against it by department for the year: budget and plan headcount and cost, the
 *    variance (a formula: plan − budget), its volume and rate effects, and a Total row of `SUM`s.
 * Every formula's value is cached: the number the spreadsheet computes from the cells written.
 */
export function planComparisonSheet(input: PlanComparisonSheetInput, lang: Lang): SheetSpec {
  const t = translatorFor(lang);
  const { comparison } = input;
  const currency = comparison.currency || "–";
  const months = comparison.delta.byMonth.map((line) => line.month.key);
  const notes = [
    t("compare.sheet.sides", {
      baseline: input.baseline.label,
      baselineSheet: input.baseline.grid.sheetName,
      plan: input.plan.label,
      planSheet: input.plan.grid.sheetName,
    }),
  ];
  if (months.length > 0)
    notes.push(t("compare.sheet.period", { first: months[0], last: months[months.length - 1], currency }));
  notes.push(t("compare.sheet.rule"), t("compare.sheet.formulas"));

  const summary: SheetSection = {
    title: t("compare.sheet.summary"),
    columns: [
      { header: t("compare.what"), width: 26 },
      { header: t("compare.baseline"), width: 18 },
      { header: t("compare.plan"), width: 18 },
      { header: t("compare.delta"), width: 18 },
    ],
    rows: [[t("compare.headcount")], [t("compare.fte")], [t("compare.costIn", { currency })]],
  };
  const changes = changesSection(input, t);
  const departments = departmentsSection(comparison, t);
  const money = (ticks: number) => (comparison.costed ? ticksToAmount(ticks) : null);
  const byMonth: SheetSection = {
    title: t("compare.sheet.byMonth", { currency }),
    columns: [
      { header: t("compare.month"), width: 12 },
      { header: t("compare.baseline"), numberFormat: MONEY_FORMAT, width: 16 },
      { header: t("compare.plan"), numberFormat: MONEY_FORMAT, width: 16 },
      { header: t("compare.delta"), numberFormat: MONEY_FORMAT, width: 16 },
    ],
    rows: [],
  };
  const bridge: SheetSection = {
    title: t("compare.sheet.bridge", { currency }),
    columns: [
      { header: t("compare.bridge.step"), width: 30 },
      { header: t("compare.bridge.amount"), numberFormat: MONEY_FORMAT, width: 16 },
      { header: t("compare.bridge.positions"), numberFormat: INTEGER_FORMAT },
    ],
    rows: [],
  };
  const spec: SheetSpec = {
    name: t("compare.sheet.name"),
    notes,
    columns: [],
    rows: [],
    sections: [summary, changes, departments, byMonth, bridge],
  };
  const budget = input.budget ? budgetSection(input.budget, lang, t) : undefined;
  if (budget) spec.sections!.push(budget);

  // Rows known, the blocks are placed; the formulas below address their cells.
  byMonth.rows = months.map((month) => [month, null, null, null]);
  byMonth.rows.push([t("costSheet.total"), null, null, null]);
  bridge.rows = [
    [t("compare.bridge.baseline"), null, null],
    ...comparison.bridge.steps.map((step): SpecCell[] => [bridgeLabel(step.key, t), money(step.total), step.positions]),
    [t("compare.bridge.planFromSteps"), null, null],
  ];
  const layout = layoutSheetSpec(spec);
  const [summaryAt, , departmentsAt, monthsAt, bridgeAt, budgetAt] = layout.sections;

  // 1. The summary.
  const baselineInWorkbook = input.baselineFile === undefined;
  const { total } = comparison.delta;
  const headcount = [
    baselineInWorkbook ? liveHeadcount(input.baseline, total.baseline.headcount) : total.baseline.headcount,
    liveHeadcount(input.plan, total.plan.headcount),
  ];
  const fte = [
    baselineInWorkbook ? liveFte(input.baseline, total.baseline.fte) : round(total.baseline.fte, 6),
    liveFte(input.plan, total.plan.fte),
  ];
  const costs = comparison.costed
    ? [
        costCell(input.costSheets?.baseline, "total", total.baseline.cost),
        costCell(input.costSheets?.plan, "total", total.plan.cost),
      ]
    : [null, null];
  const deltaCell = (row: number, values: SpecCell[], digits: number): SpecCell => {
    const [before, after] = values.map(valueOf);
    if (before === null || after === null) return null;
    const formula = `C${row}-B${row}`;
    return digits === 0
      ? { formula, value: after - before }
      : { formula: `ROUND(${formula},${digits})`, value: round(after - before, digits) };
  };
  [headcount, fte, costs].forEach((values, i) => {
    const row = summaryAt.firstDataRow + i;
    summary.rows[i].push(values[0], values[1], deltaCell(row, values, [0, 6, 2][i]));
  });

  // 3. Departments: Δ and the Total row as formulas over the row's cells.
  fillDepartmentFormulas(departmentsAt, comparison.delta.byDepartment.length);

  // 4. Months.
  comparison.delta.byMonth.forEach((line, m) => {
    const row = monthsAt.firstDataRow + m;
    const before = comparison.costed ? costCell(input.costSheets?.baseline, m, line.baseline.cost) : null;
    const after = comparison.costed ? costCell(input.costSheets?.plan, m, line.plan.cost) : null;
    byMonth.rows[m] = [months[m], before, after, deltaCell(row, [before, after], 2)];
  });
  sumRow(byMonth, monthsAt, months.length, [1, 2, 3], 2);

  // 5. The bridge: the plan's cost as the baseline's plus the steps.
  const firstStep = bridgeAt.firstDataRow + 1;
  const stepCount = comparison.bridge.steps.length;
  const baselineCost = money(comparison.bridge.baseline);
  bridge.rows[0] = [t("compare.bridge.baseline"), baselineCost, null];
  const stepsSum = bridge.rows
    .slice(1, 1 + stepCount)
    .reduce(
      (sum, row) => sum + Math.round(((row[1] as number | null) ?? 0) * 100),
      Math.round((baselineCost ?? 0) * 100),
    );
  if (baselineCost !== null)
    bridge.rows[stepCount + 1] = [
      t("compare.bridge.planFromSteps"),
      {
        formula:
          stepCount > 0
            ? `ROUND(B${bridgeAt.firstDataRow}+SUM(${rangeAddress(2, firstStep, 2, firstStep + stepCount - 1)}),2)`
            : `ROUND(B${bridgeAt.firstDataRow},2)`,
        value: stepsSum / 100,
      },
      null,
    ];

  // 6. The budget: the variance of each department as plan − budget, and the Total row.
  if (budget && budgetAt) {
    const count = budget.rows.length - 1;
    for (let d = 0; d < count; d++) {
      const row = budgetAt.firstDataRow + d;
      const [before, after] = [budget.rows[d][4], budget.rows[d][5]].map(valueOf);
      if (before !== null && after !== null)
        budget.rows[d][6] = { formula: `ROUND(F${row}-E${row},2)`, value: round(after - before, 2) };
    }
    sumRow(budget, budgetAt, count, [2, 3], 6);
    sumRow(budget, budgetAt, count, [4, 5, 6, 7, 8], 2);
  }
  return spec;
}

/** The plan against the budget, one row per budgeted department (its year), and a Total row. */
function budgetSection(
  budget: NonNullable<PlanComparisonSheetInput["budget"]>,
  lang: Lang,
  t: Translate,
): SheetSection {
  const money = (ticks: number | undefined) => (ticks === undefined ? null : ticksToAmount(ticks));
  const count = (value: number | undefined) => (value === undefined ? null : round(value, 6));
  return {
    title: t("compare.sheet.budget", { source: t(`compare.budget.source.${budget.source}`) }),
    table: { name: "PlanComparisonBudget", style: SUMMARY_TABLE_STYLE },
    columns: [
      { header: t("compare.department"), width: 22 },
      { header: t("compare.month"), width: 20 },
      { header: t("compare.budget.budgetHeadcount"), numberFormat: FTE_FORMAT, width: 14 },
      { header: t("compare.budget.planHeadcount"), numberFormat: FTE_FORMAT, width: 14 },
      { header: t("compare.budget.budgetCost"), numberFormat: MONEY_FORMAT, width: 16 },
      { header: t("compare.budget.planCost"), numberFormat: MONEY_FORMAT, width: 16 },
      { header: t("compare.budget.variance"), numberFormat: MONEY_FORMAT, width: 16 },
      { header: t("compare.budget.volume"), numberFormat: MONEY_FORMAT, width: 16 },
      { header: t("compare.budget.rate"), numberFormat: MONEY_FORMAT, width: 16 },
    ],
    rows: [
      ...budget.variance.departments.map(({ name, year }): SpecCell[] => [
        name,
        year.months.length > 0 ? monthRuns(year.months, lang) : t("ui.budget.year"),
        count(year.budgetHeadcount),
        count(year.actualHeadcount),
        money(year.budgetCost),
        money(year.actualCost),
        null,
        money(year.volumeEffect),
        money(year.rateEffect),
      ]),
      [t("costSheet.total"), null, null, null, null, null, null, null, null],
    ],
  };
}

/** The change list: one line per field of a changed position, one per added, removed and moved position. */
function changesSection(input: PlanComparisonSheetInput, t: Translate): SheetSection {
  const { comparison } = input;
  const rows: SpecCell[][] = [];
  const baselineLink = (row: number) => rowLink(input.baseline, row, input.baselineFile);
  const planLink = (row: number) => rowLink(input.plan, row);
  const kind = (key: "added" | "removed" | "moved" | "changed") => t(`compare.kind.${key}`);
  for (const position of comparison.added)
    rows.push([
      kind("added"),
      position.id,
      null,
      position.title,
      position.department,
      null,
      null,
      null,
      null,
      planLink(position.row),
    ]);
  for (const position of comparison.removed)
    rows.push([
      kind("removed"),
      position.id,
      position.id,
      position.title,
      position.department,
      null,
      null,
      null,
      baselineLink(position.row),
      null,
    ]);
  for (const position of comparison.moved)
    rows.push([
      kind("moved"),
      position.id,
      position.baselineId,
      position.title,
      position.department,
      t("compare.field.manager"),
      position.fromManager || null,
      position.toManager || null,
      baselineLink(position.baselineRow),
      planLink(position.planRow),
    ]);
  for (const position of comparison.changed)
    for (const change of position.changes)
      rows.push([
        kind("changed"),
        position.id,
        position.baselineId,
        position.title,
        position.department,
        t(`field.${change.field}` as MessageKey),
        fieldCell(change.field, change.before, t),
        fieldCell(change.field, change.after, t),
        baselineLink(position.baselineRow),
        planLink(position.planRow),
      ]);
  return {
    title: t("compare.sheet.changes"),
    table: { name: PLAN_COMPARISON_TABLE, style: REPORT_TABLE_STYLE },
    columns: [
      { header: t("compare.kind"), width: 14 },
      { header: t("compare.sheet.id"), width: 14 },
      { header: t("compare.sheet.baselineId"), width: 14 },
      { header: t("compare.sheet.title"), width: 28 },
      { header: t("compare.department"), width: 20 },
      { header: t("compare.sheet.field"), width: 16 },
      { header: t("compare.sheet.before"), width: 18 },
      { header: t("compare.sheet.after"), width: 18 },
      { header: t("compare.sheet.baselineRow"), width: 12, numberFormat: ROW_FORMAT },
      { header: t("compare.sheet.planRow"), width: 12, numberFormat: ROW_FORMAT },
    ],
    rows,
  };
}

/** A field's value in the change list: numbers stay numbers, a status in words, blank left blank. */
function fieldCell(field: string, value: FieldValue, t: Translate): SpecCell {
  if (value === null || value === "") return null;
  if (field === "status" && (value === "filled" || value === "vacant" || value === "planned" || value === "closed"))
    return t(`compare.status.${value}`);
  return value;
}

/**
 * A link to a row of a side's table, on its Position ID cell, showing the row number: `#'Sheet'!B7` in this
 * workbook, `file.xlsx#'Sheet'!B7` in another.
 */
function rowLink(side: ComparedTable, row: number, file = ""): SpecCell {
  if (!(row > 0)) return null;
  const column = side.grid.firstColumn + (side.analysis.columns.columnOf.id ?? 0);
  const target = `${file}#${quoteSheetName(side.grid.sheetName)}!${cellAddress(column, row)}`;
  return { formula: `HYPERLINK(${formulaString(target)},${row})`, value: row };
}

/** By department: each side's headcount, FTE and cost (values), Δ as formulas, a Total row of SUMs. */
function departmentsSection(comparison: PlanComparison, t: Translate): SheetSection {
  const numbers = (line: DeltaLine): SpecCell[] => [
    line.baseline.headcount,
    line.plan.headcount,
    null,
    round(line.baseline.fte, 6),
    round(line.plan.fte, 6),
    null,
    comparison.costed ? ticksToAmount(line.baseline.cost) : null,
    comparison.costed ? ticksToAmount(line.plan.cost) : null,
    null,
  ];
  return {
    title: t("compare.sheet.byDepartment"),
    table: { name: "PlanComparisonDepartments", style: SUMMARY_TABLE_STYLE },
    columns: [
      { header: t("compare.department"), width: 22 },
      ...(["headcount", "fte", "cost"] as const).flatMap((what) =>
        (["baseline", "plan", "delta"] as const).map((side) => ({
          header: `${t(`compare.${what}`)} · ${t(`compare.${side}`)}`,
          numberFormat: what === "headcount" ? INTEGER_FORMAT : what === "fte" ? FTE_FORMAT : MONEY_FORMAT,
          width: what === "cost" ? 18 : 14,
        })),
      ),
    ],
    rows: [
      ...comparison.delta.byDepartment.map((line) => [line.department || t("coverage.noDepartment"), ...numbers(line)]),
      [t("costSheet.total"), ...new Array<SpecCell>(9).fill(null)],
    ],
  };
}

/** Fills the departments block's Δ columns (plan − baseline) and its Total row. */
function fillDepartmentFormulas(at: SectionLayout, count: number): void {
  const rows = at.section.rows;
  const digitsOf = [0, 6, 2];
  for (let d = 0; d < count; d++) {
    const row = at.firstDataRow + d;
    for (let k = 0; k < 3; k++) {
      const baseline = 2 + k * 3;
      const before = valueOf(rows[d][baseline - 1]);
      const after = valueOf(rows[d][baseline]);
      if (before === null || after === null) continue;
      const formula = `${cellAddress(baseline + 1, row)}-${cellAddress(baseline, row)}`;
      rows[d][baseline + 1] =
        digitsOf[k] === 0
          ? { formula, value: after - before }
          : { formula: `ROUND(${formula},${digitsOf[k]})`, value: round(after - before, digitsOf[k]) };
    }
  }
  sumRow(at.section, at, count, [1, 2, 3, 4, 5, 6, 7, 8, 9], (column) => [0, 6, 2][Math.floor((column - 1) / 3)]);
}

/** The block's last row (after `count` data rows): `SUM` of each listed column (0-based) of the rows above. */
function sumRow(
  section: SheetSection,
  at: SectionLayout,
  count: number,
  columns: readonly number[],
  digits: number | ((column: number) => number),
): void {
  const last = section.rows[count];
  for (const column of columns) {
    const places = typeof digits === "number" ? digits : digits(column);
    let sum = 0;
    let any = false;
    for (let r = 0; r < count; r++) {
      const value = valueOf(section.rows[r][column]);
      if (value !== null) {
        sum += value;
        any = true;
      }
    }
    if (!any && count > 0 && section.rows.slice(0, count).every((row) => row[column] === null)) {
      last[column] = null;
      continue;
    }
    const range =
      count > 0 ? rangeAddress(column + 1, at.firstDataRow, column + 1, at.firstDataRow + count - 1) : undefined;
    const formula = range === undefined ? "0" : places === 0 ? `SUM(${range})` : `ROUND(SUM(${range}),${places})`;
    last[column] = { formula, value: places === 0 ? sum : round(sum, places) };
  }
}

/** A cell's number: the number, or a formula's cached number; null for anything else. */
function valueOf(cell: SpecCell | undefined): number | null {
  if (typeof cell === "number") return cell;
  if (typeof cell === "object" && cell !== null && typeof cell.value === "number") return cell.value;
  return null;
}

/** Rounded half up (away from zero) on the decimal the number shows, as ROUND in Excel and LibreOffice. */
function round(value: number, digits: number): number {
  return scaleDecimal(value, digits) / 10 ** digits;
}

/**
 * A side's cost for the year (`"total"`) or a month, in the summary: the grand total (or the month's total) of its
 * Headcount cost sheet, `ROUND(ROUND(…,4),2)`, when that sheet is written and its total is Orgwright's to the cent;
 * else Orgwright's amount.
 */
function costCell(sheet: CostSheetWritten | undefined, which: "total" | number, ticks: number): SpecCell {
  const amount = ticksToAmount(ticks);
  if (sheet === undefined) return amount;
  const table = layoutSheetSpec(sheet.spec).sections[1];
  if (table === undefined || table.section.columns.length !== MONTHS + 2) return amount;
  const totalRow = table.section.rows.length - 1;
  const column = which === "total" ? MONTHS + 1 : which + 1;
  const cached = valueOf(table.section.rows[totalRow]?.[column]);
  if (cached === null) return amount;
  const value = round(round(cached, 4), 2);
  if (value !== amount) return amount;
  const ref = `${quoteSheetName(sheet.sheetName)}!${cellAddress(column + 1, table.firstDataRow + totalRow, true)}`;
  return { formula: `ROUND(ROUND(${ref},4),2)`, value };
}

/** A cell as COUNTA sees it: anything but an empty cell (an empty text counts as empty here, as exceljs reads). */
function isFilled(cell: CellValue | undefined): boolean {
  return cell !== null && cell !== undefined && cell !== "";
}

/** The data rows of a side's table below its header (the rows `gridColumnRef` spans). */
function dataRows(side: ComparedTable): CellValue[][] {
  const headerIndex = side.analysis.columns.headerRow - side.grid.firstRow;
  return side.grid.rows.slice(headerIndex + 1);
}

/** The texts of the status cells of the positions Orgwright reads as closed; undefined when one has no such text. */
function closedStatusTexts(side: ComparedTable): string[] | undefined {
  const { model, columns } = side.analysis;
  const statusColumn = columns.columnOf.status;
  const codes = positionColumnsOf(model).status;
  const texts = new Set<string>();
  for (let p = 0; p < model.positions.length; p++) {
    if (codes[p] !== STATUS_CODE.closed) continue;
    if (statusColumn === undefined) return undefined;
    const cell = side.grid.rows[model.positions[p].row - side.grid.firstRow]?.[statusColumn];
    // COUNTIF criteria: plain words only (no wildcards, comparison signs or leading/trailing spaces).
    if (typeof cell !== "string" || !/^[\p{L}\p{N}][\p{L}\p{N} _-]*$/u.test(cell) || cell.trim() !== cell)
      return undefined;
    texts.add(cell);
  }
  return [...texts];
}

/** COUNTIF(range, text) of plain words: cells whose text equals it, ignoring case. */
function countIf(rows: CellValue[][], column: number, text: string): number {
  const wanted = text.toLowerCase();
  let count = 0;
  for (const row of rows) {
    const cell = row[column];
    if (typeof cell === "string" && cell.toLowerCase() === wanted) count++;
  }
  return count;
}

/**
 * The headcount as a formula over the table, `COUNTA(ID column) − COUNTIF(Status, "Closed")…`, when it gives
 * Orgwright's headcount on these cells (no headcount lines, no repeated IDs joined, no status said only by a name);
 * else Orgwright's number.
 */
function liveHeadcount(side: ComparedTable, expected: number): SpecCell {
  const { columnOf } = side.analysis.columns;
  if (columnOf.id === undefined || columnOf.posts !== undefined) return expected;
  const closed = closedStatusTexts(side);
  if (closed === undefined) return expected;
  const rows = dataRows(side);
  const headerIndex = side.analysis.columns.headerRow - side.grid.firstRow;
  let value = rows.reduce((count, row) => count + (isFilled(row[columnOf.id!]) ? 1 : 0), 0);
  let formula = `COUNTA(${gridColumnRef(side.grid, columnOf.id, headerIndex)})`;
  for (const text of closed) {
    value -= countIf(rows, columnOf.status!, text);
    formula += `-COUNTIF(${gridColumnRef(side.grid, columnOf.status!, headerIndex)},${formulaString(text)})`;
  }
  return value === expected ? { formula, value } : expected;
}

/**
 * The FTE as `ROUND(SUM(FTE column) − SUMIF(Status, "Closed", FTE column)…, 6)` when it gives Orgwright's FTE on
 * these cells (every position's FTE a number in its cell); else Orgwright's number.
 */
function liveFte(side: ComparedTable, expected: number): SpecCell {
  const target = round(expected, 6);
  const { columnOf } = side.analysis.columns;
  if (columnOf.fte === undefined || columnOf.posts !== undefined) return target;
  const closed = closedStatusTexts(side);
  if (closed === undefined) return target;
  const rows = dataRows(side);
  const headerIndex = side.analysis.columns.headerRow - side.grid.firstRow;
  const fteColumn = columnOf.fte;
  const number = (cell: CellValue | undefined) => (typeof cell === "number" ? cell : 0);
  let sum = rows.reduce((total, row) => total + number(row[fteColumn]), 0);
  const fteRef = gridColumnRef(side.grid, fteColumn, headerIndex);
  let inner = `SUM(${fteRef})`;
  for (const text of closed) {
    const wanted = text.toLowerCase();
    sum -= rows.reduce(
      (total, row) =>
        total +
        (typeof row[columnOf.status!] === "string" && (row[columnOf.status!] as string).toLowerCase() === wanted
          ? number(row[fteColumn])
          : 0),
      0,
    );
    inner += `-SUMIF(${gridColumnRef(side.grid, columnOf.status!, headerIndex)},${formulaString(text)},${fteRef})`;
  }
  const value = round(sum, 6);
  return value === target ? { formula: `ROUND(${inner},6)`, value } : target;
}

/** A bridge step's name in the user's language (its key when the language has none). */
function bridgeLabel(key: string, t: Translate): string {
  const messageKey = `compare.bridge.${key}`;
  const text = t(messageKey as MessageKey);
  return text === messageKey ? key : text;
}
