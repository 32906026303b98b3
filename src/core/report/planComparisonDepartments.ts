import type { Translate } from "../../i18n";
import type { DeltaLine, PlanComparison } from "../compare/planComparison";
import { ticksToAmount } from "../cost/decimal";
import { cellAddress } from "../sheet/formulaAddress";
import type { SheetSection, SpecCell } from "../sheet/sheetSpec";
import type { SectionLayout } from "../sheet/sheetSpecLayout";
import { cellNumber, differenceCell, fillSumRow, roundHalfUp } from "./formulaCells";
import { FTE_FORMAT, INTEGER_FORMAT, MONEY_FORMAT, SUMMARY_TABLE_STYLE } from "./reportStyles";

/** By department: each side's headcount, FTE and cost (values), Δ as formulas, a Total row of SUMs. */
export function departmentsSection(comparison: PlanComparison, t: Translate): SheetSection {
  const numbers = (line: DeltaLine): SpecCell[] => [
    line.baseline.headcount,
    line.plan.headcount,
    null,
    roundHalfUp(line.baseline.fte, 6),
    roundHalfUp(line.plan.fte, 6),
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
export function fillDepartmentFormulas(at: SectionLayout, count: number): void {
  const rows = at.section.rows;
  const digitsOf = [0, 6, 2];
  for (let d = 0; d < count; d++) {
    const row = at.firstDataRow + d;
    for (let k = 0; k < 3; k++) {
      const baseline = 2 + k * 3;
      const before = cellNumber(rows[d][baseline - 1]);
      const after = cellNumber(rows[d][baseline]);
      if (before === null || after === null) continue;
      const formula = `${cellAddress(baseline + 1, row)}-${cellAddress(baseline, row)}`;
      rows[d][baseline + 1] = differenceCell(formula, before, after, digitsOf[k]);
    }
  }
  fillSumRow(at.section, at, count, [1, 2, 3, 4, 5, 6, 7, 8, 9], (column) => [0, 6, 2][Math.floor((column - 1) / 3)]);
}
