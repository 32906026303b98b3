import { buildOrgModel } from "../../../src/core/buildOrgModel";
import { DEFAULT_CAPABILITIES } from "../../../src/core/capabilities/defaultCatalogue";
import type { CellValue } from "../../../src/core/cells/cell";
import type { CapabilityCatalogue } from "../../../src/core/coverage/coverageTypes";
import type { OrgModel } from "../../../src/core/model/orgModel";
import type { SheetGrid } from "../../../src/core/sheet/sheetGrid";

/** A position of a crafted org; the sheet row is its place in the list + 2 (the header is row 1). */
export interface CraftedPosition {
  id: string;
  department?: string;
  reportsTo?: string;
  dotted?: string;
  /** null: vacant (no holder). Default: "Person <id>". */
  name?: string | null;
  fte?: number;
  status?: string;
  capabilities?: string;
}

const HEADER = [
  "Position ID",
  "Title",
  "Department",
  "Reports To",
  "Dotted Line To",
  "Name",
  "FTE",
  "Status",
  "Capabilities",
];

export function positionsGrid(positions: CraftedPosition[]): SheetGrid {
  const rows: CellValue[][] = positions.map((p) => [
    p.id,
    `Title ${p.id}`,
    p.department ?? "",
    p.reportsTo ?? "",
    p.dotted ?? "",
    p.name === null ? "" : (p.name ?? `Person ${p.id}`),
    p.fte ?? 1,
    p.status ?? "",
    p.capabilities ?? "",
  ]);
  return { sheetName: "Positions", firstRow: 1, firstColumn: 1, rows: [HEADER, ...rows] };
}

export function modelOf(positions: CraftedPosition[]): OrgModel {
  return buildOrgModel(positionsGrid(positions)).model;
}

/** Some capabilities of the default catalogue, as a default catalogue (no rows, no owner department). */
export function catalogueOf(keys: string[], requiredHolders = 2): CapabilityCatalogue {
  return {
    source: "default",
    capabilities: keys.map((key) => {
      const capability = DEFAULT_CAPABILITIES.find((c) => c.key === key);
      if (!capability) throw new Error(`no capability ${key}`);
      return { ...capability, area: { ...capability.area }, requiredHolders, ownerDepartment: "" };
    }),
  };
}

/** A sheet's grid with the header in row 1. */
export function tableGrid(sheetName: string, rows: CellValue[][], firstRow = 1): SheetGrid {
  return { sheetName, firstRow, firstColumn: 1, rows };
}
