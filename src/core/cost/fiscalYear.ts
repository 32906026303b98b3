/** A day as a whole number: days since 1970-01-01 (UTC). */
export type DayNumber = number;

const MS_PER_DAY = 86_400_000;

/** The day number of year/month(1–12)/day. */
export function dayNumber(year: number, month: number, day: number): DayNumber {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** The day number of an ISO date ("2025-07-20"), or undefined. */
export function dayOfIso(iso: string | null | undefined): DayNumber | undefined {
  if (!iso) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return match ? dayNumber(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

/** The ISO date of a day number ("2026-06-30"). */
export function isoOfDay(day: DayNumber): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** One month of the fiscal year. */
export interface CostMonth {
  /** "2025-07". */
  key: string;
  year: number;
  /** 1–12. */
  month: number;
  first: DayNumber;
  last: DayNumber;
  days: number;
}

/** The 12 months of the fiscal year that starts in `startMonth` of `year`. */
export function fiscalMonths(year: number, startMonth: number): CostMonth[] {
  const months: CostMonth[] = [];
  for (let i = 0; i < 12; i++) {
    const y = year + Math.floor((startMonth - 1 + i) / 12);
    const m = ((startMonth - 1 + i) % 12) + 1;
    const first = dayNumber(y, m, 1);
    const next = dayNumber(y + (m === 12 ? 1 : 0), m === 12 ? 1 : m + 1, 1);
    months.push({
      key: `${y}-${String(m).padStart(2, "0")}`,
      year: y,
      month: m,
      first,
      last: next - 1,
      days: next - first,
    });
  }
  return months;
}
