import type { FindingDraft } from "../findings/finding";
import { listPreview } from "../findings/listPreview";
import type { CostMonth } from "./fiscalYear";

interface MissingRate {
  table: "rates" | "fx";
  subject: string;
  rows: number[];
  ids: string[];
  months: Set<number>;
}

/** The locations with no Rates line and the currencies with no FX rate met while costing, for MISSING_RATE. */
export class MissingRates {
  private readonly missing = new Map<string, MissingRate>();

  /** Position `id` (sheet row `row`) met no `table` entry for `subject` in month `m`. */
  note(table: MissingRate["table"], subject: string, id: string, row: number, m: number): void {
    const key = `${table}\u0000${subject}`;
    let entry = this.missing.get(key);
    if (!entry) this.missing.set(key, (entry = { table, subject, rows: [], ids: [], months: new Set() }));
    if (entry.ids[entry.ids.length - 1] !== id) {
      entry.ids.push(id);
      entry.rows.push(row);
    }
    entry.months.add(m);
  }

  /** One MISSING_RATE finding per location or currency, naming it, its positions and its months. */
  findings(months: readonly CostMonth[]): FindingDraft[] {
    return [...this.missing.values()].map((entry) => ({
      code: "MISSING_RATE",
      severity: "warning",
      rows: entry.rows,
      ids: entry.ids,
      params: {
        table: entry.table,
        subject: entry.subject,
        count: entry.ids.length,
        idList: listPreview(entry.ids),
        monthList: listPreview([...entry.months].sort((a, b) => a - b).map((m) => months[m].key)),
      },
    }));
  }
}
