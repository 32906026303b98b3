import type { ColumnMapping } from "../core/columns/columnMapping";
import type { CostSettings } from "../core/cost/costSettings";
import type { MessageKey, MessageParams } from "../i18n";

export type CostFormat = "json" | "text" | "csv";

/** `orgwright cost FILE …`: what to cost and how. */
export interface CostCommand {
  kind: "cost";
  file: string;
  /** Files after the first: tables of headcount lines, joined into the first file's org. */
  lineFiles?: string[];
  sheet?: string;
  mapping: ColumnMapping;
  format: CostFormat;
  settings: Partial<CostSettings>;
  /** `--out COST.xlsx`: a copy of the workbook with the Headcount cost sheet. */
  out?: string;
}

/** The options `cost` takes (besides --sheet, --map, --format, --lang, --help). */
export const COST_OPTIONS: Readonly<Record<string, "value" | "flag">> = {
  "--sheet": "value",
  "--map": "value",
  "--format": "value",
  "--lang": "value",
  "--help": "flag",
  "--year": "value",
  "--start-month": "value",
  "--currency": "value",
  "--pay-point": "value",
  "--salary-basis": "value",
  "--proration": "value",
  "--vacancies": "value",
  "--out": "value",
};

type Problem = { key: MessageKey; params?: MessageParams };

function choice<T extends string>(value: string | undefined, allowed: readonly T[]): T | undefined | null {
  if (value === undefined) return undefined;
  const lower = value.toLowerCase() as T;
  return allowed.includes(lower) ? lower : null;
}

/** Reads `cost`'s own options; `valueOf(name)` gives the last value given for an option. */
export function parseCostOptions(
  valueOf: (name: string) => string | undefined,
): { ok: true; options: Pick<CostCommand, "format" | "settings"> } | { ok: false; problem: Problem } {
  const bad = (option: string, value: string, allowed: string): { ok: false; problem: Problem } => ({
    ok: false,
    problem: { key: "cli.error.badCostOption", params: { option, value, allowed } },
  });
  const format = choice(valueOf("--format") ?? "json", ["json", "text", "csv"] as const);
  if (!format) return bad("--format", valueOf("--format")!, "json, text, csv");
  const settings: Partial<CostSettings> = {};
  const year = valueOf("--year");
  if (year !== undefined) {
    if (!/^\d{4}$/.test(year)) return bad("--year", year, "2025");
    settings.year = Number(year);
  }
  const startMonth = valueOf("--start-month");
  if (startMonth !== undefined) {
    const month = Number(startMonth);
    if (!Number.isInteger(month) || month < 1 || month > 12) return bad("--start-month", startMonth, "1–12");
    settings.startMonth = month;
  }
  const currency = valueOf("--currency");
  if (currency !== undefined) {
    if (!/^[A-Za-z]{3}$/.test(currency)) return bad("--currency", currency, "CNY, GBP, USD…");
    settings.currency = currency.toUpperCase();
  }
  const payPoint = choice(valueOf("--pay-point"), ["min", "mid", "max"] as const);
  if (payPoint === null) return bad("--pay-point", valueOf("--pay-point")!, "min, mid, max");
  if (payPoint) settings.payPoint = payPoint;
  const basis = choice(valueOf("--salary-basis"), ["actual", "full-time"] as const);
  if (basis === null) return bad("--salary-basis", valueOf("--salary-basis")!, "actual, full-time");
  if (basis) settings.salaryBasis = basis;
  const proration = choice(valueOf("--proration"), ["days", "months"] as const);
  if (proration === null) return bad("--proration", valueOf("--proration")!, "days, months");
  if (proration) settings.proration = proration;
  const vacancies = choice(valueOf("--vacancies"), ["funded", "unfunded"] as const);
  if (vacancies === null) return bad("--vacancies", valueOf("--vacancies")!, "funded, unfunded");
  if (vacancies) settings.vacancies = vacancies;
  return { ok: true, options: { format, settings } };
}
