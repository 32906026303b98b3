import { makeStyles, Tab, TabList, tokens } from "@fluentui/react-components";
import { usePaneLanguage } from "../../translateContext";

/** Which org the chart tab draws while a plan is shown. */
export type PlanChartSide = "plan" | "current" | "both";

const useStyles = makeStyles({
  root: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, minWidth: 0, flexWrap: "wrap" },
});

export interface PlanChartSwitchProps {
  side: PlanChartSide;
  /** The pane is wide enough for the two charts side by side. */
  wide: boolean;
  onSide: (side: PlanChartSide) => void;
}

/** Plan / Current (and Side by side where the pane is wide enough): the chart of the plan, coloured by change, or today's. */
export function PlanChartSwitch({ side, wide, onSide }: PlanChartSwitchProps) {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  const sides: PlanChartSide[] = wide ? ["plan", "current", "both"] : ["plan", "current"];
  const label = {
    plan: t("ui.plan.chartPlan"),
    current: t("ui.plan.chartCurrent"),
    both: t("ui.plan.chartSideBySide"),
  };
  return (
    <div className={styles.root}>
      <TabList
        size="small"
        appearance="subtle"
        selectedValue={side === "both" && !wide ? "plan" : side}
        onTabSelect={(_, data) => onSide(data.value as PlanChartSide)}
        aria-label={t("ui.plan.chartShows")}
        data-testid="plan-chart-switch"
      >
        {sides.map((value) => (
          <Tab key={value} value={value} data-plan-chart={value}>
            {label[value]}
          </Tab>
        ))}
      </TabList>
    </div>
  );
}
