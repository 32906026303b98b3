import type { HeadcountCost } from "../../../core/cost/costHeadcount";
import { countText, departmentRows, moneyOf } from "../../cost/costFigures";
import { usePaneLanguage } from "../../translateContext";
import { CostSection } from "./CostSection";
import { DepartmentCostBars } from "./DepartmentCostBars";
import { MoneyTable } from "./MoneyTable";

/** Each department's fully loaded cost: bars, then a table with headcount and FTE. */
export function DepartmentCostSection({ cost }: { cost: HeadcountCost }) {
  const { lang, t } = usePaneLanguage();
  const rows = departmentRows(cost);
  return (
    <CostSection cost={cost} testId="cost-departments" title={t("ui.cost.departments")}>
      {(headingId) => (
        <>
          <DepartmentCostBars rows={rows} />
          <MoneyTable
            labelledBy={headingId}
            columns={[
              { header: t("ui.cost.department"), kind: "name" },
              { header: t("ui.cost.headcount"), kind: "number" },
              { header: t("ui.cost.fte"), kind: "number" },
              { header: t("ui.cost.cost"), kind: "number" },
            ]}
            rows={rows.map((row) => ({
              key: row.department,
              data: { "data-testid": "cost-department-row" },
              cells: [
                row.department,
                countText(lang, row.headcount),
                countText(lang, row.fte),
                moneyOf(lang, cost, row.total),
              ],
            }))}
          />
        </>
      )}
    </CostSection>
  );
}
