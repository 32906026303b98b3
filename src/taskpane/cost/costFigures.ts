import type { HeadcountCost } from "../../core/cost/costHeadcount";
import { ticksToAmount } from "../../core/cost/decimal";
import type { CostMonth } from "../../core/cost/fiscalYear";
import { formatLocaleNumber, formatMoney, intlLocaleOf } from "../../core/findings/localeFormat";
import type { Lang, Translate } from "../../i18n";

/** An amount in ticks as money in the reporting currency, the language's way, to the cent. */
export function moneyOf(lang: Lang, cost: HeadcountCost, ticks: number): string {
  return formatMoney(lang, ticksToAmount(ticks), cost.currency);
}

/** A month as the language names it, short ("Jul 2025", "2025年7月"). */
export function monthLabel(lang: Lang, month: CostMonth, withYear = true): string {
  const date = new Date(Date.UTC(month.year, month.month - 1, 1));
  return new Intl.DateTimeFormat(intlLocaleOf(lang), {
    month: "short",
    ...(withYear ? { year: "numeric" } : {}),
    timeZone: "UTC",
  }).format(date);
}

/** The fiscal year as a span of months ("Jan 2026 – Dec 2026"). */
export function periodText(lang: Lang, t: Translate, months: readonly CostMonth[]): string {
  return t("ui.cost.period", { from: monthLabel(lang, months[0]), to: monthLabel(lang, months[months.length - 1]) });
}

/** The settings every output states: salary basis, proration, pay point, vacancies, currency. */
export function costStatement(t: Translate, cost: HeadcountCost): string {
  const { settings } = cost;
  return t("ui.cost.statement", {
    basis: t(`ui.cost.basis.${settings.salaryBasis}`),
    proration: t(`ui.cost.proration.${settings.proration}`),
    payPoint: t(`ui.cost.payPoint.${settings.payPoint}`),
    vacancies: t(`ui.cost.vacancies.${settings.vacancies}`),
    currency: cost.currency || "—",
  });
}

export interface CostTotals {
  /** Ticks. */
  total: number;
  pay: number;
  onCosts: number;
  headcount: number;
  fte: number;
}

/** The year's total split into pay and on-costs, with headcount and FTE (from the departments: one sum). */
export function costTotals(cost: HeadcountCost): CostTotals {
  let pay = 0;
  let onCosts = 0;
  for (let i = 0; i < cost.pay.length; i++) {
    pay += cost.pay[i];
    onCosts += cost.onCosts[i];
  }
  let headcount = 0;
  let fte = 0;
  for (const department of cost.departments) {
    headcount += department.headcount;
    fte += department.fte;
  }
  return { total: cost.total, pay, onCosts, headcount, fte: Math.round(fte * 1e6) / 1e6 };
}

export interface DepartmentRow {
  department: string;
  headcount: number;
  fte: number;
  /** Ticks. */
  total: number;
  /** The department's part of the total, 0–1. */
  share: number;
}

/** The departments, largest cost first (ties in sheet order). */
export function departmentRows(cost: HeadcountCost): DepartmentRow[] {
  return cost.departments
    .map((department) => ({
      department: department.department,
      headcount: department.headcount,
      fte: department.fte,
      total: department.total,
      share: cost.total > 0 ? department.total / cost.total : 0,
    }))
    .sort((a, b) => b.total - a.total);
}

export interface OnCostRow {
  item: string;
  /** Ticks for the year. */
  total: number;
}

/** Each employer on-cost item's year, largest first. */
export function onCostRows(cost: HeadcountCost): OnCostRow[] {
  return cost.onCostItems
    .map(({ item, months }) => ({ item, total: months.reduce((sum, value) => sum + value, 0) }))
    .sort((a, b) => b.total - a.total);
}

/** A count the language's way (FTE to two decimals). */
export function countText(lang: Lang, value: number): string {
  return formatLocaleNumber(lang, value, 2);
}
