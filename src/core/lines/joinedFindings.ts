import type { Finding } from "../findings/finding";
import type { OrgModel } from "../model/orgModel";
import type { JoinedSheet } from "./joinHeadcountLines";

/**
 * Findings about joined headcount lines point at the lines' own sheet and rows: a finding whose rows are all rows of
 * one joined table gets that table's `sheet`, its rows (and a `row` param) become the table's own, and an unknown
 * manager says which line names it (`UNKNOWN_MANAGER`, variant "line"), in the message the edges make. A finding
 * about the positions' own rows, or about rows of several tables, is returned as it is.
 */
export function findingsOnJoinedSheets(
  findings: readonly Finding[],
  joined: readonly JoinedSheet[],
  firstRow: number,
  model: OrgModel,
): Finding[] {
  if (joined.length === 0) return findings as Finding[];
  const firstJoinedRow = firstRow + joined[0].start;
  const origin = (row: number): { sheet: JoinedSheet; row: number } | undefined => {
    const index = row - firstRow;
    for (const sheet of joined)
      if (index >= sheet.start && index < sheet.start + sheet.rows.length)
        return { sheet, row: sheet.rows[index - sheet.start] };
    return undefined;
  };
  return findings.map((finding) => {
    if (finding.sheet !== undefined || finding.rows.length === 0) return finding;
    if (!finding.rows.every((row) => row >= firstJoinedRow)) return finding;
    const mapped = finding.rows.map(origin);
    const sheet = mapped[0]?.sheet;
    if (sheet === undefined || mapped.some((place) => place?.sheet !== sheet)) return finding;
    const rowOf = new Map(finding.rows.map((row, i) => [row, mapped[i]!.row]));
    const params = { ...finding.params };
    if (typeof params.row === "number") params.row = rowOf.get(params.row) ?? params.row;
    if (finding.code === "UNKNOWN_MANAGER" && finding.field === "reportsTo") {
      const index = model.indexById.get(finding.ids[0] ?? "");
      params.sheet = sheet.sheet;
      params.title = index === undefined ? "" : model.positions[index].title;
    }
    return { ...finding, sheet: sheet.sheet, rows: mapped.map((place) => place!.row), params };
  });
}
