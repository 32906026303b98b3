import type { PayPoint, Proration, SalaryBasis, VacancyFunding } from "../../core/cost/costSettings";
import type { CostShown, SavedCostSettings } from "../../core/cost/costSettingsSetting";

/** The cost settings form as typed: text for the year and currency, choices for the rest. */
export interface CostForm {
  year: string;
  startMonth: string;
  currency: string;
  /** "auto": the salary column's header decides (a "Full-time salary" header selects full-time). */
  salaryBasis: SalaryBasis | "auto";
  payPoint: PayPoint;
  proration: Proration;
  vacancies: VacancyFunding;
  shown: CostShown;
}

export type CostFormField = "year" | "currency";

export type CostFormRead = { ok: true; saved: SavedCostSettings } | { ok: false; errors: CostFormField[] };

/** The form filled from the saved settings; the year is the one costed (`year`) when none is saved. */
export function costFormFrom(saved: SavedCostSettings, year: number): CostForm {
  const { settings } = saved;
  return {
    year: String(settings.year ?? year),
    startMonth: String(settings.startMonth ?? 1),
    currency: settings.currency ?? "",
    salaryBasis: settings.salaryBasis ?? "auto",
    payPoint: settings.payPoint ?? "mid",
    proration: settings.proration ?? "days",
    vacancies: settings.vacancies ?? "funded",
    shown: saved.shown,
  };
}

/** The form read back: the settings to save, or the fields to fix. */
export function readCostForm(form: CostForm): CostFormRead {
  const errors: CostFormField[] = [];
  const yearText = form.year.trim();
  const year = Number(yearText);
  if (!/^\d{4}$/.test(yearText) || year < 1900) errors.push("year");
  const currency = form.currency.trim().toUpperCase();
  if (currency !== "" && !/^[A-Z]{3}$/.test(currency)) errors.push("currency");
  if (errors.length > 0) return { ok: false, errors };
  return {
    ok: true,
    saved: {
      settings: {
        year,
        startMonth: Number(form.startMonth),
        currency,
        ...(form.salaryBasis === "auto" ? {} : { salaryBasis: form.salaryBasis }),
        payPoint: form.payPoint,
        proration: form.proration,
        vacancies: form.vacancies,
      },
      shown: form.shown,
    },
  };
}
