import { useCallback, useEffect, useRef, useState } from "react";
import type { PlanComparison } from "../../core/compare/planComparison";
import { applyChangesToGrid } from "../../core/scenario/applyChangesToGrid";
import type { ScenarioChangeSet } from "../../core/scenario/scenarioChange";
import { scenarioChanges } from "../../core/scenario/scenarioChanges";
import type { ScenarioEdit } from "../../core/scenario/scenarioEdit";
import type { ScenarioInfo } from "../../core/scenario/scenarioInfo";
import type { SheetGrid } from "../../core/sheet/sheetGrid";
import type { SourceProblem } from "../../core/sheet/workbookSource";
import { translate, type MessageKey } from "../../i18n";
import {
  sameThreadAnalyser,
  type AnalysedWorkbook,
  type AnalysisStage,
  type OrgFirst,
} from "../../pipeline/workbookAnalyser";
import { rememberRollups } from "../chart/chartBasis";
import type { PaneHost, PaneWorkbook } from "../host/paneHost";
import { emptyHistory, recordEdit, takeRedo, takeUndo, type EditHistory } from "../plan/editHistory";
import { gridOverSource } from "../plan/gridOverSource";
import { quoteSheetNames } from "../quoteSheetNames";
import { writePlanComparisonSheet } from "../writeReportSheets";
import type { PaneNotice } from "./useOrgWorkbook";

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

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * The Plan tab's state: the workbook's plans (scenario sheets), which one the pane shows instead of the current org,
 * that plan's cells and analysis (the same pipeline, in the analysis worker like the current org), its edits
 * (applied to the cells in the pane first, then written to the plan's sheet through the workbook's source) and the
 * pane's undo of them. The user's own table is never edited: only the plan's sheet is written, through
 * `applyScenarioChanges`, which refuses any other sheet.
 */
