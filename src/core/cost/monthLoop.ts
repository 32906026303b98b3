import { mulDivHalfUp, PPM, TICKS_PER_CENT } from "./decimal";
import type { CostMonth } from "./fiscalYear";
import { FX_SCALE as FX_SCALE_IMPORTED, type FxLine } from "./fxRates";
import { MONTHS as MONTH_COUNT } from "./headcountCost";
import type { LocationSchedule, LocationSchedules } from "./locationSchedules";
import { lineContributionCents } from "./rateLines";

// Module-local bindings for the hot loop (bundlers and tsx may turn imported bindings into getter calls).
const mulDiv = mulDivHalfUp;
const contribution = lineContributionCents;
const CENT = TICKS_PER_CENT;
const ONE = PPM;
const MONTHS = MONTH_COUNT;
const FX_SCALE = FX_SCALE_IMPORTED;

/**
 * The months of one position, pay and on-costs: the hot loop (100,000 positions × 12 months × several lines), kept
 * small with its state in typed arrays so it optimizes well. Pay is the month's pay × the part of the month, in
 * ticks; each on-cost line is worked out on the full month's base, rounded to the cent, then × posts × the part of
 * the month (docs/cost.md).
 */
export class MonthLoop {
  /** Per line: its contribution (cents) for the position `lineStamp` says it was worked out for. */
  private lineCents = new Float64Array(16);
  private lineStamp = new Int32Array(16).fill(-1);
  /** Per line: its ticks a month for the current whole-year position; per line set: their sum. */
  private lineTicks = new Float64Array(16);
  private setTicks = new Float64Array(12);
  private readonly first: Float64Array;
  private readonly last: Float64Array;
  private readonly days: Float64Array;
  /** After {@link fill}: bit m set when month m had no rate line in force. */
  missingMonths = 0;

  constructor(
    private readonly pay: Float64Array,
    private readonly onCosts: Float64Array,
    private readonly monthTotals: Float64Array,
    /** Each department's 12 months (index department × 12 + month), and each position's department. */
    private readonly departmentMonths: Float64Array,
    private readonly department: Int32Array,
    months: readonly CostMonth[],
    private readonly byDays: boolean,
    private readonly schedules: LocationSchedules,
  ) {
    this.first = Float64Array.from(months, (month) => month.first);
    this.last = Float64Array.from(months, (month) => month.last);
    this.days = Float64Array.from(months, (month) => month.days);
  }

  /** Makes room for every line numbered so far. */
  private grow(): void {
    const count = this.schedules.lines.length;
    if (this.lineCents.length >= count) return;
    const cents = new Float64Array(count * 2);
    cents.set(this.lineCents);
    const stamp = new Int32Array(count * 2).fill(-1);
    stamp.set(this.lineStamp);
    this.lineCents = cents;
    this.lineStamp = stamp;
    this.lineTicks = new Float64Array(count * 2);
  }

  /**
   * Fills position `p`'s 12 months in its own currency (the reporting one); returns its year (ticks). `monthlyPay`
   * is a full month's pay for all its posts (ticks, unrounded), `annualTicks` one post's annual base, `postsPpm` its
   * posts in millionths, `from`–`end` the days it costs.
   */
  fill(
    p: number,
    monthlyPay: number,
    annualTicks: number,
    postsPpm: number,
    from: number,
    end: number,
    schedule: LocationSchedule,
  ): number {
    this.grow();
    if (from <= this.first[0] && end >= this.last[MONTHS - 1])
      return this.fillWholeYear(p, monthlyPay, annualTicks, postsPpm, schedule);
    let total = 0;
    let missing = 0;
    const { pay, onCosts, monthTotals, departmentMonths, first, last, days: monthDays, lineCents, lineStamp } = this;
    const { lines, lineItem, items } = this.schedules;
    const locationLines = schedule.months;
    const base = p * MONTHS;
    const group = this.department[p] * MONTHS;
    for (let m = 0; m < MONTHS; m++) {
      const monthLast = last[m];
      const monthFirst = first[m];
      const inMonth = monthDays[m];
      const overlap = (end < monthLast ? end : monthLast) - (from > monthFirst ? from : monthFirst) + 1;
      if (overlap <= 0) continue;
      const days = this.byDays ? overlap : inMonth;
      const whole = days === inMonth;
      const monthPay = whole ? Math.round(monthlyPay) : Math.round((monthlyPay * days) / inMonth);
      let monthOnCosts = 0;
      const inForce = locationLines[m];
      if (inForce === undefined) missing |= 1 << m;
      else {
        const plain = whole && postsPpm === ONE;
        for (let i = 0; i < inForce.length; i++) {
          const id = inForce[i];
          if (lineStamp[id] !== p) {
            lineCents[id] = contribution(lines[id], annualTicks);
            lineStamp[id] = p;
          }
          const cents = lineCents[id];
          const ticks = (plain ? cents : mulDiv(cents, postsPpm * days, ONE * inMonth)) * CENT;
          monthOnCosts += ticks;
          items[lineItem[id]].months[m] += ticks;
        }
      }
      pay[base + m] = monthPay;
      onCosts[base + m] = monthOnCosts;
      monthTotals[m] += monthPay + monthOnCosts;
      departmentMonths[group + m] += monthPay + monthOnCosts;
      total += monthPay + monthOnCosts;
    }
    this.missingMonths = missing;
    return total;
  }

