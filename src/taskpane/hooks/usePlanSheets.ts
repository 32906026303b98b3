import { useCallback } from "react";
import type { PlanComparison } from "../../core/compare/planComparison";
import type { ScenarioInfo } from "../../core/scenario/scenarioInfo";
import { translate, type Lang, type MessageKey } from "../../i18n";
import type { AnalysedWorkbook } from "../../pipeline/workbookAnalyser";
import { emptyHistory } from "../plan/editHistory";
import { quoteSheetNames } from "../quoteSheetNames";
import { writePlanComparisonSheet } from "../writeReportSheets";
import { messageOf, type PlansActions, type PlansStore } from "./plansStore";

/**
 * The plans' sheets: a new plan (a copy of the current table or of the shown plan, then shown), a plan deleted
 * (its sheet only, through the workbook's source), and the Plan comparison sheet of the shown plan written.
 */
export function usePlanSheets(
  store: PlansStore,
  lang: Lang,
  list: () => Promise<void>,
  show: (info: ScenarioInfo) => void,
): Pick<PlansActions, "create" | "remove" | "writeComparison"> {
  const { stateRef, currentRef, workbookRef, analysisTicket, update, fail, enqueue } = store;

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
            fail((l) => translate(l, `problem.${code}` as MessageKey, { subject, detail }));
            return;
          }
          const { scenario } = created;
          // Outside Excel the plan's sheet is in the workbook the pane holds: the .xlsx downloaded keeps it.
          const inFile = workbookRef.current.toXlsx !== undefined;
          const text = (l: Lang) =>
            translate(l, inFile ? "ui.plan.createdAdded" : "ui.plan.created", {
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
    [currentRef, fail, lang, list, show, stateRef, update, workbookRef],
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
        const text = (l: Lang) =>
          translate(l, inFile ? "ui.plan.comparisonAdded" : "ui.plan.comparisonWritten", {
            sheets: quoteSheetNames(l, [written.sheetName]),
          });
        update(() => ({
          busy: false,
          notice: { intent: "success", text, ...(inFile ? { action: "download" as const } : {}) },
        }));
      }),
    [enqueue, lang, stateRef, update, workbookRef],
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
          fail((l) => translate(l, `problem.${code}` as MessageKey, { subject, detail }));
          return;
        }
        const same = (plan: { sheetName: string } | undefined) =>
          plan?.sheetName.toLowerCase() === info.sheetName.toLowerCase();
        const wasShown = same(stateRef.current.shown?.info);
        if (wasShown) analysisTicket.current++;
        // Outside Excel the sheet is gone from the workbook the pane holds: the .xlsx downloaded no longer has it.
        const inFile = workbookRef.current.toXlsx !== undefined;
        const text = (l: Lang) =>
          translate(l, inFile ? "ui.plan.deletedFile" : "ui.plan.deleted", { name: info.title, sheet: info.sheetName });
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
    [analysisTicket, enqueue, fail, list, stateRef, update, workbookRef],
  );

  return { create, remove, writeComparison };
}
