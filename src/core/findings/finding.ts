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
 * Excel numbers them, and the position `ids`), and the `params` its message is made from. The core makes no
 * messages: the edges (the pane's finding list, the command line's output, the report sheets) make the message of
 * each finding they show, in the user's language, with `findingMessage` (src/core/findings/localizeFinding.ts).
 * An analysis at 100,000 positions has tens of thousands of findings and shows a page of them.
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
}

/** The name producers use for a finding they are building (the same value: findings carry no message). */
export type FindingDraft = Finding;

/** A finding with its message in one language, as the command line's JSON and the report sheets write it. */
export interface LocalizedFinding extends Finding {
  /** The message, made at the edge by `localizeFinding`. */
  message: string;
}

export function findingKindOf(code: FindingCode): FindingKind {
  return FINDING_REGISTRY[code]?.kind ?? "data";
}
