import type { SourceProblem } from "../core/sheet/workbookSource";

/**
 * True when a read failed for a passing reason: Excel refused it while the user edits a cell, or was busy
 * (`EXCEL_BUSY`, from the Excel adapter). Reading again a moment later will most likely work.
 */
export function isTransientProblem(problem: SourceProblem): boolean {
  return problem.code === "EXCEL_BUSY";
}
