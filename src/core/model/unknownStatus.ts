import type { FindingDraft } from "../findings/finding";
import { listPreview } from "../findings/listPreview";

/**
 * UNKNOWN_STATUS: one warning per Status word that names no status ("Seconded?", "TBC", "在途"), with every row that
 * holds it, in the order the words first appear. Those positions were read by their Name cell (held when someone
 * is named, else vacant), as a blank Status is.
 */
export function unknownStatusFindings(
  words: ReadonlyMap<string, readonly number[]>,
  ids: readonly string[],
  rows: Int32Array,
  column: string,
): FindingDraft[] {
  const findings: FindingDraft[] = [];
  for (const [status, positions] of words) {
    const rowsOf = positions.map((p) => rows[p]);
    findings.push({
      code: "UNKNOWN_STATUS",
      severity: "warning",
      rows: rowsOf,
      ids: positions.map((p) => ids[p]),
      field: "status",
      params: { status, column, count: positions.length, rowList: listPreview(rowsOf) },
    });
  }
  return findings;
}
