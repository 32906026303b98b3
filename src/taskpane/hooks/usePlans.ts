import { useCallback, useEffect, useRef } from "react";
import type { Lang } from "../../i18n";
import type { ScenarioInfo } from "../../core/scenario/scenarioInfo";
import type { SheetGrid } from "../../core/sheet/sheetGrid";
import { sameThreadAnalyser, type AnalysedWorkbook } from "../../pipeline/workbookAnalyser";
import { rememberRollups } from "../chart/chartBasis";
import type { PaneHost, PaneWorkbook } from "../host/paneHost";
import { emptyHistory } from "../plan/editHistory";
import { gridOverSource } from "../plan/gridOverSource";
import { messageOf, usePlansStore, type PlansActions, type PlansState } from "./plansStore";
import { usePlanEdits } from "./usePlanEdits";
import { usePlanSheets } from "./usePlanSheets";

export type { PlansActions, PlansState, ShownPlan } from "./plansStore";

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
  /** The pane's language (what the Plan tab says; its analyses are the same in every language). */
  lang: Lang = host.lang,
): [PlansState, PlansActions] {
  const analyser = host.analyser ?? sameThreadAnalyser;
  const store = usePlansStore(current, workbook);
  const { state, stateRef, currentRef, workbookRef, analysisTicket, update, updateShown, fail, enqueue } = store;

  /** Analyses the shown plan's cells (the pipeline reads the grid for its sheet, the rest from the workbook). */
  const analyse = useCallback(
    async (info: ScenarioInfo, grid: SheetGrid) => {
      const ticket = ++analysisTicket.current;
      const isCurrent = () => ticket === analysisTicket.current;
      const source = gridOverSource(workbookRef.current.source, grid);
      const result = await analyser.load(
        source,
        { sheet: grid.sheetName },
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
    [analyser, update, updateShown],
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
      .load(source, { sheet: next.sheetName })
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
  }, [active, analyser, current, state.analysed, state.plans, state.shown, update, workbook]);

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

  const refreshShown = useCallback(
    () =>
      enqueue(async () => {
        const shown = stateRef.current.shown;
        if (shown) await readShown(shown.info);
      }),
    [enqueue, readShown],
  );

  const { edit, undo, redo } = usePlanEdits(store, lang, analyse, readShown);
  const { create, remove, writeComparison } = usePlanSheets(store, lang, list, show);

  const dismissNotice = useCallback(() => update(() => ({ notice: undefined })), [update]);

  return [
    state,
    { create, show, backToCurrent, edit, undo, redo, refreshShown, writeComparison, remove, dismissNotice },
  ];
}
