import { makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { translate, translatorFor, type Lang } from "../i18n";
import type { PaneText } from "./paneNotice";
import { AnalysisStatus } from "./components/AnalysisStatus";
import { ChartPanel } from "./components/chart/ChartPanel";
import { ChecksView } from "./components/checks/ChecksView";
import { prepareListViews } from "./components/checks/listViewData";
import { ColumnMappingPanel } from "./components/ColumnMappingPanel";
import { CostView } from "./components/cost/CostView";
import { CoverageView } from "./components/CoverageView";
import { FileDropZone } from "./components/FileDropZone";
import { OverviewView } from "./components/OverviewView";
import { PaneHeader } from "./components/PaneHeader";
import { PaneMessages } from "./components/PaneMessages";
import { paneTabId, PaneTabs, type PaneTab } from "./components/PaneTabs";
import { PlanView } from "./components/plan/PlanView";
import { PlanChartTab } from "./components/plan/PlanChartTab";
import { ShownPlanBanner } from "./components/plan/ShownPlanBanner";
import { PositionsOutline } from "./components/PositionsOutline";
import { SettingsView } from "./components/settings/SettingsView";
import { WorkbookActions } from "./components/WorkbookActions";
import { describeSource } from "./describeSource";
import { EMPTY_FINDING_FILTER, type FindingFilter } from "./findings/filterFindings";
import { positionsWithFindings } from "./groupFindings";
import type { PaneHost } from "./host/paneHost";
import { useChartState } from "./hooks/useChartState";
import { useFindingNavigation } from "./hooks/useFindingNavigation";
import { useFollowPositions } from "./hooks/useFollowPositions";
import { useOrgWorkbook } from "./hooks/useOrgWorkbook";
import { usePlanComparison, usePlanGlances, type CompareWith } from "./hooks/usePlanComparison";
import { usePlans } from "./hooks/usePlans";
import { usePlanUndoKeys } from "./hooks/usePlanUndoKeys";
import { describeEdit } from "./plan/describeEdit";
import { usePositionFocus } from "./hooks/usePositionFocus";
import { departmentNames } from "./settings/departmentNames";
import { PaneLanguageProvider, usePaneLanguage } from "./translateContext";

const usePageStyles = makeStaticStyles({
  body: { margin: 0 },
});

const useStyles = makeStyles({
  pane: { backgroundColor: tokens.colorNeutralBackground1, color: tokens.colorNeutralForeground1 },
  main: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXXL}`,
    minWidth: 0,
  },
  panel: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, minWidth: 0 },
});

/** The selected finding's list item, to go back to from the outline. */
function focusSelectedFinding(): void {
  const button = document.querySelector<HTMLElement>("[data-finding-code][data-selected='true'] button");
  button?.scrollIntoView({ block: "center" });
  button?.focus({ preventScroll: true });
}

export interface AppProps {
  host: PaneHost;
  /** The pane's language, when the page holds it (index.tsx: the page's title and Fluent's provider follow it too). */
  lang?: Lang;
  /** The user switched the language (with `lang`); without both, the App holds its language itself. */
  onLangChange?: (lang: Lang) => void;
}

/**
 * Connects the host's workbook to the core and the core's analysis to the views. The pane starts in the host's
 * language; the user may switch it (the header's language menu): the org loaded stays, every view says it again.
 */
export function App({ host, lang: heldLang, onLangChange }: AppProps) {
  usePageStyles();
  const styles = useStyles();
  const [ownLang, setOwnLang] = useState(host.lang);
  const lang = heldLang ?? ownLang;
  const switchLang = onLangChange ?? setOwnLang;
  const language = useMemo(() => ({ lang, t: translatorFor(lang), switchLang }), [lang, switchLang]);
  return (
    <PaneLanguageProvider value={language}>
      <Pane host={host} lang={lang} className={styles.pane} />
    </PaneLanguageProvider>
  );
}

function Pane({ host, lang, className }: { host: PaneHost; lang: Lang; className: string }) {
  const styles = useStyles();
  const [state, actions] = useOrgWorkbook(host, lang);
  const [tab, setTab] = useState<PaneTab>("chart");
  /** The plans are listed once the Plan tab has been opened (no request for them before). */
  const [plansWanted, setPlansWanted] = useState(false);
  if (tab === "plan" && !plansWanted) setPlansWanted(true);
  const [plans, planActions] = usePlans(host, state.workbook, state.loaded, plansWanted, lang);
  const [compareWith, setCompareWith] = useState<CompareWith>({ kind: "current" });
  const [columnsOpen, setColumnsOpen] = useState(false);
  const [filter, setFilter] = useState<FindingFilter>(EMPTY_FINDING_FILTER);
  const [focus, focusActions] = usePositionFocus();
  const { workbook, busy } = state;
  /** A plan shown instead of the current org: every view (chart, checks, coverage, cost) shows it. */
  const plan = plans.shown;
  const loaded = plan ? plan.loaded : state.loaded;
  const org = plan ? plan.org : state.org;
  const analysis = loaded?.analysis;
  /** The newest org: the chart draws it as soon as its model exists; the other views wait for its checks. */
  const current = org?.analysis ?? analysis;
  const checked = analysis !== undefined && current !== undefined && analysis.model === current.model;
  const selection = useFindingNavigation(host, loaded, focusActions);
  const chart = useChartState(workbook, current?.model);
  const { t } = usePaneLanguage();
  /** A failure in Excel the user must hear of: a card that could not select its row, a watch that failed. */
  const [excelProblem, setExcelProblem] = useState<PaneText>();
  /** (A PaneText may be a function: set as the state, never called as React's updater.) */
  const showExcelProblem = useCallback((text: PaneText) => setExcelProblem(() => text), []);
  const followFailed = useCallback(
    (detail: string) => showExcelProblem((l: Lang) => translate(l, "ui.excel.followFailed", { detail })),
    [showExcelProblem],
  );
  // The current table is followed always (plans are compared with it); selecting its rows selects cards only while
  // it is shown. A plan shown is followed too: an edit in its sheet reads it again.
  const ignoreSelect = useCallback(() => undefined, []);
  useFollowPositions(
    host,
    state.org ?? state.loaded,
    actions.refreshInBackground,
    plan ? ignoreSelect : chart[1].select,
    followFailed,
  );
  useFollowPositions(host, plan?.org, planActions.refreshShown, chart[1].select, followFailed);
  const planComparison = usePlanComparison(state.loaded, plans, compareWith);
  const glances = usePlanGlances(state.loaded, plans);
  const history = plans.history;
  const undoEntry = history.done[history.done.length - 1];
  const redoEntry = history.undone[history.undone.length - 1];
  usePlanUndoKeys(plan !== undefined, planActions.undo, planActions.redo);
  useEffect(() => setCompareWith({ kind: "current" }), [plan?.info.sheetName]);
  const selectPosition = useCallback(
    (id: string) => {
      const index = current?.model.indexById.get(id);
      if (index === undefined) return;
      chart[1].select(index, true);
      setTab("chart");
    },
    [chart, current],
  );

  const flagged = useMemo(() => current && positionsWithFindings(current.model, current.findings), [current]);
  /** The version the shown plan is compared with, drawn beside it or instead of it (Plan / Current). */
  const baselineOther = compareWith.kind === "plan" ? plans.analysed.get(compareWith.sheet) : undefined;
  const baseline = !plan
    ? undefined
    : compareWith.kind === "current"
      ? state.loaded
      : baselineOther === "unavailable"
        ? undefined
        : baselineOther;
  const baselineChart = useChartState(workbook, baseline?.analysis.model);
  const baselineFlagged = useMemo(
    () => baseline && positionsWithFindings(baseline.analysis.model, baseline.analysis.findings),
    [baseline],
  );
  const departments = useMemo(
    () => (analysis && tab === "settings" ? departmentNames(analysis.model) : []),
    [analysis, tab],
  );
  const sourceText = describeSource(workbook.origin, workbook.source.label, state.org?.grid ?? state.loaded?.grid, t);
  const mappingNeeded = (current?.columns.missing.length ?? 0) > 0;
  const openChecks = useCallback(() => setTab("checks"), []);
  // The Checks and Overview lists are worked out while the pane is idle, so opening those tabs only renders.
  useEffect(() => (checked && analysis ? prepareListViews(analysis) : undefined), [checked, analysis]);

  return (
    <FileDropZone className={className} onFile={host.openFile ? actions.openFile : undefined}>
      <PaneHeader sourceText={sourceText} />
      <main className={styles.main} aria-busy={busy}>
        <WorkbookActions
          inExcel={host.inExcel}
          busy={busy}
          columnsOpen={columnsOpen || mappingNeeded}
          canDownload={Boolean(workbook.toXlsx)}
          canWriteReport={checked && !mappingNeeded}
          onToggleColumns={() => setColumnsOpen(!columnsOpen)}
          onInsertSample={actions.insertSample}
          onRefresh={actions.refresh}
          onOpenFile={actions.openFile}
          onOpenSample={actions.openSample}
          onDownload={actions.download}
          onWriteReport={actions.writeReport}
          status={(idle) => <AnalysisStatus busy={busy} stage={state.stage} stale={state.stale} line={{ idle }} />}
        />
        <PaneMessages
          problem={state.problem}
          notice={state.notice}
          onDismissProblem={actions.dismissProblem}
          onDismissNotice={actions.dismissNotice}
          onDownload={actions.download}
        />
        {excelProblem && (
          <PaneMessages
            notice={{ intent: "error", text: excelProblem }}
            onDismissProblem={() => setExcelProblem(undefined)}
            onDismissNotice={() => setExcelProblem(undefined)}
          />
        )}
        {plans.notice && (
          <PaneMessages
            notice={plans.notice}
            onDismissProblem={planActions.dismissNotice}
            onDismissNotice={planActions.dismissNotice}
            onDownload={actions.download}
          />
        )}
        {plan?.problem && (
          <PaneMessages
            problem={plan.problem}
            onDismissProblem={planActions.backToCurrent}
            onDismissNotice={planActions.backToCurrent}
          />
        )}
        {current && (columnsOpen || mappingNeeded) && (
          <ColumnMappingPanel
            key={`mapping-${current.columns.headers.join("\u0000")}-${current.columns.headerRow}`}
            columns={current.columns}
            busy={busy}
            onApply={actions.applyMapping}
            onClose={mappingNeeded ? undefined : () => setColumnsOpen(false)}
          />
        )}
        {plan && (
          <ShownPlanBanner
            name={plan.info.title}
            sheet={plan.info.sheetName}
            undoLabel={undoEntry && describeEdit(t, undoEntry.edit)}
            redoLabel={redoEntry && describeEdit(t, redoEntry.edit)}
            busy={plans.busy}
            onUndo={planActions.undo}
            onRedo={planActions.redo}
            onBack={planActions.backToCurrent}
          />
        )}
        {plan && !org && !plan.problem && <AnalysisStatus busy stage={plan.stage ?? "reading"} />}
        {((current && org && flagged) || tab === "plan") && (
          <>
            <PaneTabs selected={tab} onSelect={setTab} />
            <div className={styles.panel} role="tabpanel" id="pane-tabpanel" aria-labelledby={paneTabId(tab)}>
              {tab === "chart" && plan && current && org && flagged && (
                <PlanChartTab
                  key={plan.info.sheetName}
                  host={host}
                  name={plan.info.title}
                  plan={{
                    analysis: current,
                    sheet: org.grid.sheetName,
                    flagged,
                    cost: checked ? loaded?.cost : undefined,
                    costShown: loaded?.costSettings.shown,
                    chart,
                  }}
                  baseline={
                    baseline &&
                    baselineFlagged && {
                      analysis: baseline.analysis,
                      sheet: baseline.grid.sheetName,
                      flagged: baselineFlagged,
                      cost: baseline.cost,
                      costShown: baseline.costSettings.shown,
                      chart: baselineChart,
                    }
                  }
                  changes={planComparison.changes}
                  onEdit={planActions.edit}
                  onProblem={showExcelProblem}
                />
              )}
              {tab === "chart" && !plan && current && org && flagged && (
                <ChartPanel
                  host={host}
                  analysis={current}
                  sheet={org.grid.sheetName}
                  chart={chart}
                  flagged={flagged}
                  onProblem={showExcelProblem}
                  cost={checked ? loaded?.cost : undefined}
                  costShown={loaded?.costSettings.shown}
                />
              )}
              {tab === "plan" && (
                <PlanView
                  plans={plans}
                  actions={planActions}
                  glances={glances}
                  canCreate={state.loaded !== undefined && !busy}
                  comparison={planComparison.comparison}
                  comparisonPending={planComparison.pending}
                  compareWith={compareWith}
                  onCompareWith={setCompareWith}
                  onSelectPosition={selectPosition}
                  onWriteComparison={
                    planComparison.comparison && baseline
                      ? () =>
                          planActions.writeComparison(planComparison.comparison!, {
                            label: compareWith.kind === "current" ? baseline.grid.sheetName : compareWith.sheet,
                            loaded: baseline,
                          })
                      : undefined
                  }
                />
              )}
              {tab !== "chart" && tab !== "plan" && !checked && (
                <AnalysisStatus busy stage={(plan ? plan.stage : state.stage) ?? "checks"} />
              )}
              {checked && tab === "overview" && (
                <OverviewView analysis={analysis} selection={selection} onOpenChecks={openChecks} />
              )}
              {checked && tab === "checks" && (
                <ChecksView
                  findings={analysis.findings}
                  filter={filter}
                  onFilterChange={setFilter}
                  selection={selection}
                />
              )}
              {checked && tab === "coverage" && <CoverageView analysis={analysis} selection={selection} />}
              {checked && loaded && tab === "cost" && (
                <CostView
                  cost={loaded.cost}
                  budget={loaded.budget}
                  model={analysis.model}
                  saved={loaded.costSettings}
                  busy={busy}
                  onSave={actions.saveCost}
                  onWriteSheet={actions.writeCostSheet}
                />
              )}
              {checked && loaded && tab === "settings" && (
                <SettingsView
                  key={`settings-${state.version}`}
                  rules={loaded.rules}
                  departments={departments}
                  busy={busy}
                  onSave={actions.saveRules}
                />
              )}
              {checked && flagged && (tab === "overview" || tab === "checks") && (
                <PositionsOutline
                  key={`positions-${state.version}`}
                  model={analysis.model}
                  flagged={flagged}
                  focus={focus}
                  onBackToFinding={focusSelectedFinding}
                />
              )}
            </div>
          </>
        )}
      </main>
    </FileDropZone>
  );
}
