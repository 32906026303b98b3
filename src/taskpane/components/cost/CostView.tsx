import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Text,
  tokens,
  useId,
} from "@fluentui/react-components";
import { useMemo } from "react";
import type { BudgetVariance } from "../../../core/budget/budgetVariance";
import type { HeadcountCost } from "../../../core/cost/costHeadcount";
import type { SavedCostSettings } from "../../../core/cost/costSettingsSetting";
import type { OrgModel } from "../../../core/model/orgModel";
import { positionValuesOf } from "../../../core/rollup/positionValues";
import { shownMessage } from "../../findings/shownMessage";
import { formatNumber } from "../../formatNumber";
import { usePaneLanguage } from "../../translateContext";
import { BudgetSection } from "./BudgetSection";
import { CostSettingsForm } from "./CostSettingsForm";
import { CostTotalCard } from "./CostTotalCard";
import { DepartmentCostSection } from "./DepartmentCostSection";
import { MonthlyCostSection } from "./MonthlyCostSection";
import { OnCostLinesSection } from "./OnCostLinesSection";
import { WriteCostSheet } from "./WriteCostSheet";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalM, minWidth: 0 },
  heading: { margin: 0 },
  findings: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
});

/** Cost findings listed in the bar; the rest are counted. */
const FINDINGS_SHOWN = 5;

export interface CostViewProps {
  /** Undefined when the positions cannot be read as an org. */
  cost: HeadcountCost | undefined;
  /** The workbook's Budget table held against the cost, when it has one. */
  budget?: BudgetVariance;
  model: OrgModel;
  saved: SavedCostSettings;
  busy: boolean;
  onSave: (saved: SavedCostSettings) => void;
  /** Writes the Headcount cost sheet (live formulas) into the workbook; no button without it. */
  onWriteSheet?: () => void;
}

/**
 * The Cost tab: the fiscal year's fully loaded total, by department, month by month and by on-cost line, with
 * headcount and FTE; each output states the salary basis and proration; the settings, saved in the workbook.
 */
export function CostView({ cost, budget, model, saved, busy, onSave, onWriteSheet }: CostViewProps) {
  const styles = useStyles();
  const { lang, t } = usePaneLanguage();
  const headingId = useId("cost-heading");
  const mainCurrency = useMemo(() => positionValuesOf(model).currencies[0] ?? "", [model]);
  if (!cost)
    return (
      <section className={styles.root} data-testid="cost">
        <Text>{t("ui.cost.unavailable")}</Text>
      </section>
    );
  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="cost">
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {t("ui.cost.heading")}
      </Text>
      <CostTotalCard cost={cost} />
      {onWriteSheet && <WriteCostSheet busy={busy} onWrite={onWriteSheet} />}
      {cost.findings.length > 0 && (
        <MessageBar intent="warning" layout="multiline" data-testid="cost-findings">
          <MessageBarBody>
            <MessageBarTitle>
              {t("ui.cost.findings", { count: formatNumber(lang, cost.findings.length) })}
            </MessageBarTitle>
            <ul className={styles.findings}>
              {cost.findings.slice(0, FINDINGS_SHOWN).map((finding, i) => (
                <li key={i}>{shownMessage(finding, lang)}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      <DepartmentCostSection cost={cost} />
      <MonthlyCostSection cost={cost} />
      <OnCostLinesSection cost={cost} />
      {budget && <BudgetSection budget={budget} />}
      <CostSettingsForm
        key={JSON.stringify(saved)}
        saved={saved}
        year={cost.settings.year}
        mainCurrency={mainCurrency}
        busy={busy}
        onSave={onSave}
      />
    </section>
  );
}
