import type { CostMonth } from "./fiscalYear";
import { MONTHS, type OnCostItemTotal } from "./headcountCost";
import { linesInForce, locationKey, type RateLine } from "./rateLines";

/**
 * A location's rate lines month by month, as the month loop reads them. Lines are numbered in the order they are
 * first met (line numbers index {@link LocationSchedules.lines}).
 */
export interface LocationSchedule {
  /** The lines in force on each month's last day, as line numbers; undefined: none. Equal months share one array. */
  readonly months: readonly (readonly number[] | undefined)[];
  /** The distinct line sets of `months`, and for each month the index of its set (−1: no line). */
  readonly sets: readonly (readonly number[])[];
  readonly setOfMonth: Int32Array;
  /** Every line number in force in some month of the year, once. */
  readonly lineIds: readonly number[];
  /** Bit m set when month m has no line in force. */
  readonly missingMonths: number;
  /**
   * Bit m set when month m has no line in force and falls after the last built-in default period of a location
   * that only has built-in defaults: the last period's lines are carried forward into it (docs/cost.md).
   */
  readonly carriedMonths: number;
  /** The lines carried forward (the last built-in period's), when `carriedMonths` is not 0. */
  readonly carriedLines: readonly RateLine[];
  /**
   * Per line number: the on-costs (ticks) that positions costed for the whole year at this location owe on it in
   * each month it is in force; added to the items' months once, at the end ({@link LocationSchedules.addYearSums}).
   */
  readonly yearTicks: Float64Array;
}

/** The rate lines of every location met while costing, numbered, with the on-cost items they add to. */
export class LocationSchedules {
  /** The lines met so far, by number, and each one's item number. */
  readonly lines: RateLine[] = [];
  readonly lineItem: number[] = [];
  /** The on-cost items in order of first appearance, each with its 12 monthly totals (ticks). */
  readonly items: OnCostItemTotal[] = [];
  private readonly lineIds = new Map<RateLine, number>();
  private readonly itemIndex = new Map<string, number>();
  private readonly byKey = new Map<string, LocationSchedule>();
  private readonly byText = new Map<string, LocationSchedule>();

  constructor(
    private readonly linesByLocation: ReadonlyMap<string, readonly RateLine[]>,
    private readonly months: readonly CostMonth[],
    private readonly aliases: ReadonlyMap<string, string>,
  ) {}

  /** The schedule of a location as written in a cell (each distinct text normalized once). */
  ofText(text: string): LocationSchedule {
    let found = this.byText.get(text);
    if (found === undefined) {
      const key = locationKey(text.trim());
      this.byText.set(text, (found = this.ofKey(this.aliases.get(key) ?? key)));
    }
    return found;
  }

  /** Adds every schedule's whole-year sums to the items' months. */
  addYearSums(): void {
    for (const schedule of this.byKey.values())
      for (let m = 0; m < MONTHS; m++) {
        const inForce = schedule.months[m];
        if (inForce === undefined) continue;
        for (const id of inForce) this.items[this.lineItem[id]].months[m] += schedule.yearTicks[id];
      }
  }

  private ofKey(key: string): LocationSchedule {
    let found = this.byKey.get(key);
    if (found === undefined) this.byKey.set(key, (found = this.schedule(this.linesByLocation.get(key) ?? [])));
    return found;
  }

  private schedule(lines: readonly RateLine[]): LocationSchedule {
    const sets: number[][] = [];
    const setByIds = new Map<string, number>();
    const setOfMonth = new Int32Array(MONTHS).fill(-1);
    const lineIds: number[] = [];
    let missingMonths = 0;
    let carriedMonths = 0;
    const carried = lastDefaultPeriod(lines);
    const months = this.months.map((month, m) => {
      let found = linesInForce(lines, month.last);
      if (found.length === 0 && carried !== undefined && month.last > carried.end) {
        found = carried.lines;
        carriedMonths |= 1 << m;
      }
      const inForce = found.map((line) => this.number(line));
      if (inForce.length === 0) {
        missingMonths |= 1 << m;
        return undefined;
      }
      const ids = inForce.join(",");
      let set = setByIds.get(ids);
      if (set === undefined) {
        setByIds.set(ids, (set = sets.length));
        sets.push(inForce);
        for (const id of inForce) if (!lineIds.includes(id)) lineIds.push(id);
      }
      setOfMonth[m] = set;
      return sets[set];
    });
    const yearTicks = new Float64Array(this.lines.length);
    const carriedLines = carriedMonths === 0 || carried === undefined ? [] : carried.lines;
    return { months, sets, setOfMonth, lineIds, missingMonths, carriedMonths, carriedLines, yearTicks };
  }

  private number(line: RateLine): number {
    let id = this.lineIds.get(line);
    if (id === undefined) {
      id = this.lines.length;
      this.lineIds.set(line, id);
      this.lines.push(line);
      this.lineItem.push(this.itemOf(line.item));
    }
    return id;
  }

  private itemOf(item: string): number {
    let index = this.itemIndex.get(item);
    if (index === undefined) {
      index = this.items.length;
      this.itemIndex.set(item, index);
      this.items.push({ item, months: new Float64Array(MONTHS) });
    }
    return index;
  }
}

/**
 * The last period of a location's lines when they are all built-in defaults (a workbook Rates table is never
 * carried forward: a table that ends early says what it says): the lines in force on the latest To, and that day.
 * Undefined when some line is the workbook's or open-ended.
 */
function lastDefaultPeriod(lines: readonly RateLine[]): { lines: RateLine[]; end: number } | undefined {
  if (lines.length === 0) return undefined;
  let end = -Infinity;
  for (const line of lines) {
    if (line.source.kind !== "default" || line.to === undefined) return undefined;
    if (line.to > end) end = line.to;
  }
  return { lines: linesInForce(lines, end), end };
}
