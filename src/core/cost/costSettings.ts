/** Whether Base Salary is what the position is paid, or the full-time rate (cost = salary × FTE). */
export type SalaryBasis = "actual" | "full-time";
/** Where in a pay range a position with no salary is costed. */
export type PayPoint = "min" | "mid" | "max";
/** How a part month is costed: by calendar days, or a month counts whole when the position is active in it. */
export type Proration = "days" | "months";
/** Whether vacancies with no Start Date are costed all year (funded) or left out (unfunded). */
export type VacancyFunding = "funded" | "unfunded";

/** The cost model's settings: stated on every output. */
export interface CostSettings {
  /** The calendar year the fiscal year starts in. */
  year: number;
  /** The fiscal year's first month, 1–12 (January by default; April and July are common). */
  startMonth: number;
  /** The reporting currency (upper case); "" for the org's main currency. */
  currency: string;
  /** Undefined: full-time when the salary column's header says so ("FTE salary", "全职年薪"), else actual. */
  salaryBasis?: SalaryBasis;
  payPoint: PayPoint;
  proration: Proration;
  vacancies: VacancyFunding;
}

export const DEFAULT_COST_SETTINGS: Readonly<CostSettings> = {
  year: new Date().getUTCFullYear(),
  startMonth: 1,
  currency: "",
  payPoint: "mid",
  proration: "days",
  vacancies: "funded",
};

/** The settings with every field filled (defaults for the ones left out). */
export function costSettingsOf(partial: Partial<CostSettings> = {}): CostSettings {
  const settings = { ...DEFAULT_COST_SETTINGS, ...partial };
  if (!Number.isInteger(settings.startMonth) || settings.startMonth < 1 || settings.startMonth > 12)
    throw new RangeError(`startMonth must be 1–12, not ${settings.startMonth}`);
  if (!Number.isInteger(settings.year)) throw new RangeError(`year must be a whole number, not ${settings.year}`);
  settings.currency = settings.currency.trim().toUpperCase();
  return settings;
}
