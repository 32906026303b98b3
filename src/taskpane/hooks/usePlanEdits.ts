import { useCallback } from "react";
import { applyChangesToGrid } from "../../core/scenario/applyChangesToGrid";
import type { ScenarioChangeSet } from "../../core/scenario/scenarioChange";
import { scenarioChanges } from "../../core/scenario/scenarioChanges";
import type { ScenarioEdit } from "../../core/scenario/scenarioEdit";
import type { ScenarioInfo } from "../../core/scenario/scenarioInfo";
import type { SheetGrid } from "../../core/sheet/sheetGrid";
import { translate, type Lang, type MessageKey } from "../../i18n";
import { emptyHistory, recordEdit, takeRedo, takeUndo, type HistoryEntry } from "../plan/editHistory";
import { messageOf, type PlansActions, type PlansStore } from "./plansStore";

/**
 * The shown plan's edits, undos and redos, queued one after the other: each applied to the plan's cells in the pane
 * first (and re-analysed at once), then written to the plan's sheet; the pane's history records what was written.
 * A write that fails drops what the pane applied ahead of it: the plan's sheet is read again.
 */
export function usePlanEdits(
  store: PlansStore,
  lang: Lang,
  analyse: (info: ScenarioInfo, grid: SheetGrid) => Promise<void>,
  readShown: (info: ScenarioInfo) => Promise<void>,
): Pick<PlansActions, "edit" | "undo" | "redo"> {
  const { stateRef, currentRef, workbookRef, update, updateShown, fail, enqueue } = store;

  /** Applies a change set to the shown plan: to its cells (re-analysed at once), then to its sheet. */
  const applySet = useCallback(
    async (set: ScenarioChangeSet): Promise<boolean> => {
      const shown = stateRef.current.shown;
      if (!shown?.grid) return false;
      const { info, grid } = shown;
      const applied = applyChangesToGrid(grid, set);
      if (!applied.ok) {
        // The cells changed under the edit (the sheet was edited meanwhile): read them again.
        fail((l) => translate(l, "ui.plan.editFailed", { detail: translate(l, "problem.SCENARIO_CHANGED", {}) }));
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
        fail((l) =>
          translate(l, "ui.plan.editFailed", {
            detail: translate(l, `problem.${code}` as MessageKey, { subject, detail }),
          }),
        );
        // The sheet is the truth: what the pane applied ahead of it is dropped.
        await readShown(info);
        return false;
      }
      update(() => ({ hostUndo: written.hostUndo }));
      return true;
    },
    [analyse, fail, readShown, stateRef, update, updateShown, workbookRef],
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
              text: (l: Lang) =>
                translate(l, "ui.plan.editRefused", {
                  detail: translate(l, `scenario.refusal.${result.refusal.code}` as MessageKey, result.refusal.params),
                }),
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
    [applySet, currentRef, enqueue, lang, stateRef, update],
  );

  /** Undo or redo: the history's entry taken, and its change set (the inverse, or the changes again) applied. */
  const replay = useCallback(
    (
      take: typeof takeUndo<ScenarioChangeSet>,
      changesOf: (entry: HistoryEntry<ScenarioChangeSet>) => ScenarioChangeSet,
    ) =>
      enqueue(async () => {
        const taken = take(stateRef.current.history);
        if (!taken) return;
        update(() => ({ busy: true, notice: undefined }));
        const done = await applySet(changesOf(taken.entry));
        update(() => ({ busy: false, history: done ? taken.history : emptyHistory() }));
      }),
    [applySet, enqueue, stateRef, update],
  );
  const undo = useCallback(() => replay(takeUndo, (entry) => entry.inverse), [replay]);
  const redo = useCallback(() => replay(takeRedo, (entry) => entry.changes), [replay]);

  return { edit, undo, redo };
}
