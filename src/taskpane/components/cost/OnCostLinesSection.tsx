import { Caption1 } from "@fluentui/react-components";
import type { HeadcountCost } from "../../../core/cost/costHeadcount";
import { moneyOf, onCostRows } from "../../cost/costFigures";
import { usePaneLanguage } from "../../translateContext";
import { CostSection } from "./CostSection";
import { MoneyTable } from "./MoneyTable";

/** Each employer on-cost item's year (pension, medical, housing fund, employer NI…). */
export function OnCostLinesSection({ cost }: { cost: HeadcountCost }) {
  const { lang, t } = usePaneLanguage();
  const rows = onCostRows(cost);
  return (
    <CostSection cost={cost} testId="cost-oncosts" title={t("ui.cost.onCostLines")}>
      {(headingId) =>
        rows.length === 0 ? (
          <Caption1>{t("ui.cost.noOnCosts")}</Caption1>
        ) : (
          <MoneyTable
            labelledBy={headingId}
            columns={[
              { header: t("ui.cost.item"), kind: "name" },
              { header: t("ui.cost.cost"), kind: "number" },
            ]}
            rows={rows.map((row) => ({
              key: row.item,
              data: { "data-testid": "cost-oncost-row" },
              cells: [row.item, moneyOf(lang, cost, row.total)],
            }))}
          />
        )
      }
    </CostSection>
  );
}