export function usePlans(
  host: PaneHost,
  workbook: PaneWorkbook,
  /** The current org as last read (its column mapping reads the plans; a new read re-lists them). */
  current: AnalysedWorkbook | undefined,
  /**
   * Whether the plans are wanted (the Plan tab was opened): until then the workbook is not asked for them, so a user who
   * never plans costs Excel no extra request.
   */
  active = true,
): [PlansState, PlansActions] {
  const { lang } = host;
  const analyser = host.analyser ?? sameThreadAnalyser;
  const [state, setState] = useState<PlansState>(() => ({
    plans: [],
    analysed: new Map(),
    busy: false,
    history: emptyHistory(),
    hostUndo: false,
  }));
  /**
   * The state queued work reads. `update` sets it at once, so work queued back to back (two undos pressed quickly)
   * sees what the one before it did before React has rendered it.
   */
  const stateRef = useRef(state);
  const currentRef = useRef(current);
  currentRef.current = current;
  const workbookRef = useRef(workbook);
  workbookRef.current = workbook;
  /** Grows with every analysis of the shown plan: an older one's outcome is dropped. */
  const analysisTicket = useRef(0);
  /** Edits, undos and redos run one after the other, in the order the user made them. */
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
    (text: string) =>
      update(() => ({ busy: false, notice: { intent: "error", title: translate(lang, "ui.error.title"), text } })),
    [lang, update],
  );

  /** Analyses the shown plan's cells (the pipeline reads the grid for its sheet, the rest from the workbook). */
  const analyse = useCallback(
    async (info: ScenarioInfo, grid: SheetGrid) => {
      const ticket = ++analysisTicket.current;
      const isCurrent = () => ticket === analysisTicket.current;
      const source = gridOverSource(workbookRef.current.source, grid);
      const result = await analyser.load(
        source,
        { lang, sheet: grid.sheetName },
        {
          onStage: (stage) => {
            if (isCurrent()) updateShown(info.sheetName, () => ({ stage }));
          },
          onOrg: (org) => {
            if (org.rollups) rememberRollups(org.analysis.model, org.rollups);
            if (isCurrent()) updateShown(info.sheetName, () => ({ org }));
          },
        },
      );
      if (!isCurrent()) return;
      if (!result.ok) {
        updateShown(info.sheetName, () => ({ problem: result.problem, stage: undefined }));
        return;
      }
      const loaded = result.loaded;
      updateShown(info.sheetName, () => ({
        loaded,
        org: { grid: loaded.grid, analysis: loaded.analysis },
        problem: undefined,
        stage: undefined,
      }));
      update((previous) => ({ analysed: new Map(previous.analysed).set(info.sheetName, loaded) }));
    },
    [analyser, lang, update, updateShown],
  );

  /** Reads the plan's sheet (its cells come to the pane: edits are worked out on them) and analyses it. */
  const readShown = useCallback(
    async (info: ScenarioInfo) => {
      const mapping = currentRef.current?.mapping;
      const read = await workbookRef.current.source.readPositions({ sheet: info.sheetName, mapping });
      if (stateRef.current.shown?.info.sheetName !== info.sheetName) return;
      if (!read.ok) {
        updateShown(info.sheetName, () => ({ problem: read.problem, stage: undefined }));
        return;
      }
      updateShown(info.sheetName, () => ({ grid: read.grid }));
      await analyse(info, read.grid);
    },
    [analyse, updateShown],
  );

  const list = useCallback(async () => {
    const source = workbookRef.current.source;
    try {
      const plans = await source.listScenarios();
      if (workbookRef.current.source !== source) return;
      update((previous) => {
        const shown =
          previous.shown && plans.some((plan) => plan.sheetName === previous.shown?.info.sheetName)
            ? previous.shown
            : undefined;
        return { plans, shown, history: shown ? previous.history : emptyHistory() };
      });
    } catch (error) {
      fail(messageOf(error));
    }
  }, [fail, update]);

  // Another workbook: no plan is shown, its plans are listed. A new read of the current org re-lists them (a sheet
  // renamed or deleted in Excel) and re-analyses the plans for the glance (the current org changed).
  useEffect(() => {
    analysisTicket.current++;
    update(() => ({ plans: [], analysed: new Map(), busy: false, history: emptyHistory(), hostUndo: false }));
  }, [update, workbook]);
  useEffect(() => {
    if (current && active) void list();
  }, [active, current, list]);

  // Every plan not shown is read and analysed once (one at a time) for the list's glance and for comparisons.
  const analysing = useRef(false);
  useEffect(() => {
    if (analysing.current || !current || !active) return;
    const next = state.plans.find(
      (plan) => !state.analysed.has(plan.sheetName) && plan.sheetName !== state.shown?.info.sheetName,
    );
    if (!next) return;
    analysing.current = true;
    const source = workbook.source;
    analyser
      .load(source, { lang, sheet: next.sheetName })
      .then(
        (result) =>
          result.ok && result.loaded.grid.sheetName === next.sheetName ? result.loaded : ("unavailable" as const),
        () => "unavailable" as const,
      )
      .then((loaded) => {
        analysing.current = false;
        if (workbookRef.current.source !== source) return;
        update((previous) => ({ analysed: new Map(previous.analysed).set(next.sheetName, loaded) }));
      });
  }, [active, analyser, current, lang, state.analysed, state.plans, state.shown, update, workbook]);

  const show = useCallback(
    (info: ScenarioInfo) => {
      analysisTicket.current++;
      update(() => ({ shown: { info }, history: emptyHistory(), hostUndo: false }));
      void readShown(info).catch((error: unknown) => fail(messageOf(error)));
    },
    [fail, readShown, update],
  );

  const backToCurrent = useCallback(() => {
    analysisTicket.current++;
    update(() => ({ shown: undefined, history: emptyHistory(), hostUndo: false }));
  }, [update]);

  const create = useCallback(
    (title: string, fromShown: boolean) => {
      const source = workbookRef.current.source;
      const from = fromShown ? stateRef.current.shown?.info.sheetName : currentRef.current?.grid.sheetName;
      update(() => ({ busy: true, notice: undefined }));
      source
        .createScenario({ title, lang, from, mapping: currentRef.current?.mapping })
        .then(async (created) => {
          if (!created.ok) {
            const { code, subject = "", detail = "" } = created.problem;
            fail(translate(lang, `problem.${code}` as MessageKey, { subject, detail }));
            return;
          }
          const { scenario } = created;
          // Outside Excel the plan's sheet is in the workbook the pane holds: the .xlsx downloaded keeps it.
          const inFile = workbookRef.current.toXlsx !== undefined;
          const text = translate(lang, inFile ? "ui.plan.createdAdded" : "ui.plan.created", {
            name: scenario.title,
            sheet: scenario.sheetName,
          });
          update((previous) => ({
            busy: false,
            plans: [...previous.plans.filter((plan) => plan.sheetName !== scenario.sheetName), scenario],
            notice: { intent: "success", text, ...(inFile ? { action: "download" as const } : {}) },
          }));
          show(scenario);
          void list();
        })
        .catch((error: unknown) => fail(messageOf(error)));
    },
    [fail, lang, list, show, update],
  );

  /** Applies a change set to the shown plan: to its cells (re-analysed at once), then to its sheet. */
  const applySet = useCallback(
    async (set: ScenarioChangeSet): Promise<boolean> => {
      const shown = stateRef.current.shown;
      if (!shown?.grid) return false;
      const { info, grid } = shown;
      const applied = applyChangesToGrid(grid, set);
      if (!applied.ok) {
        // The cells changed under the edit (the sheet was edited meanwhile): read them again.
        fail(translate(lang, "ui.plan.editFailed", { detail: translate(lang, "problem.SCENARIO_CHANGED", {}) }));
        await readShown(info);
        return false;
      }
      updateShown(info.sheetName, () => ({ grid: applied.grid }));
      const analysed = analyse(info, applied.grid);
      let written;
      try {
        written = await workbookRef.current.source.applyScenarioChanges(info.sheetName, set);
      } catch (error) {
        written = { ok: false as const, problem: { code: "EXCEL_API_ERROR" as const, detail: messageOf(error) } };
      }
      await analysed;
      if (!written.ok) {
        const { code, subject = "", detail = "" } = written.problem;
        fail(
          translate(lang, "ui.plan.editFailed", {
            detail: translate(lang, `problem.${code}` as MessageKey, { subject, detail }),
          }),
        );
        // The sheet is the truth: what the pane applied ahead of it is dropped.
        await readShown(info);
        return false;
      }
      update(() => ({ hostUndo: written.hostUndo }));
      return true;
    },
    [analyse, fail, lang, readShown, update, updateShown],
  );

  const enqueue = useCallback(
    (work: () => Promise<void>) => {
      queue.current = queue.current.then(work).catch((error: unknown) => fail(messageOf(error)));
    },
    [fail],
  );

  const edit = useCallback(
    (edit: ScenarioEdit) =>
      enqueue(async () => {
        const shown = stateRef.current.shown;
        if (!shown?.grid) return;
        const result = scenarioChanges(shown.grid, edit, { mapping: currentRef.current?.mapping, lang });
        if (!result.ok) {
          update(() => ({
            notice: {
              intent: "error",
              text: translate(lang, "ui.plan.editRefused", { detail: result.refusal.message }),
            },
          }));
          return;
        }
        if (result.changes.changes.length === 0) return;
        update(() => ({ busy: true, notice: undefined }));
        const done = await applySet(result.changes);
        update((previous) => ({
          busy: false,
          history: done
            ? recordEdit(previous.history, { edit, changes: result.changes, inverse: result.inverse })
            : previous.history,
        }));
      }),
    [applySet, enqueue, lang, update],
  );

  const undo = useCallback(
    () =>
      enqueue(async () => {
        const taken = takeUndo(stateRef.current.history);
        if (!taken) return;
        update(() => ({ busy: true, notice: undefined }));
        const done = await applySet(taken.entry.inverse);
        update(() => ({ busy: false, history: done ? taken.history : emptyHistory() }));
      }),
    [applySet, enqueue, update],
  );

  const redo = useCallback(
    () =>
      enqueue(async () => {
        const taken = takeRedo(stateRef.current.history);
        if (!taken) return;
        update(() => ({ busy: true, notice: undefined }));
        const done = await applySet(taken.entry.changes);
        update(() => ({ busy: false, history: done ? taken.history : emptyHistory() }));
      }),
    [applySet, enqueue, update],
  );

  const refreshShown = useCallback(
    () =>
      enqueue(async () => {
        const shown = stateRef.current.shown;
        if (shown) await readShown(shown.info);
      }),
    [enqueue, readShown],
  );

  const writeComparison = useCallback(
    (comparison: PlanComparison, baseline: { label: string; loaded: AnalysedWorkbook }) =>
      enqueue(async () => {
        const shown = stateRef.current.shown;
        if (!shown?.loaded) return;
        update(() => ({ busy: true, notice: undefined }));
        const written = await writePlanComparisonSheet(
          workbookRef.current.source,
          comparison,
          baseline,
          { label: shown.info.sheetName, loaded: shown.loaded, grid: shown.grid },
          lang,
        );
        const inFile = workbookRef.current.toXlsx !== undefined;
        const sheets = quoteSheetNames(lang, [written.sheetName]);
        const text = translate(lang, inFile ? "ui.plan.comparisonAdded" : "ui.plan.comparisonWritten", { sheets });
        update(() => ({
          busy: false,
          notice: { intent: "success", text, ...(inFile ? { action: "download" as const } : {}) },
        }));
      }),
    [enqueue, lang, update],
  );

  const remove = useCallback(
    (info: ScenarioInfo) =>
      enqueue(async () => {
        const source = workbookRef.current.source;
        update(() => ({ busy: true, notice: undefined }));
        let deleted;
        try {
          deleted = await source.deleteScenario(info.sheetName);
        } catch (error) {
          deleted = { ok: false as const, problem: { code: "EXCEL_API_ERROR" as const, detail: messageOf(error) } };
        }
        if (!deleted.ok) {
          const { code, subject = "", detail = "" } = deleted.problem;
          fail(translate(lang, `problem.${code}` as MessageKey, { subject, detail }));
          return;
        }
        const same = (plan: { sheetName: string } | undefined) =>
          plan?.sheetName.toLowerCase() === info.sheetName.toLowerCase();
        const wasShown = same(stateRef.current.shown?.info);
        if (wasShown) analysisTicket.current++;
        // Outside Excel the sheet is gone from the workbook the pane holds: the .xlsx downloaded no longer has it.
        const inFile = workbookRef.current.toXlsx !== undefined;
        const text = translate(lang, inFile ? "ui.plan.deletedFile" : "ui.plan.deleted", {
          name: info.title,
          sheet: info.sheetName,
        });
        update((previous) => {
          const analysed = new Map(previous.analysed);
          analysed.delete(info.sheetName);
          return {
            busy: false,
            plans: previous.plans.filter((plan) => !same(plan)),
            analysed,
            ...(wasShown ? { shown: undefined, history: emptyHistory(), hostUndo: false } : {}),
            notice: { intent: "success", text, ...(inFile ? { action: "download" as const } : {}) },
          };
        });
        if (workbookRef.current.source === source) await list();
      }),
    [enqueue, fail, lang, list, update],
  );

  const dismissNotice = useCallback(() => update(() => ({ notice: undefined })), [update]);

  return [
    state,
    { create, show, backToCurrent, edit, undo, redo, refreshShown, writeComparison, remove, dismissNotice },
  ];
}
