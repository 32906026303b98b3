import { useCallback, useRef, useState, type MutableRefObject } from "react";
import type { PlanComparison } from "../../core/compare/planComparison";
import type { ScenarioChangeSet } from "../../core/scenario/scenarioChange";
import type { ScenarioEdit } from "../../core/scenario/scenarioEdit";
import type { ScenarioInfo } from "../../core/scenario/scenarioInfo";
import type { SheetGrid } from "../../core/sheet/sheetGrid";
import type { SourceProblem } from "../../core/sheet/workbookSource";
import { translate } from "../../i18n";
import type { AnalysedWorkbook, AnalysisStage, OrgFirst } from "../../pipeline/workbookAnalyser";
import type { PaneWorkbook } from "../host/paneHost";
import { emptyHistory, type EditHistory } from "../plan/editHistory";
import type { PaneNotice, PaneText } from "../paneNotice";

/** The plan the pane shows instead of the current org: its cells as the pane holds them, and their analysis. */
export interface ShownPlan {
  info: ScenarioInfo;
  /** The plan's cells: read from its sheet, then each edit applied here first (and written to the sheet). */
  grid?: SheetGrid;
  /** The newest org model of the plan (the chart draws it), before its checks are done. */
  org?: OrgFirst;
  /** The plan read and analysed like the current org (checks, coverage, cost). */
  loaded?: AnalysedWorkbook;
  stage?: AnalysisStage;
  /** Why the plan's sheet could not be read. */
  problem?: SourceProblem;
}

export interface PlansState {
  /** The workbook's plans, in workbook order. */
  plans: ScenarioInfo[];
  shown?: ShownPlan;
  /** Every plan read and analysed (the shown one's with its edits), by sheet: the list's glance and comparisons. */
  analysed: ReadonlyMap<string, AnalysedWorkbook | "unavailable">;
  /** True while a plan is created, or an edit is written. */
  busy: boolean;
  /** The pane's undo and redo of the shown plan's edits. */
  history: EditHistory<ScenarioChangeSet>;
  /** True when the host's own undo (Excel's) takes back the last edit written. */
  hostUndo: boolean;
  notice?: PaneNotice;
}

export interface PlansActions {
  /** Copies the current table (or the shown plan) to a new plan under `title`, and shows it. */
  create: (title: string, fromShown: boolean) => void;
  show: (plan: ScenarioInfo) => void;
  backToCurrent: () => void;
  /** An edit from the chart of the shown plan: applied to its cells at once, then written to its sheet. */
  edit: (edit: ScenarioEdit) => void;
  undo: () => void;
  redo: () => void;
  /** Reads the shown plan's sheet again (after an edit in the sheet itself). */
  refreshShown: () => void;
  /**
   * Deletes a plan: its sheet, through the workbook's source (which refuses any sheet but a plan's). If it was shown,
   * the pane goes back to the current org. The user's own table is not touched.
   */
  remove: (plan: ScenarioInfo) => void;
  /** Writes the Plan comparison sheet of the shown plan against `baseline` (the current org or another plan). */
  writeComparison: (comparison: PlanComparison, baseline: { label: string; loaded: AnalysedWorkbook }) => void;
  dismissNotice: () => void;
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The Plan tab's state and what its work shares: the refs queued work reads (the state as the work before it left
 * it, the current org, the workbook), the shown plan's analysis ticket, and the state's updates.
 */
export interface PlansStore {
  state: PlansState;
  /**
   * The state queued work reads. `update` sets it at once, so work queued back to back (two undos pressed quickly)
   * sees what the one before it did before React has rendered it.
   */
  stateRef: MutableRefObject<PlansState>;
  currentRef: MutableRefObject<AnalysedWorkbook | undefined>;
  workbookRef: MutableRefObject<PaneWorkbook>;
  /** Grows with every analysis of the shown plan: an older one's outcome is dropped. */
  analysisTicket: MutableRefObject<number>;
  update: (change: (previous: PlansState) => Partial<PlansState>) => void;
  /** Changes the shown plan, if it is still the plan on `sheet`. */
  updateShown: (sheet: string, change: (shown: ShownPlan) => Partial<ShownPlan>) => void;
  /** Ends the work in hand with an error notice. */
  fail: (text: PaneText) => void;
  /** Edits, undos, redos and writes run one after the other, in the order the user made them. */
  enqueue: (work: () => Promise<void>) => void;
}

/** The Plan tab's state and its updates (each one stable: its messages are made in the language they are shown in). */
export function usePlansStore(current: AnalysedWorkbook | undefined, workbook: PaneWorkbook): PlansStore {
  const [state, setState] = useState<PlansState>(() => ({
    plans: [],
    analysed: new Map(),
    busy: false,
    history: emptyHistory(),
    hostUndo: false,
  }));
  const stateRef = useRef(state);
  const currentRef = useRef(current);
  currentRef.current = current;
  const workbookRef = useRef(workbook);
  workbookRef.current = workbook;
  const analysisTicket = useRef(0);
  const queue = useRef<Promise<void>>(Promise.resolve());

  const update = useCallback((change: (previous: PlansState) => Partial<PlansState>) => {
    const next = { ...stateRef.current, ...change(stateRef.current) };
    stateRef.current = next;
    setState(next);
  }, []);
  const updateShown = useCallback(
    (sheet: string, change: (shown: ShownPlan) => Partial<ShownPlan>) =>
      update((previous) =>
        previous.shown?.info.sheetName === sheet ? { shown: { ...previous.shown, ...change(previous.shown) } } : {},
      ),
    [update],
  );
  const fail = useCallback(
    (text: PaneText) =>
      update(() => ({ busy: false, notice: { intent: "error", title: (l) => translate(l, "ui.error.title"), text } })),
    [update],
  );
  const enqueue = useCallback(
    (work: () => Promise<void>) => {
      queue.current = queue.current.then(work).catch((error: unknown) => fail(messageOf(error)));
    },
    [fail],
  );
  return { state, stateRef, currentRef, workbookRef, analysisTicket, update, updateShown, fail, enqueue };
}
