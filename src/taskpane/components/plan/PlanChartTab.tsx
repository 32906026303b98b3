import { Caption1, makeStyles, Text, tokens } from "@fluentui/react-components";
import { useState } from "react";
import type { ChartChanges } from "../../../chart/chartChanges";
import type { OrgAnalysis } from "../../../core";
import type { HeadcountCost } from "../../../core/cost/costHeadcount";
import type { CostShown } from "../../../core/cost/costSettingsSetting";
import type { ScenarioEdit } from "../../../core/scenario/scenarioEdit";
import type { PaneHost } from "../../host/paneHost";
import { useElementWidth } from "../../hooks/useElementWidth";
import type { ChartActions, ChartState } from "../../hooks/useChartState";
import { usePaneLanguage } from "../../translateContext";
import { ChartPanel } from "../chart/ChartPanel";
import type { PaneText } from "../../paneNotice";
import { PlanChartSwitch, type PlanChartSide } from "./PlanChartSwitch";

/** Pane widths from which the plan's chart and the current one can stand side by side. */
export const CHARTS_SIDE_BY_SIDE_FROM = 720;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  pair: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalM },
  column: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS, minWidth: 0 },
  hint: { color: tokens.colorNeutralForeground3 },
});

/** One org as a chart panel draws it. */
export interface ChartOrg {
  analysis: OrgAnalysis;
  sheet: string;
  flagged: ReadonlySet<number>;
  cost?: HeadcountCost;
  costShown?: CostShown;
  chart: [ChartState, ChartActions];
}

export interface PlanChartTabProps {
  host: PaneHost;
  name: string;
  plan: ChartOrg;
  /** The version the plan is compared with (the current org, or another plan), when it has been read. */
  baseline?: ChartOrg;
  changes?: ChartChanges;
  onEdit: (edit: ScenarioEdit) => void;
  onProblem: (message: PaneText) => void;
}

/**
 * The Chart tab while a plan is shown: the plan's chart, editable and coloured by change (removed positions as ghosts),
 * or the chart of the version it is compared with, or both side by side where the pane is wide enough.
 */
export function PlanChartTab({ host, name, plan, baseline, changes, onEdit, onProblem }: PlanChartTabProps) {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  const [side, setSide] = useState<PlanChartSide>("plan");
  const [measure, width] = useElementWidth<HTMLDivElement>(360);
  const wide = width >= CHARTS_SIDE_BY_SIDE_FROM;
  const shown: PlanChartSide = !baseline ? "plan" : side === "both" && !wide ? "plan" : side;
  const switcher = baseline && <PlanChartSwitch side={shown} wide={wide} onSide={setSide} />;
  const hint = <Caption1 className={styles.hint}>{t("ui.plan.editHint")}</Caption1>;
  const panel = (org: ChartOrg, editable: boolean, header: React.ReactNode, rowList = true) => (
    <ChartPanel
      host={host}
      analysis={org.analysis}
      sheet={org.sheet}
      chart={org.chart}
      flagged={org.flagged}
      onProblem={onProblem}
      cost={org.cost}
      costShown={org.costShown}
      editable={editable}
      onEdit={editable ? onEdit : undefined}
      changes={editable ? changes : undefined}
      header={header}
      rowList={rowList}
    />
  );
  return (
    <div ref={measure} className={styles.root} data-testid="plan-chart" data-plan-chart-side={shown}>
      {shown === "both" && baseline ? (
        <>
          {switcher}
          {hint}
          <div className={styles.pair}>
            <div className={styles.column} data-chart-of="current">
              <Text weight="semibold">{t("ui.plan.chartCurrentHeading")}</Text>
              {panel(baseline, false, undefined, false)}
            </div>
            <div className={styles.column} data-chart-of="plan">
              <Text weight="semibold">{t("ui.plan.chartPlanHeading", { name })}</Text>
              {panel(plan, true, undefined, false)}
            </div>
          </div>
        </>
      ) : shown === "current" && baseline ? (
        panel(baseline, false, switcher)
      ) : (
        panel(
          plan,
          true,
          <>
            {switcher}
            {hint}
          </>,
        )
      )}
    </div>
  );
}
