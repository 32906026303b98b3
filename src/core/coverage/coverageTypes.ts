import type { FindingDraft } from "../findings/finding";

/** A capability of the catalogue (the workbook's Capabilities table, else the default catalogue). */
export interface CatalogueCapability {
  /** Stable key: the default catalogue's key, or the name as written in the workbook's table. */
  key: string;
  en: string;
  zh: string;
  area: { en: string; zh: string };
  /** Holders wanted (Required holders column; else the rules' default). */
  requiredHolders: number;
  /** The department that owns it ("" when none is named). */
  ownerDepartment: string;
  /** Its row in the Capabilities table, when it came from one. */
  row?: number;
}

export interface CapabilityCatalogue {
  /**
   * The workbook's Capabilities table, the default operations-center catalogue, or (no table, and the positions'
   * capability names mostly not in the default one) the names the sheet uses.
   */
  source: "workbook" | "default" | "sheet";
  /** The sheet of the workbook's Capabilities table. */
  sheetName?: string;
  capabilities: CatalogueCapability[];
}

/** A row of the optional Departments table. */
export interface DepartmentEntry {
  name: string;
  parent: string;
  /** The head's position ID. */
  head: string;
  /** Departments this one needs support from. */
  needsSupportFrom: string[];
  /** Position IDs named as partners (in the supporting departments). */
  partners: string[];
  row: number;
}

export interface DepartmentsTable {
  sheetName: string;
  departments: DepartmentEntry[];
}

/** FTE holding one capability in one department (or in total), filled and vacant apart. */
export interface CoverageCell {
  filledFte: number;
  vacantFte: number;
  /** Filled positions holding it. */
  filledPositions: number;
  /** Vacant (or planned) positions holding it. */
  vacantPositions: number;
}

export interface CoverageRow {
  capability: CatalogueCapability;
  /** One cell per department, in the order of {@link CoverageMatrix.departments}. */
  byDepartment: CoverageCell[];
  total: CoverageCell;
  /** Distinct people (by name) holding it in filled positions. */
  people: number;
}

/** The coverage matrix: capability × department. */
export interface CoverageMatrix {
  departments: string[];
  rows: CoverageRow[];
}

/** A capability name a position gives that the catalogue does not know. */
export interface UnknownCapability {
  name: string;
  suggestion?: string;
  ids: string[];
}

export interface CoverageResult {
  findings: FindingDraft[];
  matrix: CoverageMatrix;
  unknown: UnknownCapability[];
}