  /**
   * A position costed every day of the year: every month is whole, so each line's ticks are the same in every month
   * it is in force and each month's on-costs are its line set's sum. The items get the lines' ticks through the
   * schedule's year sums. Gives exactly what the month-by-month loop gives (all amounts are whole ticks).
   */
  private fillWholeYear(
    p: number,
    monthlyPay: number,
    annualTicks: number,
    postsPpm: number,
    schedule: LocationSchedule,
  ): number {
    const { lines } = this.schedules;
    const { lineTicks, pay, onCosts, monthTotals, departmentMonths } = this;
    const { lineIds, sets, setOfMonth, yearTicks } = schedule;
    const plain = postsPpm === ONE;
    const inMonth = this.days[0];
    for (let i = 0; i < lineIds.length; i++) {
      const id = lineIds[i];
      const cents = contribution(lines[id], annualTicks);
      const ticks = (plain ? cents : mulDiv(cents, postsPpm * inMonth, ONE * inMonth)) * CENT;
      lineTicks[id] = ticks;
      yearTicks[id] += ticks;
    }
    if (this.setTicks.length < sets.length) this.setTicks = new Float64Array(sets.length);
    const setTicks = this.setTicks;
    for (let s = 0; s < sets.length; s++) {
      const set = sets[s];
      let sum = 0;
      for (let i = 0; i < set.length; i++) sum += lineTicks[set[i]];
      setTicks[s] = sum;
    }
    const monthPay = Math.round(monthlyPay);
    const base = p * MONTHS;
    const group = this.department[p] * MONTHS;
    let total = 0;
    for (let m = 0; m < MONTHS; m++) {
      const set = setOfMonth[m];
      const monthOnCosts = set < 0 ? 0 : setTicks[set];
      pay[base + m] = monthPay;
      onCosts[base + m] = monthOnCosts;
      monthTotals[m] += monthPay + monthOnCosts;
      departmentMonths[group + m] += monthPay + monthOnCosts;
      total += monthPay + monthOnCosts;
    }
    this.missingMonths = schedule.missingMonths;
    return total;
  }

  /**
   * Fills position `p`'s months in another currency than the reporting one, each amount converted at the month's FX
   * rate; a month with no rate is left out and reported. `note` is told of every month with no FX rate or no Rates
   * line, in order.
   */
  fillConverted(
    p: number,
    monthlyPay: number,
    annualTicks: number,
    postsPpm: number,
    from: number,
    end: number,
    schedule: LocationSchedule,
    fxRateOn: (last: number) => FxLine | undefined,
    note: (table: "rates" | "fx", m: number) => void,
  ): number {
    const { pay, onCosts, monthTotals, first, last, days: monthDays } = this;
    const { lines, lineItem, items } = this.schedules;
    let total = 0;
    for (let m = 0; m < MONTHS; m++) {
      const monthLast = last[m];
      const monthFirst = first[m];
      const inMonth = monthDays[m];
      const overlap = (end < monthLast ? end : monthLast) - (from > monthFirst ? from : monthFirst) + 1;
      if (overlap <= 0) continue;
      const days = this.byDays ? overlap : inMonth;
      const fxLine = fxRateOn(monthLast);
      if (!fxLine) {
        note("fx", m);
        continue;
      }
      let monthOnCosts = 0;
      const inForce = schedule.months[m];
      if (inForce === undefined) note("rates", m);
      else
        for (const id of inForce) {
          const cents = contribution(lines[id], annualTicks);
          const partCents = mulDiv(cents, postsPpm * days, ONE * inMonth);
          const ticks = mulDiv(partCents * CENT, fxLine.rateScaled, FX_SCALE);
          monthOnCosts += ticks;
          items[lineItem[id]].months[m] += ticks;
        }
      const monthPay = mulDiv(Math.round((monthlyPay * days) / inMonth), fxLine.rateScaled, FX_SCALE);
      pay[p * MONTHS + m] = monthPay;
      onCosts[p * MONTHS + m] = monthOnCosts;
      monthTotals[m] += monthPay + monthOnCosts;
      this.departmentMonths[this.department[p] * MONTHS + m] += monthPay + monthOnCosts;
      total += monthPay + monthOnCosts;
    }
    return total;
  }
}
