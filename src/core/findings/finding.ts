import type { FieldKey } from "../columns/fields";
import { codesOfKind, FINDING_REGISTRY, type FindingCode, type FindingKind, type Severity } from "./findingRegistry";

export { FINDING_CODES, type FindingCode, type FindingKind, type Severity } from "./findingRegistry";

/** Problems in the data as read (the positions table, and the Capabilities and Departments tables). */
export const DATA_FINDING_CODES = codesOfKind("data");

/** The org checks: spans, layers, grades. */
export const ORG_CHECK_CODES = codesOfKind("org");

/** Cross-department coverage of responsibilities. */
export const COVERAGE_CODES = codesOfKind("coverage");

/** Headcount cost: salaries and rates the cost model could not find. */
export const COST_CODES = codesOfKind("cost");

/** Values a finding's message is built from (each code declares its own in the registry). */
export type FindingParams = Record<string, string | number>;

/**
 * A problem in the data, as a value: what it is (`code`), how bad (`severity`), where (`rows`, as
 * Excel numbers them, and the position `ids`), and a message in the user's language.
 */
export interface Finding {
  code: FindingCode;
  severity: Severity;
  /**
   * Sheet rows involved, 1-based. Ascending, unless the order says something: a grade inversion gives
   * the report then the manager, a one-over-one chain top down, a layers finding the first position
   * beyond the limit first. The first row is where a link to the finding goes.
   */
  rows: number[];
  /** Position IDs involved. */
  ids: string[];
  /** The column concerned, for findings about one cell or column of the positions table. */
  field?: FieldKey;
  /**
   * The sheet the rows are on when it is not the positions table's (a finding about the Capabilities
   * or Departments table). Absent: the positions sheet.
   */
  sheet?: string;
  /** What the message is built from (the cell text, the header, the cycle's path…). */
  params: FindingParams;
  /** Localized message. */
  message: string;
}

/** A finding before its message is localized. */
export type FindingDraft = Omit<Finding, "message">;

export function findingKindOf(code: FindingCode): FindingKind {
  return FINDING_REGISTRY[code]?.kind ?? "data";
}
