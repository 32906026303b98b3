import { Caption1, makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import type { HeadcountCost } from "../../../core/cost/costHeadcount";
import type { OrgModel, PositionIndex } from "../../../core/model/orgModel";
import { monthLabel, moneyOf, periodText } from "../../cost/costFigures";
import { usePaneLanguage } from "../../translateContext";
import { CostStatement } from "./CostStatement";
import { useCostStyles } from "./costStyles";
import { MoneyTable } from "./MoneyTable";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    minWidth: 0,
    marginTop: tokens.spacingVerticalS,
  },
});

export interface PositionCostMonthsProps {
  cost: HeadcountCost;
  model: OrgModel;
  position: PositionIndex;
}

/** The selected card's position, month by month: pay, employer on-costs and both, for the fiscal year. */
export function PositionCostMonths({ cost, model, position }: PositionCostMonthsProps) {
  const styles = useStyles();
  const shared = useCostStyles();
  const { lang, t } = usePaneLanguage();
  const headingId = useId("position-cost");
  // The cost belongs to this model (the pane passes it only once the org's checks and cost are in).
  if (position >= cost.positionTotals.length) return null;
  const { id, title } = model.positions[position];
  const name = title || id;
  const heading = (
    <Text as="h3" id={headingId} weight="semibold" className={shared.heading}>
      {t("ui.cost.positionHeading", { title: name, period: periodText(lang, t, cost.months) })}
    </Text>
  );
  if (cost.costed[position] !== 1)
    return (
      <section className={styles.root} aria-labelledby={headingId} data-testid="position-cost">
        {heading}
        <Caption1>{t("ui.cost.positionNotCosted")}</Caption1>
      </section>
    );
  const at = (m: number) => position * 12 + m;
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="position-cost">
      {heading}
      <Caption1 data-testid="position-cost-total">
        {t("ui.cost.positionTotal", { total: moneyOf(lang, cost, cost.positionTotals[position]) })}
      </Caption1>
      <MoneyTable
        labelledBy={headingId}
        columns={[
          { header: t("ui.cost.month"), kind: "plain" },
          { header: t("ui.cost.pay"), kind: "number" },
          { header: t("ui.cost.onCostsShort"), kind: "number" },
        ]}
        rows={cost.months.map((month, m) => ({
          key: month.key,
          data: { "data-testid": "position-cost-month" },
          cells: [
            monthLabel(lang, month),
            moneyOf(lang, cost, cost.pay[at(m)]),
            moneyOf(lang, cost, cost.onCosts[at(m)]),
          ],
        }))}
      />
      <CostStatement cost={cost} />
    </section>
  );
}
