import { Caption1, Text, useId } from "@fluentui/react-components";
import type { PlanComparison } from "../../../core/compare/planComparison";
import { formatLocaleNumber } from "../../../core/findings/localeFormat";
import { formatCountDelta, formatMoneyDelta, formatTicks } from "../../plan/formatDelta";
import { usePaneLanguage } from "../../translateContext";
import { MoneyTable } from "../cost/MoneyTable";
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
      <MoneyTable
        labelledBy={headingId}
        columns={[
          {
            header: (
              <>
                {t("ui.plan.compare.before")} → {t("ui.plan.compare.after")}
              </>
            ),
            kind: "name",
          },
          { header: t("ui.plan.compare.delta"), kind: "number" },
        ]}
        rows={lines.map((line) => ({
          key: line.key,
          data: { "data-summary": line.key },
          cells: [
            <>
              <Text weight="semibold" block>
                {line.label}
              </Text>
              <Caption1 className={styles.note} data-before-after>
                {line.before} → {line.after}
              </Caption1>
            </>,
            { content: line.deltaText, className: toneOf(styles, line.delta), data: { "data-delta": true } },
          ],
        }))}
      />
      {!costed && <Caption1 className={styles.note}>{t("ui.plan.compare.notCosted")}</Caption1>}
      {departments.length > 0 && (
        <>
          <Text as="h4" id={departmentsId} weight="semibold" size={200} className={styles.heading}>
            {t("ui.plan.compare.byDepartment")}
          </Text>
          <MoneyTable
            labelledBy={departmentsId}
            columns={[
              { header: t("ui.plan.compare.department"), kind: "name" },
              { header: t("ui.plan.compare.headcount"), kind: "number" },
              { header: t("ui.plan.compare.fte"), kind: "number" },
              ...(costed ? [{ header: t("ui.plan.compare.cost"), kind: "number" as const }] : []),
            ]}
            rows={departments.map((line) => ({
              key: line.department,
              data: { "data-testid": "plan-department-row" },
              cells: [
                line.department || t("ui.plan.compare.noDepartment"),
                {
                  content: formatCountDelta(lang, line.delta.headcount),
                  className: toneOf(styles, line.delta.headcount),
                },
                { content: formatCountDelta(lang, line.delta.fte), className: toneOf(styles, line.delta.fte) },
                ...(costed
                  ? [
                      {
                        content: formatMoneyDelta(lang, line.delta.cost, currency),
                        className: toneOf(styles, line.delta.cost),
                      },
                    ]
                  : []),
              ],
            }))}
          />
        </>
      )}
    </section>
  );
}
