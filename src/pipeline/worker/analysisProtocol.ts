import type { BudgetVariance } from "../../core/budget/budgetVariance";
import type { HeadcountCost } from "../../core/cost/costHeadcount";
import type { OrgAnalysis } from "../../core/analysis";
import type { WorkbookAnalysis } from "../../core/analyzeWorkbook";
import type { CellValue } from "../../core/cells/cell";
import type { Finding } from "../../core/findings/finding";
import type { PositionRollups } from "../../core/rollup/positionRollups";
import type { SourceProblem } from "../../core/sheet/workbookSource";
import type { Lang } from "../../i18n";
import type { ReportSource } from "../../core/report/reportSource";
import type { SpecCell } from "../../core/sheet/sheetSpec";
import type { FindingsByPosition } from "../../core/rollup/findingsByPosition";
import type { WorkbookRead } from "../loadWorkbook";
import type { PackedOrgModel } from "../transfer/packedModel";
import type { AnalysisStage, SheetPlace } from "../workbookAnalyser";

/** The methods of a file's WorkbookSource the pane's thread calls on the worker's copy (and toXlsx). */
export type SourceMethod =
  | "listSheets"
  | "readPositions"
  | "readSupportTable"
  | "readSetting"
  | "writeSetting"
  | "writeSheet"
  | "toXlsx"
  | "listScenarios"
  | "createScenario"
  | "applyScenarioChanges"
  | "deleteScenario";

/** Pane → worker. Every request has an id; the worker answers with messages carrying it. */
export type AnalysisRequest =
  | { type: "openFile"; id: number; bytes: Uint8Array; fileName: string }
  /** Reads and analyses a file opened here. No language: the analysis is the same in every language. */
  | { type: "load"; id: number; handle: number; sheet?: string }
  /** Rows of a positions table read on the pane's thread, in chunks (each clone stays short), before `analyse`. */
  | { type: "rows"; id: number; rows: CellValue[][] }
  | {
      type: "analyse";
      id: number;
      read: Omit<WorkbookRead, "positions"> & { positions: SheetPlace };
    }
  | { type: "call"; id: number; handle: number; method: SourceMethod; args: unknown[] }
  /**
   * The report sheets of the analysis `analysisId` (the id of its `load` or `analyse` request), built here: sent back
   * in parts (`specRows`, then the specs without their rows as the `result`), or, with `handle` (a file opened in
   * the worker), written into that file here and the written sheets sent back.
   */
  | { type: "report"; id: number; analysisId: number; lang: Lang; source: ReportSource; handle?: number }
  | { type: "close"; handle: number }
  /**
   * The pane has drawn the org of request `id` (its thread is idle again): the worker goes on with the checks and
   * coverage, which it holds back meanwhile so as not to take the core the pane's thread needs for the first frame.
   * Handled at once, not queued behind the request it concerns.
   */
  | { type: "resume"; id: number };

/** The longest the worker holds the checks back for the pane's `resume` (one lost must not stall them). */
export const PANE_WAIT_MAX_MS = 2_000;

/**
 * Orgs from this size have their checks held back for the pane's `resume`. A smaller org's checks take a few ms and
 * its drawing is short: they come with the org as before (one drawing, not the org and then its badges).
 */
export const HOLD_CHECKS_FROM = 10_000;

/** Rows of report sheets per message (each clone stays a few ms on the pane's thread). */
export const SPEC_ROWS_PER_MESSAGE = 2_000;

/** An {@link OrgAnalysis} with its model packed; its findings come before it in `findings` messages. */
export type PackedOrgAnalysis = Omit<OrgAnalysis, "model" | "findings"> & { model: PackedOrgModel };

/**
 * Findings per message: tens of thousands of findings in one structured clone would hold the pane's thread (at
 * 100,000 positions 2,000 a message took 12-19 ms of its CPU with the garbage collection they caused).
 */
export const FINDINGS_PER_MESSAGE = 1_000;

/**
 * And at most this many rows and IDs named per message (a message ends after the finding that reaches it): a few
 * findings name thousands of positions each (6,419 IDs in one at 100,000), and 1,000 of them in one clone took 20 ms.
 */
export const FINDING_ITEMS_PER_MESSAGE = 20_000;

/** Worker → pane. */
export type AnalysisReply =
  | { type: "opened"; id: number; ok: true; handle: number; label: string }
  | { type: "opened"; id: number; ok: false; problem: SourceProblem }
  | { type: "stage"; id: number; stage: AnalysisStage }
  /** A slice of the findings of the `org` or `complete` message that follows (in order). */
  | { type: "findings"; id: number; findings: Finding[] }
  | {
      type: "org";
      id: number;
      grid: SheetPlace;
      org: PackedOrgAnalysis;
      /** The chart's per-position sums (worked out here, so the pane's thread does not). */
      rollups: PositionRollups;
      /** The positions the org's findings name. */
      byPosition: FindingsByPosition;
    }
  | {
      type: "complete";
      id: number;
      grid: SheetPlace;
      mapping: WorkbookRead["mapping"];
      rules: WorkbookRead["rules"];
      costSettings: WorkbookRead["costSettings"];
      /** The cost model's figures (typed arrays: cloned, small beside the org). */
      cost?: HeadcountCost;
      /** The budget against the cost (plain data), when the workbook has a Budget table. */
      budget?: BudgetVariance;
      /** Everything of the analysis but the model (which the pane already has from `org`) and the findings. */
      rest: Omit<WorkbookAnalysis, "model" | "findings">;
      /** The positions all the findings name. */
      byPosition: FindingsByPosition;
    }
  /** Rows of report sheet `sheet`: its own rows (`section` −1) or a section's, in order, before the `result`. */
  | { type: "specRows"; id: number; sheet: number; section: number; rows: SpecCell[][] }
  | { type: "problem"; id: number; problem: SourceProblem }
  | { type: "result"; id: number; value: unknown }
  | { type: "error"; id: number; message: string };
