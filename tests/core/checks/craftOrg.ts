import { buildOrgModel } from "../../../src/core/buildOrgModel";
import type { CellValue } from "../../../src/core/cells/cell";
import type { OrgModel } from "../../../src/core/model/orgModel";
import { makeGrid } from "../makeGrid";

/** One crafted position; anything left out is blank (the name defaults to a person, the FTE to blank = 1). */
export interface CraftedPosition {
  id: string;
  reportsTo?: string;
  title?: string;
  department?: string;
  /** null: a vacant position (blank name). */
  name?: string | null;
  grade?: string;
  fte?: CellValue;
  status?: string;
  archetype?: string;
  assistant?: boolean;
}

const HEADER = [
  "Position ID",
  "Title",
  "Department",
  "Reports To",
  "Name",
  "Grade",
  "FTE",
  "Status",
  "Archetype",
  "Assistant",
];

/** The org model of a positions table typed like a user would (header in row 1, so position k is on row k + 2). */
export function craftOrg(...rows: CraftedPosition[]): OrgModel {
  const grid = makeGrid(
    HEADER,
    rows.map((p) => [
      p.id,
      p.title ?? `Title ${p.id}`,
      p.department ?? null,
      p.reportsTo ?? null,
      p.name === undefined ? `Person ${p.id}` : p.name,
      p.grade ?? null,
      p.fte ?? null,
      p.status ?? null,
      p.archetype ?? null,
      p.assistant ? "Yes" : null,
    ]),
  );
  const { model, columns } = buildOrgModel(grid);
  if (columns.missing.length > 0) throw new Error(`crafted org misses columns: ${columns.missing.join(", ")}`);
  return model;
}

/** A manager and `count` reports named `${prefix}1…`, all in one department. */
export function team(manager: CraftedPosition, count: number, prefix = `${manager.id}-`): CraftedPosition[] {
  const reports: CraftedPosition[] = [];
  for (let k = 1; k <= count; k++)
    reports.push({ id: `${prefix}${k}`, reportsTo: manager.id, department: manager.department });
  return [manager, ...reports];
}
