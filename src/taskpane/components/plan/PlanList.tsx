import { Badge, Body1Strong, Button, Caption1, makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { Delete16Regular } from "@fluentui/react-icons";
import { useState } from "react";
import type { ScenarioInfo } from "../../../core/scenario/scenarioInfo";
import { formatCountDelta, formatMoneyDelta } from "../../plan/formatDelta";
import type { PlanGlance } from "../../plan/planGlance";
import { usePaneLanguage } from "../../translateContext";

const useStyles = makeStyles({
  list: {
    listStyle: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
  },
  item: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  shown: {
    border: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}`,
    backgroundColor: tokens.colorBrandBackground2,
  },
  text: { display: "flex", flexDirection: "column", minWidth: 0, overflowWrap: "anywhere" },
  actions: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalXS },
  confirm: {
    gridColumn: "1 / -1",
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  meta: { color: tokens.colorNeutralForeground3 },
  more: { color: tokens.colorStatusDangerForeground1 },
  less: { color: tokens.colorStatusSuccessForeground1 },
});

export interface PlanListProps {
  plans: readonly ScenarioInfo[];
  /** The sheet of the plan shown, if one is. */
  shownSheet?: string;
  glances: ReadonlyMap<string, PlanGlance>;
  busy: boolean;
  onShow: (plan: ScenarioInfo) => void;
  /** Deletes the plan (asked only after the user confirms in the list). */
  onDelete: (plan: ScenarioInfo) => void;
}

/** The workbook's plans: each one's name, what it was copied from, and its Δ headcount and cost at a glance. */
export function PlanList({ plans, shownSheet, glances, busy, onShow, onDelete }: PlanListProps) {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  /** The sheet of the plan whose deletion is being confirmed. */
  const [confirming, setConfirming] = useState<string>();
  return (
    <ul className={styles.list} aria-label={t("ui.plan.listLabel")} data-testid="plan-list">
      {plans.map((plan) => {
        const shown = plan.sheetName === shownSheet;
        return (
          <li
            key={plan.sheetName}
            className={mergeClasses(styles.item, shown && styles.shown)}
            data-plan-sheet={plan.sheetName}
            data-shown={shown}
            aria-current={shown ? "true" : undefined}
          >
            <div className={styles.text}>
              <Body1Strong>{plan.title}</Body1Strong>
              <Caption1 className={styles.meta}>
                {plan.source ? t("ui.plan.createdFrom", { source: plan.source }) : t("ui.plan.createdFromCurrent")}
                {" · "}
                {t("ui.plan.sheet", { sheet: plan.sheetName })}
              </Caption1>
              <GlanceLine glance={glances.get(plan.sheetName) ?? { state: "pending" }} />
            </div>
            <div className={styles.actions}>
              {shown ? (
                <Badge appearance="tint">{t("ui.plan.shownBadge")}</Badge>
              ) : (
                <Button size="small" disabled={busy} onClick={() => onShow(plan)} data-testid="plan-show">
                  {t("ui.plan.show")}
                </Button>
              )}
              <Button
                size="small"
                appearance="subtle"
                icon={<Delete16Regular />}
                disabled={busy}
                aria-label={t("ui.plan.deleteLabel", { name: plan.title })}
                title={t("ui.plan.delete")}
                aria-expanded={confirming === plan.sheetName}
                onClick={() => setConfirming(plan.sheetName)}
                data-testid="plan-delete"
              />
            </div>
            {confirming === plan.sheetName && (
              <div className={styles.confirm} role="group" data-testid="plan-delete-confirm">
                <Caption1>{t("ui.plan.deleteConfirm", { name: plan.title })}</Caption1>
                <Button
                  size="small"
                  appearance="primary"
                  disabled={busy}
                  onClick={() => {
                    setConfirming(undefined);
                    onDelete(plan);
                  }}
                  data-testid="plan-delete-yes"
                >
                  {t("ui.plan.deleteYes")}
                </Button>
                <Button size="small" onClick={() => setConfirming(undefined)} data-testid="plan-delete-no">
                  {t("ui.plan.deleteNo")}
                </Button>
              </div>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Δ headcount and Δ cost against the current org, coloured by direction (with the sign, so colour is not the only cue). */
function GlanceLine({ glance }: { glance: PlanGlance }) {
  const styles = useStyles();
  const { lang, t } = usePaneLanguage();
  if (glance.state !== "ready")
    return (
      <Caption1 className={styles.meta}>
        {t(glance.state === "pending" ? "ui.plan.glancePending" : "ui.plan.glanceUnavailable")}
      </Caption1>
    );
  if (glance.deltaHeadcount === 0 && (glance.deltaCost ?? 0) === 0)
    return (
      <Caption1 className={styles.meta} data-testid="plan-glance">
        {t("ui.plan.glanceSame")}
      </Caption1>
    );
  const tone = (value: number) => (value > 0 ? styles.more : value < 0 ? styles.less : styles.meta);
  return (
    <Caption1 data-testid="plan-glance">
      <span className={tone(glance.deltaHeadcount)} data-glance="headcount">
        {t("ui.plan.glanceHeadcount", { delta: formatCountDelta(lang, glance.deltaHeadcount) })}
      </span>
      {glance.deltaCost !== undefined && (
        <>
          {" · "}
          <span className={tone(glance.deltaCost)} data-glance="cost">
            {formatMoneyDelta(lang, glance.deltaCost, glance.currency)}
          </span>
        </>
      )}
    </Caption1>
  );
}
