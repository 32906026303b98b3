import { Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import type { HeadcountCost } from "../../../core/cost/costHeadcount";
import { costTotals, countText, moneyOf, periodText } from "../../cost/costFigures";
import { usePaneLanguage } from "../../translateContext";
import { CostStatement } from "./CostStatement";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  total: { fontVariantNumeric: "tabular-nums", overflowWrap: "anywhere" },
  figures: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(140px, 1fr))",
    gap: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
    margin: 0,
  },
  figure: { display: "flex", justifyContent: "space-between", gap: tokens.spacingHorizontalS, margin: 0 },
  label: { color: tokens.colorNeutralForeground2 },
  value: { margin: 0, fontVariantNumeric: "tabular-nums", whiteSpace: "nowrap" },
});

/** The year's fully loaded total, its pay and on-costs, headcount and FTE, and the settings it was costed on. */
export function CostTotalCard({ cost }: { cost: HeadcountCost }) {
  const styles = useStyles();
  const { lang, t } = usePaneLanguage();
  const totals = costTotals(cost);
  const figures: [string, string, string][] = [
    [t("ui.cost.pay"), moneyOf(lang, cost, totals.pay), "pay"],
    [t("ui.cost.onCosts"), moneyOf(lang, cost, totals.onCosts), "on-costs"],
    [t("ui.cost.headcount"), countText(lang, totals.headcount), "headcount"],
    [t("ui.cost.fte"), countText(lang, totals.fte), "fte"],
  ];
  return (
    <div className={styles.root} data-testid="cost-total-card">
      <Caption1 className={styles.label}>{t("ui.cost.total", { period: periodText(lang, t, cost.months) })}</Caption1>
      <Text size={600} weight="semibold" className={styles.total} data-testid="cost-total">
        {moneyOf(lang, cost, totals.total)}
      </Text>
      <dl className={styles.figures}>
        {figures.map(([label, value, key]) => (
          <div key={key} className={styles.figure}>
            <dt className={styles.label}>{label}</dt>
            <dd className={styles.value} data-testid={`cost-${key}`}>
              {value}
            </dd>
          </div>
        ))}
      </dl>
      <CostStatement cost={cost} />
    </div>
  );
}
