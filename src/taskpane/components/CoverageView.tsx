import { Caption1, makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import { useMemo } from "react";
import type { WorkbookAnalysis } from "../../core/analyzeWorkbook";
import { findingKindOf } from "../../core";
import type { FindingSelection } from "../findings/findingSelection";
import { groupFindingsByRule } from "../findings/groupFindingsByRule";
import { formatNumber } from "../formatNumber";
import { usePaneLanguage } from "../translateContext";
import { CoverageHeatmap } from "./charts/CoverageHeatmap";
import { CheckFindings } from "./checks/CheckFindings";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  muted: { color: tokens.colorNeutralForeground2 },
});

export interface CoverageViewProps {
  analysis: WorkbookAnalysis;
  selection: FindingSelection;
}

/** Cross-department coverage: the capability × department heatmap, then the coverage findings. */
export function CoverageView({ analysis, selection }: CoverageViewProps) {
  const styles = useStyles();
  const { lang, t } = usePaneLanguage();
  const headingId = useId("coverage-heading");
  const findingsHeadingId = useId("coverage-findings");
  const { catalogue } = analysis;
  const { matrix } = analysis.coverage;
  const groups = useMemo(
    () => groupFindingsByRule(analysis.findings.filter((finding) => findingKindOf(finding.code) === "coverage")),
    [analysis],
  );
  const count = formatNumber(lang, catalogue.capabilities.length);
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="coverage">
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {t("ui.coverage.heading")}
      </Text>
      <Caption1 className={styles.muted} data-testid="coverage-catalogue" data-catalogue={catalogue.source}>
        {catalogue.source === "workbook"
          ? t("ui.coverage.catalogueWorkbook", { sheet: catalogue.sheetName ?? "", count })
          : catalogue.source === "sheet"
            ? t("ui.coverage.catalogueSheet", { count })
            : t("ui.coverage.catalogueDefault", { count })}
      </Caption1>
      {matrix.rows.length === 0 ? (
        <Text size={200} className={styles.muted}>
          {t("ui.coverage.none")}
        </Text>
      ) : (
        <CoverageHeatmap matrix={matrix} labelledBy={headingId} />
      )}
      {groups.length > 0 && (
        <section aria-labelledby={findingsHeadingId} className={styles.root}>
          <Text as="h3" id={findingsHeadingId} size={300} weight="semibold" className={styles.heading}>
            {t("ui.coverage.findings")}
          </Text>
          <CheckFindings groups={groups} selection={selection} />
        </section>
      )}
    </section>
  );
}
