import type { SourceProblem } from "../core/sheet/workbookSource";

/**
 * Excel's codes for a request refused for a passing reason: the user is editing a cell (Excel on the web and
 * desktop refuse API calls while a cell is in edit mode), or Excel is busy. Trying again later succeeds.
 */
const TRANSIENT_EXCEL_CODES = ["InvalidOperationInCellEditMode", "ActivityLimitReached", "ServiceNotAvailable"];

/** True when a read failed for a passing reason (the adapter says so, or Excel's error code does). */
export function isTransientProblem(problem: SourceProblem): boolean {
  if (problem.transient === true) return true;
  const detail = problem.detail ?? "";
  return problem.code === "EXCEL_API_ERROR" && TRANSIENT_EXCEL_CODES.some((code) => detail.includes(code));
}
