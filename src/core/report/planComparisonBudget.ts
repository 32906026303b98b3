import type { Lang, Translate } from "../../i18n";
import { monthRuns } from "../budget/monthRuns";
import { ticksToAmount } from "../cost/decimal";
import type { SheetSection, SpecCell } from "../sheet/sheetSpec";
import type { SectionLayout } from "../sheet/sheetSpecLayout";
import { cellNumber, differenceCell, fillSumRow, roundHalfUp } from "./formulaCells";
import type { PlanComparisonSheetInput } from "./planComparisonInput";
import { FTE_FORMAT, MONEY_FORMAT, SUMMARY_TABLE_STYLE } from "./reportStyles";

/** The plan against the budget, one row per budgeted department (its year), and a Total row. */
export function budgetSection(
  budget: NonNullable<PlanComparisonSheetInput["budget"]>,
  lang: Lang,
  t: Translate,
): SheetSection {
  const money = (ticks: number | undefined) => (ticks === undefined ? null : ticksToAmount(ticks));
  const count = (value: number | undefined) => (value === undefined ? null : roundHalfUp(value, 6));
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

/** Fills the budget block's variance of each department (plan − budget, a formula) and its Total row. */
export function fillBudgetFormulas(at: SectionLayout): void {
  const budget = at.section;
  const count = budget.rows.length - 1;
  for (let d = 0; d < count; d++) {
    const row = at.firstDataRow + d;
    const [before, after] = [budget.rows[d][4], budget.rows[d][5]].map(cellNumber);
    if (before !== null && after !== null) budget.rows[d][6] = differenceCell(`F${row}-E${row}`, before, after, 2);
  }
  fillSumRow(budget, at, count, [2, 3], 6);
  fillSumRow(budget, at, count, [4, 5, 6, 7, 8], 2);
}
