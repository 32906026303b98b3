import {
  Badge,
  makeStyles,
  mergeClasses,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
  useId,
} from "@fluentui/react-components";
import type {
  BudgetDepartmentVariance,
  BudgetMonthVariance,
  BudgetVariance,
  BudgetYearVariance,
} from "../../../core/budget/budgetVariance";
import { monthRuns } from "../../../core/budget/monthRuns";
import { ticksToAmount } from "../../../core/cost/decimal";
import { formatLocaleNumber, formatMoney } from "../../../core/findings/localeFormat";
import type { Lang } from "../../../i18n";
import { usePaneLanguage } from "../../translateContext";
import { useCostStyles } from "./costStyles";

const useStyles = makeStyles({
  over: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  scroll: { overflowX: "auto", minWidth: 0 },
  department: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  year: { fontWeight: tokens.fontWeightSemibold },
  month: { whiteSpace: "nowrap" },
  // Four columns of money fit a 350 px pane: smaller text, narrower cell padding.
  compact: {
    fontSize: tokens.fontSizeBase200,
    "& td, & th": { paddingLeft: tokens.spacingHorizontalXS, paddingRight: tokens.spacingHorizontalXS },
  },
});

/** What a month's row shows: months in a row with the same figures are shown as one row ("Jan–Jun 2026"). */
function sameFigures(a: BudgetMonthVariance, b: BudgetMonthVariance): boolean {
  return (
    a.actualHeadcount === b.actualHeadcount &&
    a.budgetHeadcount === b.budgetHeadcount &&
    a.costVariance === b.costVariance &&
    a.volumeEffect === b.volumeEffect &&
    a.rateEffect === b.rateEffect &&
    a.overHeadcount === b.overHeadcount &&
    a.overCost === b.overCost
  );
}

/** The budgeted months, consecutive months with the same figures taken together. */
export function monthGroups(months: readonly BudgetMonthVariance[]): BudgetMonthVariance[][] {
  const groups: BudgetMonthVariance[][] = [];
  months.forEach((row, m) => {
    if (row.budgetHeadcount === undefined && row.budgetCost === undefined) return;
    const last = groups[groups.length - 1];
    const previous = last?.[last.length - 1];
    if (previous && months[m - 1] === previous && sameFigures(previous, row)) last.push(row);
    else groups.push([row]);
  });
  return groups;
}

function signedMoney(lang: Lang, ticks: number | undefined, currency: string): string {
  if (ticks === undefined) return "–";
  const amount = ticksToAmount(ticks);
  const text = formatMoney(lang, amount, currency);
  return amount > 0 ? `+${text}` : text;
}

function headcountText(lang: Lang, actual: number, budget: number | undefined): string {
  const format = (value: number) => formatLocaleNumber(lang, value, 2);
  return budget === undefined ? format(actual) : `${format(actual)} / ${format(budget)}`;
}

/** A month, or the year, of one department: headcount actual / budget, cost variance, volume and rate. */
function VarianceRow({
  label,
  row,
  currency,
  testId,
}: {
  label: string;
  row: BudgetMonthVariance | BudgetYearVariance;
  currency: string;
  testId: string;
}) {
  const styles = useCostStyles();
  const own = useStyles();
  const { lang, t } = usePaneLanguage();
  const overHeadcount = "overHeadcount" in row && row.overHeadcount;
  const isYear = !("overHeadcount" in row);
  return (
    <TableRow
      data-testid={testId}
      data-over={overHeadcount || row.overCost ? "true" : undefined}
      className={isYear ? own.year : undefined}
    >
      <TableCell className={isYear ? undefined : own.month}>{label}</TableCell>
      <TableCell
        className={mergeClasses(styles.number, overHeadcount && own.over)}
        title={overHeadcount ? t("ui.budget.over") : undefined}
      >
        {headcountText(lang, row.actualHeadcount, row.budgetHeadcount)}
      </TableCell>
      <TableCell
        className={mergeClasses(styles.number, row.overCost && own.over)}
        title={row.overCost ? t("ui.budget.over") : undefined}
      >
        {signedMoney(lang, row.costVariance, currency)}
      </TableCell>
      <TableCell className={styles.number}>
        <div data-testid="budget-volume">{signedMoney(lang, row.volumeEffect, currency)}</div>
        <div data-testid="budget-rate">{signedMoney(lang, row.rateEffect, currency)}</div>
      </TableCell>
    </TableRow>
  );
}

