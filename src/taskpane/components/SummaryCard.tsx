import { makeStyles, mergeClasses, Text, tokens, useId } from "@fluentui/react-components";
import { CheckmarkCircle16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { MessageKey } from "../../i18n";
import { formatNumber } from "../formatNumber";
import type { OrgSummary } from "../summarizeOrg";
import { usePaneLanguage } from "../translateContext";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  heading: { margin: 0 },
  stats: {
    display: "grid",
    gridTemplateColumns: "repeat(3, minmax(0, 1fr))",
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  stat: {
    display: "flex",
    flexDirection: "column-reverse",
    justifyContent: "flex-end",
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    minWidth: 0,
  },
  wide: { gridColumn: "1 / -1" },
  label: {
    margin: 0,
    color: tokens.colorNeutralForeground2,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
  },
  value: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
    overflowWrap: "anywhere",
  },
  line: {
    display: "flex",
    alignItems: "flex-start",
    gap: tokens.spacingHorizontalXS,
    color: tokens.colorNeutralForeground2,
  },
  icon: { flexShrink: 0, marginTop: "2px" },
  balanced: { color: tokens.colorPaletteGreenForeground1 },
  unbalanced: { color: tokens.colorPaletteRedForeground1 },
});

export interface SummaryCardProps {
  summary: OrgSummary;
}

/** The org in numbers, and the row reconciliation: rows read = positions + rows only in findings. */
export function SummaryCard({ summary }: SummaryCardProps) {
  const styles = useStyles();
  const { lang, t } = usePaneLanguage();
  const headingId = useId("summary-heading");
  const n = (value: number, digits = 0) => formatNumber(lang, value, digits);
  const stats: [MessageKey, string, string][] = [
    ["ui.summary.rowsRead", "rowsRead", n(summary.rowsRead)],
    ["ui.summary.positions", "positions", n(summary.positions)],
    ["ui.summary.layers", "layers", n(summary.layers)],
    ["ui.summary.tops", "tops", n(summary.tops)],
    ["ui.summary.vacancies", "vacancies", n(summary.vacancies)],
    ["ui.summary.totalFte", "totalFte", n(summary.totalFte, 2)],
  ];
  const salary = summary.totalSalary?.map(({ currency, amount }) =>
    currency ? `${n(amount)} ${currency}` : n(amount),
  );
  const reconciliation = {
    rowsRead: n(summary.rowsRead),
    positions: n(summary.positions),
    rowsOnlyInFindings: n(summary.rowsOnlyInFindings),
  };

  return (
    <section className={styles.root} aria-labelledby={headingId}>
      <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.heading}>
        {t("ui.summary.heading")}
      </Text>
      <dl className={styles.stats}>
        {stats.map(([label, key, value]) => (
          <div key={key} className={styles.stat} data-summary={key}>
            <dt className={styles.label}>{t(label)}</dt>
            <dd className={styles.value}>{value}</dd>
          </div>
        ))}
        {salary && salary.length > 0 && (
          <div className={mergeClasses(styles.stat, styles.wide)} data-summary="totalSalary">
            <dt className={styles.label}>{t("ui.summary.totalSalary")}</dt>
            <dd className={styles.value}>{salary.join(" + ")}</dd>
          </div>
        )}
      </dl>
      <Text size={200} className={styles.line} data-summary="reconciliation">
        {summary.reconciled ? (
          <CheckmarkCircle16Filled aria-hidden className={mergeClasses(styles.icon, styles.balanced)} />
        ) : (
          <Warning16Filled aria-hidden className={mergeClasses(styles.icon, styles.unbalanced)} />
        )}
        <span>
          {t(summary.reconciled ? "ui.summary.reconciliation" : "ui.summary.reconciliationBroken", reconciliation)}
        </span>
      </Text>
      {summary.blankRowsSkipped > 0 && (
        <Text size={200} className={styles.line}>
          {t("ui.summary.blankRows", { count: n(summary.blankRowsSkipped) })}
        </Text>
      )}
    </section>
  );
}
