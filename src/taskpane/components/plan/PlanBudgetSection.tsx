import {
  Caption1,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  useId,
} from "@fluentui/react-components";
import type { BudgetVariance } from "../../../core/budget/budgetVariance";
import { formatLocaleNumber } from "../../../core/findings/localeFormat";
import { formatMoneyDelta, formatTicks } from "../../plan/formatDelta";
import { usePaneLanguage } from "../../translateContext";
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
      <Table size="extra-small" className={styles.table} aria-labelledby={headingId}>
        <TableBody>
          {lines.map((line) => (
            <TableRow key={line.key} data-budget={line.key}>
              <TableCell className={styles.name}>{line.label}</TableCell>
              <TableCell
                className={mergeClasses(styles.number, line.tone === undefined ? undefined : toneOf(styles, line.tone))}
              >
                {line.text}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {budget.departments.length > 0 && (
        <Table size="extra-small" className={styles.table} aria-label={t("ui.plan.compare.byDepartment")}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("ui.plan.compare.department")}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t("ui.plan.compare.headcount")}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t("ui.plan.budget.variance")}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {budget.departments.map((department) => {
              const { year } = department;
              const over = year.overCost || department.months.some((month) => month.overHeadcount);
              return (
                <TableRow key={`${department.by}-${department.name}`} data-budget-department={department.name}>
                  <TableCell className={mergeClasses(styles.name, over && styles.flagged)}>
                    {over ? "⚠ " : ""}
                    {department.name}
                  </TableCell>
                  <TableCell className={styles.number}>
                    {formatLocaleNumber(lang, year.actualHeadcount, 1)}
                    {year.budgetHeadcount !== undefined && ` / ${formatLocaleNumber(lang, year.budgetHeadcount, 1)}`}
                  </TableCell>
                  <TableCell
                    className={mergeClasses(
                      styles.number,
                      year.costVariance === undefined ? styles.same : toneOf(styles, year.costVariance),
                    )}
                  >
                    {year.costVariance === undefined ? "—" : formatMoneyDelta(lang, year.costVariance, currency)}
                  </TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
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
