import type { FindingDraft } from "../findings/finding";
import { listPreview } from "../findings/listPreview";
import { isoOfDay, type CostMonth } from "./fiscalYear";
import type { LocationSchedule } from "./locationSchedules";

interface Carried {
  location: string;
  schedule: LocationSchedule;
  rows: number[];
  ids: string[];
  months: number;
}

/**
 * The locations whose last built-in default rates were carried forward into months after they end, for
 * RATE_CARRIED_FORWARD: one finding per location, naming the months its costed positions were costed in with the
 * carried lines and the period those lines come from.
 */
export class CarriedRates {
  private readonly carried = new Map<LocationSchedule, Carried>();

  constructor(private readonly months: readonly CostMonth[]) {}

  /**
   * Position `id` (sheet row `row`) at `location`, costed from day `from` to day `end`, used `schedule`; notes the
   * months of its costing that used carried-forward lines (none when the schedule carries nothing).
   */
  note(schedule: LocationSchedule, location: string, id: string, row: number, from: number, end: number): void {
    if (schedule.carriedMonths === 0) return;
    let used = 0;
    for (let m = 0; m < this.months.length; m++)
      if (schedule.carriedMonths & (1 << m) && from <= this.months[m].last && end >= this.months[m].first)
        used |= 1 << m;
    if (used === 0) return;
    let entry = this.carried.get(schedule);
    if (!entry) this.carried.set(schedule, (entry = { location, schedule, rows: [], ids: [], months: 0 }));
    entry.ids.push(id);
    entry.rows.push(row);
    entry.months |= used;
  }

  findings(): FindingDraft[] {
    return [...this.carried.values()].map((entry) => {
      const lines = entry.schedule.carriedLines;
      const from = Math.min(...lines.map((line) => line.from ?? Infinity));
      const to = Math.max(...lines.map((line) => line.to ?? -Infinity));
      const monthKeys = this.months.filter((_, m) => entry.months & (1 << m)).map((month) => month.key);
      return {
        code: "RATE_CARRIED_FORWARD",
        severity: "info",
        rows: entry.rows,
        ids: entry.ids,
        params: {
          location: entry.location,
          monthKeys: monthKeys.join(","),
          periodFrom: isoOfDay(from),
          periodTo: isoOfDay(to),
          count: entry.ids.length,
          idList: listPreview(entry.ids),
        },
      };
    });
  }
}