/** One budgeted department: its months with a budget, then its year. */
function DepartmentVariance({ department, currency }: { department: BudgetDepartmentVariance; currency: string }) {
  const styles = useCostStyles();
  const own = useStyles();
  const { lang, t } = usePaneLanguage();
  const headingId = useId("budget-department");
  const groups = monthGroups(department.months);
  const over = department.year.overCost || department.months.some((row) => row.overHeadcount || row.overCost);
  const { year } = department;
  const yearLabel =
    year.basis === "annual"
      ? t("ui.budget.yearOf", { year: t("ui.budget.year"), detail: t("ui.budget.annual") })
      : year.months.length > 0
        ? t("ui.budget.yearOf", { year: t("ui.budget.year"), detail: monthRuns(year.months, lang) })
        : t("ui.budget.year");
  return (
    <div data-testid="budget-department" data-department={department.name}>
      <div className={own.department}>
        <Text id={headingId} weight="semibold" className={styles.name}>
          {department.name}
          {department.by === "costCenter" ? ` (${t("ui.budget.costCenter")})` : ""}
        </Text>
        {over && (
          <Badge appearance="tint" color="danger" size="small" data-testid="budget-over-badge">
            {t("ui.budget.over")}
          </Badge>
        )}
      </div>
      <div className={own.scroll}>
        <Table size="extra-small" className={mergeClasses(styles.table, own.compact)} aria-labelledby={headingId}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t("ui.budget.month")}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t("ui.budget.headcount")}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>{t("ui.budget.variance")}</TableHeaderCell>
              <TableHeaderCell className={styles.number}>
                {t("ui.budget.volumeRate", { volume: t("ui.budget.volume"), rate: t("ui.budget.rate") })}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {groups.map((group) => (
              <VarianceRow
                key={group[0].month}
                label={monthRuns(
                  group.map((row) => row.month),
                  lang,
                )}
                row={group[0]}
                currency={currency}
                testId="budget-month-row"
              />
            ))}
            {year.basis !== "none" && (
              <VarianceRow label={yearLabel} row={year} currency={currency} testId="budget-year-row" />
            )}
          </TableBody>
        </Table>
      </div>
    </div>
  );
}

/**
 * The Cost tab's Budget section: each department (or cost center) of the workbook's Budget table, month by month,
 * headcount actual / budget and the cost variance split into volume and rate effects, over budget highlighted; the
 * total's split; the budget lines that match no department.
 */
export function BudgetSection({ budget }: { budget: BudgetVariance }) {
  const styles = useCostStyles();
  const { lang, t } = usePaneLanguage();
  const headingId = useId("cost-budget");
  const { total, currency } = budget;
  return (
    <section className={styles.section} aria-labelledby={headingId} data-testid="cost-budget">
      <Text as="h3" id={headingId} weight="semibold" className={styles.heading}>
        {t("ui.budget.heading")}
      </Text>
      <Text size={200} className={styles.statement}>
        {t("ui.budget.sheet", { sheet: budget.sheet })}
      </Text>
      {budget.departments.length === 0 && <Text>{t("ui.budget.none")}</Text>}
      {budget.departments.map((department) => (
        <DepartmentVariance key={`${department.by}:${department.name}`} department={department} currency={currency} />
      ))}
      {budget.departments.length > 0 && (
        <Text data-testid="budget-total">
          {t(total.unsplit === 0 ? "ui.budget.totalLine" : "ui.budget.totalLineUnsplit", {
            variance: signedMoney(lang, total.costVariance, currency),
            volume: signedMoney(lang, total.volumeEffect, currency),
            rate: signedMoney(lang, total.rateEffect, currency),
            unsplit: signedMoney(lang, total.unsplit, currency),
          })}
        </Text>
      )}
      {budget.unmatched.length > 0 && (
        <Text data-testid="budget-unmatched" className={styles.name}>
          {t("ui.budget.unmatched", { names: budget.unmatched.map((entry) => entry.name).join(", ") })}
        </Text>
      )}
      <Text size={200} className={styles.statement}>
        {t("ui.budget.explain")}
      </Text>
    </section>
  );
}
