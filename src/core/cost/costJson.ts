import type { Finding, LocalizedFinding } from "../findings/finding";
import { localizeFinding } from "../findings/localizeFinding";
import type { Lang } from "../../i18n";
import type { OrgModel } from "../model/orgModel";
import type { HeadcountCost } from "./costHeadcount";
import { MONTHS } from "./costHeadcount";
import { ticksToAmount } from "./decimal";

/** One month of a position, amounts in the reporting currency. */
export interface CostMonthJson {
  month: string;
  pay: number;
  onCosts: number;
  total: number;
}

/** What `orgwright cost` prints as JSON: amounts in the reporting currency, rounded half up to the cent. */
export interface CostJson {
  currency: string;
  months: string[];
  settings: HeadcountCost["settings"];
  total: number;
  monthTotals: number[];
  onCosts: { item: string; total: number; months: number[] }[];
  departments: { department: string; headcount: number; fte: number; total: number; months: number[] }[];
  positions: { id: string; department: string; posts: number; fte: number; total: number; months: CostMonthJson[] }[];
  /** With their messages, in the output's language. */
  findings: LocalizedFinding[];
}

/**
 * The cost as plain JSON. Each amount is its exact sum (in ticks) rounded to the cent, so a department's total is
 * the rounded sum of its positions, not the sum of their rounded totals. `findings`: the data findings of the
 * analysis passed in, then the cost's own, each with its message in `lang`.
 */
export function toCostJson(cost: HeadcountCost, model: OrgModel, findings: readonly Finding[], lang: Lang): CostJson {
  const keys = cost.months.map((month) => month.key);
  return {
    currency: cost.currency,
    months: keys,
    settings: cost.settings,
    total: ticksToAmount(cost.total),
    monthTotals: Array.from(cost.monthTotals, ticksToAmount),
    onCosts: cost.onCostItems.map((item) => ({
      item: item.item,
      total: ticksToAmount(item.months.reduce((a, b) => a + b, 0)),
      months: Array.from(item.months, ticksToAmount),
    })),
    departments: cost.departments.map((department) => ({
      department: department.department,
      headcount: department.headcount,
      fte: department.fte,
      total: ticksToAmount(department.total),
      months: Array.from(department.months, ticksToAmount),
    })),
    positions: model.positions.map((position, p) => ({
      id: position.id,
      department: position.department,
      posts: cost.posts[p],
      fte: Math.round(cost.fte[p] * 1e6) / 1e6,
      total: ticksToAmount(cost.positionTotals[p]),
      months: keys.map((month, m) => {
        const pay = cost.pay[p * MONTHS + m];
        const onCosts = cost.onCosts[p * MONTHS + m];
        return {
          month,
          pay: ticksToAmount(pay),
          onCosts: ticksToAmount(onCosts),
          total: ticksToAmount(pay + onCosts),
        };
      }),
    })),
    findings: [...findings, ...cost.findings].map((finding) => localizeFinding(finding, lang)),
  };
}

/**
 * A CSV field. Text from cells that starts with `=`, `+`, `-`, `@` (or a tab or carriage return) is prefixed with
 * an apostrophe, so a spreadsheet opening the file reads text, not a formula; numbers stay numbers. Fields with a
 * comma, quote or line break are quoted.
 */
export function csvField(value: string | number): string {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The cost as CSV: one row per position (ID, department, posts, FTE, the months, the year), then the total row. */
export function costCsv(
  json: CostJson,
  totalLabel: string,
  headers: { id: string; department: string; posts: string; fte: string; total: string },
): string {
  const lines: string[] = [];
  const row = (cells: (string | number)[]) => lines.push(cells.map(csvField).join(","));
  row([headers.id, headers.department, headers.posts, headers.fte, ...json.months, headers.total]);
  for (const position of json.positions)
    row([
      position.id,
      position.department,
      position.posts,
      position.fte,
      ...position.months.map((month) => month.total),
      position.total,
    ]);
  row([totalLabel, "", "", "", ...json.monthTotals, json.total]);
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}
