import {
  mergeClasses,
  Caption1,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  useId,
} from "@fluentui/react-components";
import type { PlanComparison } from "../../../core/compare/planComparison";
import { formatLocaleNumber } from "../../../core/findings/localeFormat";
import { formatCountDelta, formatMoneyDelta, formatTicks } from "../../plan/formatDelta";
import { usePaneLanguage } from "../../translateContext";
import { toneOf, usePlanStyles } from "./planStyles";

/** Δ headcount, Δ FTE and Δ cost (fully loaded, the fiscal year): in total, then by department. */
export function ComparisonSummary({ comparison }: { comparison: PlanComparison }) {
  const styles = usePlanStyles();
  const { lang, t } = usePaneLanguage();
  const headingId = useId("plan-summary");
  const departmentsId = useId("plan-departments");
  const { total, byDepartment } = comparison.delta;
  const { currency, costed } = comparison;
  const lines = [
    {
      key: "headcount",
      label: t("ui.plan.compare.headcount"),
      before: formatLocaleNumber(lang, total.baseline.headcount),
      after: formatLocaleNumber(lang, total.plan.headcount),
      delta: total.delta.headcount,
      deltaText: formatCountDelta(lang, total.delta.headcount),
    },
    {
      key: "fte",
      label: t("ui.plan.compare.fte"),
      before: formatLocaleNumber(lang, total.baseline.fte),
      after: formatLocaleNumber(lang, total.plan.fte),
      delta: total.delta.fte,
      deltaText: formatCountDelta(lang, total.delta.fte),
    },
    ...(costed
      ? [
          {
            key: "cost",
            label: t("ui.plan.compare.cost"),
            before: formatTicks(lang, total.baseline.cost, currency),
            after: formatTicks(lang, total.plan.cost, currency),
            delta: total.delta.cost,
            deltaText: formatMoneyDelta(lang, total.delta.cost, currency),
          },
        ]
      : []),
  ];
  const departments = byDepartment.filter(
    (line) => line.delta.headcount !== 0 || line.delta.fte !== 0 || line.delta.cost !== 0,
  );
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="plan-summary">
      <Text as="h3" id={headingId} weight="semibold" className={styles.heading}>
        {t("ui.plan.compare.summary")}
      </Text>
      <Table size="extra-small" className={styles.table} aria-labelledby={headingId}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>
              {t("ui.plan.compare.before")} → {t("ui.plan.compare.after")}
            </TableHeaderCell>
            <TableHeaderCell className={styles.number}>{t("ui.plan.compare.delta")}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {lines.map((line) => (
            <TableRow key={line.key} data-summary={line.key}>
              <TableCell className={styles.name}>
                <Text weight="semibold" block>
                  {line.label}
                </Text>
                <Caption1 className={styles.note} data-before-after>
                  {line.before} → {line.after}
                </Caption1>
              </TableCell>
              <TableCell className={mergeClasses(styles.number, toneOf(styles, line.delta))} data-delta>
                {line.deltaText}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      {!costed && <Caption1 className={styles.note}>{t("ui.plan.compare.notCosted")}</Caption1>}
      {departments.length > 0 && (
        <>
          <Text as="h4" id={departmentsId} weight="semibold" size={200} className={styles.heading}>
            {t("ui.plan.compare.byDepartment")}
          </Text>
          <Table size="extra-small" className={styles.table} aria-labelledby={departmentsId}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t("ui.plan.compare.department")}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{t("ui.plan.compare.headcount")}</TableHeaderCell>
                <TableHeaderCell className={styles.number}>{t("ui.plan.compare.fte")}</TableHeaderCell>
                {costed && <TableHeaderCell className={styles.number}>{t("ui.plan.compare.cost")}</TableHeaderCell>}
              </TableRow>
            </TableHeader>
            <TableBody>
              {departments.map((line) => (
                <TableRow key={line.department} data-testid="plan-department-row">
                  <TableCell className={styles.name}>{line.department || t("ui.plan.compare.noDepartment")}</TableCell>
                  <TableCell className={mergeClasses(styles.number, toneOf(styles, line.delta.headcount))}>
                    {formatCountDelta(lang, line.delta.headcount)}
                  </TableCell>
                  <TableCell className={mergeClasses(styles.number, toneOf(styles, line.delta.fte))}>
                    {formatCountDelta(lang, line.delta.fte)}
                  </TableCell>
                  {costed && (
                    <TableCell className={mergeClasses(styles.number, toneOf(styles, line.delta.cost))}>
                      {formatMoneyDelta(lang, line.delta.cost, currency)}
                    </TableCell>
                  )}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </>
      )}
    </section>
  );
}
