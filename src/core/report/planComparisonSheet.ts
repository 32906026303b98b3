import { translatorFor, type Lang, type MessageKey, type Translate } from "../../i18n";
import { MONTHS } from "../cost/costHeadcount";
import { ticksToAmount } from "../cost/decimal";
import { cellAddress, quoteSheetName, rangeAddress } from "../sheet/formulaAddress";
import type { SheetSection, SheetSpec, SpecCell } from "../sheet/sheetSpec";
import { layoutSheetSpec } from "../sheet/sheetSpecLayout";
import { cellNumber, differenceCell, fillSumRow, roundHalfUp } from "./formulaCells";
import { liveFte, liveHeadcount } from "./liveHeadcountFormulas";
import { budgetSection, fillBudgetFormulas } from "./planComparisonBudget";
import { changesSection } from "./planComparisonChanges";
import { departmentsSection, fillDepartmentFormulas } from "./planComparisonDepartments";
import type { CostSheetWritten, PlanComparisonSheetInput } from "./planComparisonInput";
import { INTEGER_FORMAT, MONEY_FORMAT } from "./reportStyles";

export { PLAN_COMPARISON_TABLE } from "./planComparisonChanges";
export type { ComparedTable, CostSheetWritten, PlanComparisonSheetInput } from "./planComparisonInput";

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
    baselineInWorkbook ? liveFte(input.baseline, total.baseline.fte) : roundHalfUp(total.baseline.fte, 6),
    liveFte(input.plan, total.plan.fte),
  ];
  const costs = comparison.costed
    ? [
        costCell(input.costSheets?.baseline, "total", total.baseline.cost),
        costCell(input.costSheets?.plan, "total", total.plan.cost),
      ]
    : [null, null];
  const deltaCell = (row: number, values: SpecCell[], digits: number): SpecCell => {
    const [before, after] = values.map(cellNumber);
    if (before === null || after === null) return null;
    return differenceCell(`C${row}-B${row}`, before, after, digits);
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
  fillSumRow(byMonth, monthsAt, months.length, [1, 2, 3], 2);

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
  if (budget && budgetAt) fillBudgetFormulas(budgetAt);
  return spec;
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
  const cached = cellNumber(table.section.rows[totalRow]?.[column]);
  if (cached === null) return amount;
  const value = roundHalfUp(roundHalfUp(cached, 4), 2);
  if (value !== amount) return amount;
  const ref = `${quoteSheetName(sheet.sheetName)}!${cellAddress(column + 1, table.firstDataRow + totalRow, true)}`;
  return { formula: `ROUND(ROUND(${ref},4),2)`, value };
}

/** A bridge step's name in the user's language (its key when the language has none). */
function bridgeLabel(key: string, t: Translate): string {
  const messageKey = `compare.bridge.${key}`;
  const text = t(messageKey as MessageKey);
  return text === messageKey ? key : text;
}
