import { Button, makeStyles, Text, tokens } from "@fluentui/react-components";
import { ArrowRight16Regular } from "@fluentui/react-icons";
import { useMemo } from "react";
import type { WorkbookAnalysis } from "../../core/analyzeWorkbook";
import type { FindingSelection } from "../findings/findingSelection";
import { formatNumber } from "../formatNumber";
import { summarizeOrg } from "../summarizeOrg";
import { usePaneLanguage } from "../translateContext";
import { LayerPyramidChart } from "./charts/LayerPyramidChart";
import { SpanBandChart } from "./charts/SpanBandChart";
import { dataFindingsOf } from "./checks/listViewData";
import { FindingsList } from "./FindingsList";
import { SummaryCard } from "./SummaryCard";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
  checks: {
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    flexWrap: "wrap",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
});

export interface OverviewViewProps {
  analysis: WorkbookAnalysis;
  selection: FindingSelection;
  onOpenChecks: () => void;
}

/** The org at a glance: the summary, spans and layers, the findings about the data as read. */
export function OverviewView({ analysis, selection, onOpenChecks }: OverviewViewProps) {
  const styles = useStyles();
  const { lang, t } = usePaneLanguage();
  const summary = useMemo(() => summarizeOrg(analysis), [analysis]);
  const dataFindings = dataFindingsOf(analysis.findings);
  const ruleFindings = analysis.findings.length - dataFindings.length;
  const usable = analysis.columns.missing.length === 0;
  return (
    <div className={styles.root}>
      <SummaryCard summary={summary} />
      {usable && (
        <div className={styles.checks} data-testid="checks-summary">
          <Text size={200}>
            {ruleFindings === 0
              ? t("ui.overview.checksNone")
              : t("ui.overview.checks", { count: formatNumber(lang, ruleFindings) })}
          </Text>
          {ruleFindings > 0 && (
            <Button
              size="small"
              appearance="transparent"
              icon={<ArrowRight16Regular />}
              iconPosition="after"
              onClick={onOpenChecks}
            >
              {t("ui.overview.openChecks")}
            </Button>
          )}
        </div>
      )}
      <FindingsList findings={dataFindings} selection={selection} />
      {usable && (
        <>
          <SpanBandChart spans={analysis.checks.spans} target={analysis.rules.defaultSpan} />
          <LayerPyramidChart layers={analysis.checks.layers} maxLayers={analysis.rules.maxLayers} />
        </>
      )}
    </div>
  );
}
