import type { ColumnMapping } from "../columns/columnMapping";
import type { SupportTableKind } from "../coverage/supportTables";
import type { Lang } from "../../i18n";
import type { ScenarioChangeSet } from "../scenario/scenarioChange";
import type { ScenarioInfo } from "../scenario/scenarioInfo";
import type { SheetGrid } from "./sheetGrid";
import type { SheetSpec, WriteSheetResult } from "./sheetSpec";

/**
 * The one small interface both adapters serve: `src/excel` (Office.js, inside Excel) and
 * `src/files` (.xlsx/.csv, in the browser and on the command line).
 */
export interface WorkbookSource {
  /** What the user knows the workbook as: a file name, or "Excel". */
  readonly label: string;
  /** Names of the worksheets, in workbook order. */
  listSheets(): Promise<string[]>;
  /**
   * Reads the positions table: of the Excel tables (on the named sheet, or anywhere), the one whose
   * header looks most like positions; else the used range of the named sheet, or of the active (first)
   * sheet. Headers are recognised with `mapping` (the caller's column mapping; default: the one saved in the
   * workbook) over the fields' aliases. The Excel source never reads the add-in's report sheets, searches the
   * sheets' header rows rather than falling back to the active sheet, and reads the same table (by id) on
   * every later call while it exists.
   */
  readPositions(options?: { sheet?: string; mapping?: ColumnMapping }): Promise<ReadResult>;
  /**
   * Reads an optional table beside the positions (the Capabilities or the Departments table): the
   * Excel table whose header scores best with `scoreSupportTableHeader(kind, …)`, else the used range
   * of the sheet with the best-scoring header in its first 30 rows; undefined when nothing scores
   * (score 0 = not that table). The settings sheet is never read.
   */
  readSupportTable(kind: SupportTableKind): Promise<ReadResult | undefined>;
  /** A value the add-in saved in the workbook (e.g. the column mapping), or undefined. */
  readSetting(key: string): Promise<string | undefined>;
  /** Saves a value in the workbook, so everyone who opens the file sees it. */
  writeSetting(key: string, value: string): Promise<void>;
  /** Writes a sheet the add-in owns; never overwrites one it did not create. */
  writeSheet(spec: SheetSpec): Promise<WriteSheetResult>;

  /**
   * The scenarios (plans) in the workbook: the sheets the add-in created with the role "scenario", in workbook
   * order. A scenario's positions are read with `readPositions({ sheet: info.sheetName })`; without a sheet,
   * `readPositions` never picks a scenario.
   */
  listScenarios(): Promise<ScenarioInfo[]>;
  /**
   * Creates a scenario: a full copy of the positions table (`from`: a sheet name — the user's positions sheet or
   * another scenario; default the positions table `readPositions()` picks) on a new sheet of the add-in's
   * ("Plan - 2026 reorg" / "方案：2026 重组", " (2)" when taken), as an Excel table "Scenario_N" (see
   * `scenarioSheetSpec`). The source table is only read.
   */
  createScenario(request: CreateScenarioRequest): Promise<CreateScenarioResult>;
  /**
   * Writes a scenario edit's cell changes (`scenarioChanges`, or its `inverse` for an undo) into the scenario on
   * `sheet`. Refused (`NOT_A_SCENARIO`) for any sheet that is not a scenario the add-in created — the user's own
   * tables are never edited — and (`SCENARIO_CHANGED`, nothing written) when the rows no longer hold the IDs the
   * changes were made for. `hostUndo` is true when the host's own undo (Excel's Ctrl+Z) takes the whole edit back.
   */
  applyScenarioChanges(sheet: string, changes: ScenarioChangeSet): Promise<ApplyScenarioResult>;
  /** Deletes a scenario sheet (refused, `NOT_A_SCENARIO`, for any other sheet). Excel cannot undo a deleted sheet. */
  deleteScenario(sheet: string): Promise<{ ok: true } | { ok: false; problem: SourceProblem }>;
}

export interface CreateScenarioRequest {
  /** The scenario's title ("2026 reorg"). */
  title: string;
  /** Language of the sheet name, the note and the added column headers. */
  lang: Lang;
  /** The sheet to copy (the positions sheet or a scenario sheet); default the positions table. */
  from?: string;
  /** The column mapping to read it with (default: the one saved in the workbook). */
  mapping?: ColumnMapping;
  /** When, as an ISO date-time (default now). */
  created?: string;
}

export type CreateScenarioResult = { ok: true; scenario: ScenarioInfo } | { ok: false; problem: SourceProblem };

export type ApplyScenarioResult = { ok: true; hostUndo: boolean } | { ok: false; problem: SourceProblem };

export type ReadResult = { ok: true; grid: SheetGrid } | { ok: false; problem: SourceProblem };

/** Why a workbook could not be read at all (as opposed to findings about its rows). */
export interface SourceProblem {
  code: SourceProblemCode;
  /** The sheet or file concerned, when there is one. */
  subject?: string;
  /** Technical detail (an exception's message), not localized. */
  detail?: string;
}

/**
 * `EXCEL_BUSY` is transient: Excel refused the read because the user is typing in a cell (or Excel
 * is otherwise busy); the same read a moment later will most likely work.
 */
export type SourceProblemCode =
  | "FILE_UNREADABLE"
  | "UNSUPPORTED_FILE_TYPE"
  | "SHEET_NOT_FOUND"
  | "NO_SHEETS"
  | "EXCEL_API_ERROR"
  | "EXCEL_BUSY"
  /** The sheet is not a scenario the add-in created: it is never edited. */
  | "NOT_A_SCENARIO"
  /** The scenario's rows no longer hold the IDs an edit was made for (the user edited the sheet since). */
  | "SCENARIO_CHANGED";

/** Workbook setting keys the add-in uses. */
export const SETTING_COLUMN_MAPPING = "orgwright.columnMapping";
export const SETTING_CREATED_SHEETS = "orgwright.createdSheets";

/**
 * The worksheet-scoped name that tags a sheet the add-in created, holding a GUID recorded in
 * {@link SETTING_CREATED_SHEETS}: written by Office.js in Excel, and into the .xlsx by the file adapter for its
 * scenario sheets, so a scenario made in the browser or on the command line is the add-in's in Excel too.
 */
export const SHEET_OWNER_NAME = "Orgwright_Sheet";

/**
 * The very hidden sheet that carries the add-in's settings in an .xlsx saved outside Excel (key in
 * column A, value in B). Inside Excel settings live in `Workbook.settings`; the Excel adapter also
 * reads this sheet, so a mapping chosen in the browser holds when the file is opened in Excel.
 */
export const SETTINGS_SHEET_NAME = "_orgwright";
