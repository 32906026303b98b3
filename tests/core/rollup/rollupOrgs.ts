import { buildOrgModel } from "../../../src/core/buildOrgModel";
import type { CellValue } from "../../../src/core/cells/cell";
import type { OrgModel } from "../../../src/core/model/orgModel";
import { operationsCenterSample } from "../../../src/core/sample/operationsCenter";
import { gridFromSheetSpec } from "../../../src/core/sheet/gridFromSheetSpec";
import type { Lang } from "../../../src/i18n";
import { makeGrid } from "../makeGrid";

/** The operations-center sample's model. */
export function sampleModel(lang: Lang = "en"): OrgModel {
  return buildOrgModel(gridFromSheetSpec(operationsCenterSample(lang)), { lang }).model;
}

export const UNIT_HEADER = [
  "Position ID",
  "Title",
  "Department",
  "Team",
  "Reports To",
  "Name",
  "Grade",
  "FTE",
  "Base Salary",
  "Currency",
  "Status",
];

/** A row of {@link UNIT_HEADER}; unset cells are blank (a blank FTE reads 1, a blank name vacant). */
export interface UnitRow {
  id: string;
  reportsTo?: string;
  title?: string;
  department?: string;
  team?: string;
  name?: string;
  grade?: string;
  fte?: CellValue;
  salary?: CellValue;
  currency?: string;
  status?: string;
}

export function unitOrg(rows: UnitRow[]): OrgModel {
  const cells = rows.map((r): CellValue[] => [
    r.id,
    r.title ?? `Title ${r.id}`,
    r.department ?? null,
    r.team ?? null,
    r.reportsTo ?? null,
    r.name === undefined ? `Person ${r.id}` : r.name || null,
    r.grade ?? null,
    r.fte ?? null,
    r.salary ?? null,
    r.currency ?? null,
    r.status ?? null,
  ]);
  return buildOrgModel(makeGrid(UNIT_HEADER, cells)).model;
}

/** A chain of `length` positions, each reporting to the one before, built without a sheet row per check. */
export function chainOrg(length: number): OrgModel {
  const rows: CellValue[][] = [];
  for (let i = 0; i < length; i++) rows.push([`P${i}`, i === 0 ? null : `P${i - 1}`, `Name ${i}`, 1, 1000]);
  return buildOrgModel(makeGrid(["Position ID", "Reports To", "Name", "FTE", "Base Salary"], rows)).model;
}
