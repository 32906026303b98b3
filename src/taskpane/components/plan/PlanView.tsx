import { Button, Caption1, Dropdown, Field, makeStyles, Option, Text, tokens, useId } from "@fluentui/react-components";
import { Add16Regular, TableArrowUp20Regular } from "@fluentui/react-icons";
import { useState } from "react";
import type { PlanComparison } from "../../../core/compare/planComparison";
import type { CompareWith } from "../../hooks/usePlanComparison";
import type { PlansActions, PlansState } from "../../hooks/usePlans";
import { defaultPlanName } from "../../plan/defaultPlanName";
import type { PlanGlance } from "../../plan/planGlance";
import { usePaneLanguage } from "../../translateContext";
import { AnalysisStatus } from "../AnalysisStatus";
import { ChangeList } from "./ChangeList";
import { CoverageDeltaSection, FindingsDeltaSection, StructureSection } from "./ChecksDeltaSection";
import { ComparisonSummary } from "./ComparisonSummary";
import { CostBridgeSection } from "./CostBridgeSection";
import { NewPlanForm } from "./NewPlanForm";
import { PlanBudgetSection } from "./PlanBudgetSection";
import { PlanList } from "./PlanList";

const useStyles = makeStyles({
  // A readable column in a wide pane (the figures stay next to their labels).
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0, maxWidth: "760px" },
  head: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { margin: 0 },
  note: { color: tokens.colorNeutralForeground3 },
  newButton: { alignSelf: "flex-start" },
  comparison: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    paddingTop: tokens.spacingVerticalM,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minWidth: 0,
  },
  dropdown: { minWidth: 0, maxWidth: "100%" },
});

export interface PlanViewProps {
  plans: PlansState;
  actions: PlansActions;
  glances: ReadonlyMap<string, PlanGlance>;
  /** False until the current org has been read and checked (a plan is a copy of it). */
  canCreate: boolean;
  comparison?: PlanComparison;
  comparisonPending: boolean;
  compareWith: CompareWith;
  onCompareWith: (against: CompareWith) => void;
  /** A change clicked in the list: its card is selected on the plan's chart. */
  onSelectPosition: (id: string) => void;
  /** Writes the Plan comparison sheet; absent while there is no comparison to write. */
  onWriteComparison?: () => void;
}

/**
 * The Plan tab: the workbook's plans (each with its Δ headcount and cost against the current org), a new plan in one
 * click, and — while a plan is shown — its comparison with the current org or another plan: the summary, the change
 * list, the cost bridge, Δ spans and layers, findings new and resolved, coverage lost or gained.
 */
export function PlanView({
  plans,
  actions,
  glances,
  canCreate,
  comparison,
  comparisonPending,
  compareWith,
  onCompareWith,
  onSelectPosition,
  onWriteComparison,
}: PlanViewProps) {
  const styles = useStyles();
  const { lang, t } = usePaneLanguage();
  const headingId = useId("plan-heading");
  const [creating, setCreating] = useState(false);
  const shown = plans.shown;
  const others = plans.plans.filter((plan) => plan.sheetName !== shown?.info.sheetName);
  const compareKey = compareWith.kind === "current" ? "" : compareWith.sheet;
  const compareLabel = (key: string) =>
    key === ""
      ? t("ui.plan.compare.current")
      : t("ui.plan.compare.plan", { name: plans.plans.find((plan) => plan.sheetName === key)?.title ?? key });

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="plan">
      <div className={styles.head}>
        <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
          {t("ui.plan.heading")}
        </Text>
        <Caption1 className={styles.note}>{t("ui.plan.intro")}</Caption1>
      </div>
      {creating ? (
        <NewPlanForm
          defaultName={defaultPlanName(
            lang,
            plans.plans.map((plan) => plan.title),
          )}
          taken={plans.plans.map((plan) => plan.title)}
          shownName={shown?.info.title}
          busy={plans.busy}
          onCreate={(name, fromShown) => {
            setCreating(false);
            actions.create(name, fromShown);
          }}
          onCancel={() => setCreating(false)}
        />
      ) : (
        <Button
          className={styles.newButton}
          appearance="primary"
          icon={<Add16Regular />}
          disabled={!canCreate || plans.busy}
          onClick={() => setCreating(true)}
          data-testid="plan-new"
        >
          {shown ? t("ui.plan.newFromShown") : t("ui.plan.new")}
        </Button>
      )}
      {plans.plans.length === 0 ? (
        <Caption1 className={styles.note}>{t("ui.plan.none")}</Caption1>
      ) : (
        <PlanList
          plans={plans.plans}
          shownSheet={shown?.info.sheetName}
          glances={glances}
          busy={plans.busy}
          onShow={actions.show}
          onDelete={actions.remove}
        />
      )}
      {shown && (
        <div className={styles.comparison} data-testid="plan-comparison">
          <Field label={t("ui.plan.compare.against")}>
            <Dropdown
              className={styles.dropdown}
              value={compareLabel(compareKey)}
              selectedOptions={[compareKey]}
              onOptionSelect={(_, data) =>
                onCompareWith(data.optionValue ? { kind: "plan", sheet: data.optionValue } : { kind: "current" })
              }
              data-testid="plan-compare-with"
            >
              <Option value="">{compareLabel("")}</Option>
              {others.map((plan) => (
                <Option key={plan.sheetName} value={plan.sheetName}>
                  {compareLabel(plan.sheetName)}
                </Option>
              ))}
            </Dropdown>
          </Field>
          {shown.problem ? null : comparison ? (
            <>
              {onWriteComparison && (
                <Button
                  className={styles.newButton}
                  icon={<TableArrowUp20Regular />}
                  disabled={plans.busy}
                  onClick={onWriteComparison}
                  data-testid="plan-write-comparison"
                >
                  {t("ui.plan.writeComparison")}
                </Button>
              )}
              <ComparisonSummary comparison={comparison} />
              <ChangeList comparison={comparison} onSelect={onSelectPosition} />
              <CostBridgeSection comparison={comparison} />
              <StructureSection comparison={comparison} />
              <FindingsDeltaSection comparison={comparison} />
              <CoverageDeltaSection comparison={comparison} />
              {shown.loaded?.budget && <PlanBudgetSection budget={shown.loaded.budget} />}
            </>
          ) : comparisonPending ? (
            <AnalysisStatus busy stage={shown.stage ?? "checks"} />
          ) : (
            <Caption1 className={styles.note}>{t("ui.plan.compare.unavailable")}</Caption1>
          )}
        </div>
      )}
    </section>
  );
}
