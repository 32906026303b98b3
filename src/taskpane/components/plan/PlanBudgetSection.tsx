import { Caption1, Text, useId } from "@fluentui/react-components";
import type { BudgetVariance } from "../../../core/budget/budgetVariance";
import { formatLocaleNumber } from "../../../core/findings/localeFormat";
import { formatMoneyDelta, formatTicks } from "../../plan/formatDelta";
import { usePaneLanguage } from "../../translateContext";
import { MoneyTable } from "../cost/MoneyTable";
import { toneOf, usePlanStyles } from "./planStyles";

/**
 * The plan held against the workbook's Budget table: its cost against the budget for the year (split into volume —
 * headcount — and rate — cost per head — effects), and each budgeted department's headcount and cost variance, the
 * departments over budget flagged. Shown only when the workbook has a Budget table.
 */
export function PlanBudgetSection({ budget }: { budget: BudgetVariance }) {
  const styles = usePlanStyles();
  const { lang, t } = usePaneLanguage();
  const headingId = useId("plan-budget");
  const { total, currency } = budget;
  const lines = [
    { key: "budget", label: t("ui.plan.budget.budgetCost"), text: formatTicks(lang, total.budgetCost, currency) },
    { key: "actual", label: t("ui.plan.budget.planCost"), text: formatTicks(lang, total.actualCost, currency) },
    {
      key: "variance",
      label: t("ui.plan.budget.variance"),
      text: formatMoneyDelta(lang, total.costVariance, currency),
      tone: total.costVariance,
    },
    {
      key: "volume",
      label: t("ui.plan.budget.volume"),
      text: formatMoneyDelta(lang, total.volumeEffect, currency),
      tone: total.volumeEffect,
    },
    {
      key: "rate",
      label: t("ui.plan.budget.rate"),
      text: formatMoneyDelta(lang, total.rateEffect, currency),
      tone: total.rateEffect,
    },
  ];
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="plan-budget">
      <Text as="h3" id={headingId} weight="semibold" className={styles.heading}>
        {t("ui.plan.compare.budget")}
      </Text>
      <MoneyTable
        labelledBy={headingId}
        header={false}
        columns={[{ kind: "name" }, { kind: "number" }]}
        rows={lines.map((line) => ({
          key: line.key,
          data: { "data-budget": line.key },
          cells: [
            line.label,
            { content: line.text, className: line.tone === undefined ? undefined : toneOf(styles, line.tone) },
          ],
        }))}
      />
      {budget.departments.length > 0 && (
        <MoneyTable
          label={t("ui.plan.compare.byDepartment")}
          columns={[
            { header: t("ui.plan.compare.department"), kind: "name" },
            { header: t("ui.plan.compare.headcount"), kind: "number" },
            { header: t("ui.plan.budget.variance"), kind: "number" },
          ]}
          rows={budget.departments.map((department) => {
            const { year } = department;
            const over = year.overCost || department.months.some((month) => month.overHeadcount);
            return {
              key: `${department.by}-${department.name}`,
              data: { "data-budget-department": department.name },
              cells: [
                {
                  content: (
                    <>
                      {over ? "⚠ " : ""}
                      {department.name}
                    </>
                  ),
                  className: over && styles.flagged,
                },
                <>
                  {formatLocaleNumber(lang, year.actualHeadcount, 1)}
                  {year.budgetHeadcount !== undefined && ` / ${formatLocaleNumber(lang, year.budgetHeadcount, 1)}`}
                </>,
                {
                  content: year.costVariance === undefined ? "—" : formatMoneyDelta(lang, year.costVariance, currency),
                  className: year.costVariance === undefined ? styles.same : toneOf(styles, year.costVariance),
                },
              ],
            };
          })}
        />
      )}
      {budget.unmatched.length > 0 && (
        <Caption1 className={styles.flagged}>
          {t("ui.plan.budget.unmatched", {
            names: budget.unmatched.map((line) => line.name).join(lang === "zh-CN" ? "、" : ", "),
          })}
        </Caption1>
      )}
    </section>
  );
}
