import { monthOfName } from "../cells/monthName";
import { isoDateFromSerial, parseDate } from "../cells/parseDate";
import type { CostMonth } from "../cost/fiscalYear";

/**
 * The period of one Budget line: the fiscal year (a blank Month cell, or "Annual", "Year", "FY", "全年", "年度"), a
 * month of a year ("2026-03", "2026/3", "Mar 2026", "March 2026", "Mar-26", "2026年3月", a date such as 2026-03-01
 * or an Excel date serial: only its year and month count), or a month number alone (3, "3月", "Mar"): the calendar
 * month of that number within the fiscal year (3 is March, not the third month of a fiscal year from July).
 */
export type BudgetPeriod = { kind: "year" } | { kind: "month"; year?: number; month: number };

const YEAR_WORDS = new Set(["", "annual", "year", "fy", "full year", "total", "全年", "年度", "全年度", "年"]);

function valid(year: number | undefined, month: number): BudgetPeriod | undefined {
  if (!Number.isInteger(month) || month < 1 || month > 12) return undefined;
  if (year !== undefined && (year < 1900 || year > 9999)) return undefined;
  return year === undefined ? { kind: "month", month } : { kind: "month", year, month };
}

/** The period a Month cell's text names, or undefined when it names none (the caller reports INVALID_DATE). */
export function parseBudgetPeriod(cellText: string): BudgetPeriod | undefined {
  const text = cellText.normalize("NFKC").trim().replace(/\s+/g, " ");
  if (YEAR_WORDS.has(text.toLowerCase())) return { kind: "year" };
  let match = /^(\d{1,2})\s*月?$/.exec(text);
  if (match) return valid(undefined, Number(match[1]));
  match = /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*月?$/.exec(text);
  if (match) return valid(Number(match[1]), Number(match[2]));
  match = /^([A-Za-z]+)\.?(?:[\s\-/.,']+(\d{4}|\d{2}))?$/.exec(text);
  if (match) {
    const month = monthOfName(match[1]);
    if (month === undefined) return undefined;
    const year = match[2] === undefined ? undefined : Number(match[2]) + (match[2].length === 2 ? 2000 : 0);
    return valid(year, month);
  }
  match = /^(\d{1,2})[-/.](\d{4})$/.exec(text); // 03/2026
  if (match) return valid(Number(match[2]), Number(match[1]));
  if (/^\d+(\.\d+)?$/.test(text)) {
    const iso = isoDateFromSerial(Number(text));
    return iso === undefined ? undefined : valid(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)));
  }
  const iso = parseDate(text);
  return iso === undefined ? undefined : valid(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)));
}

/**
 * The index (0–11) in the fiscal year's months of a month period, or -1 when it falls outside the year. A month
 * number alone is that calendar month within the fiscal year.
 */
export function fiscalIndexOf(period: { year?: number; month: number }, months: readonly CostMonth[]): number {
  return months.findIndex(
    (month) => month.month === period.month && (period.year === undefined || month.year === period.year),
  );
}
