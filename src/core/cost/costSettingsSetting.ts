import type { CostSettings, PayPoint, Proration, SalaryBasis, VacancyFunding } from "./costSettings";

/** Workbook setting that holds the cost settings as JSON, so everyone who opens the file costs it the same way. */
export const SETTING_COST_SETTINGS = "orgwright.costSettings";

/** What the chart's cost badges and the departments view show: fully loaded cost (default) or base pay. */
export type CostShown = "loaded" | "base";

/** The cost settings saved in a workbook: the model's settings (those saved) and what the badges show. */
export interface SavedCostSettings {
  settings: Partial<CostSettings>;
  shown: CostShown;
}

const PAY_POINTS: readonly PayPoint[] = ["min", "mid", "max"];
const BASES: readonly SalaryBasis[] = ["actual", "full-time"];
const PRORATIONS: readonly Proration[] = ["days", "months"];
const FUNDINGS: readonly VacancyFunding[] = ["funded", "unfunded"];

function oneOf<T extends string>(values: readonly T[], value: unknown): T | undefined {
  return values.find((candidate) => candidate === value);
}

/**
 * The saved cost settings; a missing, unreadable or out-of-range field is left out (the default applies), so a
 * hand-edited setting never stops the pane.
 */
export function parseCostSettings(text: string | undefined): SavedCostSettings {
  const saved: SavedCostSettings = { settings: {}, shown: "loaded" };
  if (!text) return saved;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return saved;
  }
  if (typeof json !== "object" || json === null || Array.isArray(json)) return saved;
  const value = json as Record<string, unknown>;
  const settings = saved.settings;
  if (typeof value.year === "number" && Number.isInteger(value.year) && value.year >= 1900 && value.year <= 9999)
    settings.year = value.year;
  if (typeof value.startMonth === "number" && Number.isInteger(value.startMonth))
    if (value.startMonth >= 1 && value.startMonth <= 12) settings.startMonth = value.startMonth;
  if (typeof value.currency === "string" && /^[A-Za-z]{0,3}$/.test(value.currency.trim()))
    settings.currency = value.currency.trim().toUpperCase();
  const basis = oneOf(BASES, value.salaryBasis);
  if (basis) settings.salaryBasis = basis;
  const payPoint = oneOf(PAY_POINTS, value.payPoint);
  if (payPoint) settings.payPoint = payPoint;
  const proration = oneOf(PRORATIONS, value.proration);
  if (proration) settings.proration = proration;
  const vacancies = oneOf(FUNDINGS, value.vacancies);
  if (vacancies) settings.vacancies = vacancies;
  if (value.shown === "base") saved.shown = "base";
  return saved;
}

/** The cost settings as the JSON saved in the workbook (the salary basis only when chosen). */
export function serializeCostSettings(saved: SavedCostSettings): string {
  const { settings, shown } = saved;
  return JSON.stringify({ ...settings, shown });
}
