import type { ColumnMapping, SourceProblem } from "../../core";
import type { OrgRules } from "../../core/checks/orgRules";
import type { SavedCostSettings } from "../../core/cost/costSettingsSetting";
import type { AnalysedWorkbook, AnalysisStage, OrgFirst } from "../../pipeline/workbookAnalyser";
import type { PaneWorkbook } from "../host/paneHost";
import type { PaneNotice } from "../paneNotice";

/** The pane's state and actions on its workbook ({@link useOrgWorkbook}'s). */

/** The workbook as the pane holds it: the place of the positions table, the saved choices, the whole analysis. */
export type LoadedWorkbook = AnalysedWorkbook;

/** A background refresh (after an edit in Excel) that failed: the last good org stays on screen. */
export interface StaleOrg {
  /** Excel refused the read for a passing reason (a cell being edited): said so, and tried again. */
  cellEdit: boolean;
  detail: string;
}

export interface OrgWorkbookState {
  workbook: PaneWorkbook;
  /** True while the workbook is read or written. */
  busy: boolean;
  /** The positions table as last read and analysed; undefined before the first read, or when it could not be read. */
  loaded?: LoadedWorkbook;
  /**
   * The newest org model: drawn as soon as it exists, while the checks and coverage of that read still run (then
   * `loaded` catches up with it). Undefined when no org can be shown.
   */
  org?: OrgFirst;
  /** What the analysis is doing while `busy`. */
  stage?: AnalysisStage;
  /** Set while the org on screen is older than the workbook (a background refresh failed and is being retried). */
  stale?: StaleOrg;
  /** Why the workbook (or a file the user opened) could not be read. */
  problem?: SourceProblem;
  notice?: PaneNotice;
  /** Counts the reads: views that page through the data start over when it changes. */
  version: number;
}

export interface OrgWorkbookActions {
  refresh: () => void;
  /**
   * Reads the workbook again after an edit (live follow): when that fails, the org on screen stays, the pane says so
   * quietly, and the read is tried again until it succeeds.
   */
  refreshInBackground: () => void;
  insertSample: () => void;
  openSample: () => void;
  openFile: (file: File) => void;
  applyMapping: (mapping: ColumnMapping) => void;
  /** Saves the rules in the workbook and runs the checks again. */
  saveRules: (rules: OrgRules) => void;
  /** Saves the cost settings in the workbook and costs the org again. */
  saveCost: (saved: SavedCostSettings) => void;
  /** Writes the Org checks and Coverage sheets into the workbook. */
  writeReport: () => void;
  /** Writes the Headcount cost sheet (live formulas) into the workbook. */
  writeCostSheet: () => void;
  download: () => void;
  dismissNotice: () => void;
  dismissProblem: () => void;
}
