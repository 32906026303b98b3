import { makeStaticStyles, makeStyles, tokens } from "@fluentui/react-components";
import { useCallback, useMemo, useState } from "react";
import { translatorFor } from "../i18n";
import { AnalysisStatus } from "./components/AnalysisStatus";
import { ChartPanel } from "./components/chart/ChartPanel";
import { ChecksView } from "./components/checks/ChecksView";
import { ColumnMappingPanel } from "./components/ColumnMappingPanel";
import { CostView } from "./components/cost/CostView";
import { CoverageView } from "./components/CoverageView";
import { FileDropZone } from "./components/FileDropZone";
import { OverviewView } from "./components/OverviewView";
import { PaneHeader } from "./components/PaneHeader";
import { PaneMessages } from "./components/PaneMessages";
import { paneTabId, PaneTabs, type PaneTab } from "./components/PaneTabs";
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
}

/** Connects the host's workbook to the core and the core's analysis to the views. */
export function App({ host }: AppProps) {
  usePageStyles();
  const styles = useStyles();
  const language = useMemo(() => ({ lang: host.lang, t: translatorFor(host.lang) }), [host.lang]);
  return (
    <PaneLanguageProvider value={language}>
      <Pane host={host} className={styles.pane} />
    </PaneLanguageProvider>
  );
}

function Pane({ host, className }: { host: PaneHost; className: string }) {
  const styles = useStyles();
  const [state, actions] = useOrgWorkbook(host);
  const [columnsOpen, setColumnsOpen] = useState(false);
  const [tab, setTab] = useState<PaneTab>("chart");
  const [filter, setFilter] = useState<FindingFilter>(EMPTY_FINDING_FILTER);
  const [focus, focusActions] = usePositionFocus();
  const { loaded, workbook, busy, org } = state;
  const analysis = loaded?.analysis;
  /** The newest org: the chart draws it as soon as its model exists; the other views wait for its checks. */
  const current = org?.analysis ?? analysis;
  const checked = analysis !== undefined && current !== undefined && analysis.model === current.model;
  const selection = useFindingNavigation(host, loaded, focusActions);
  const chart = useChartState(workbook, current?.model);
  const { t } = usePaneLanguage();
  /** A failure in Excel the user must hear of: a card that could not select its row, a watch that failed. */
  const [excelProblem, setExcelProblem] = useState<string>();
  const followFailed = useCallback((detail: string) => setExcelProblem(t("ui.excel.followFailed", { detail })), [t]);
  useFollowPositions(host, org ?? loaded, actions.refreshInBackground, chart[1].select, followFailed);

  const flagged = useMemo(() => current && positionsWithFindings(current.model, current.findings), [current]);
  const departments = useMemo(
    () => (analysis && tab === "settings" ? departmentNames(analysis.model) : []),
    [analysis, tab],
  );
  const sourceText = describeSource(workbook.origin, workbook.source.label, org?.grid ?? loaded?.grid, t);
  const mappingNeeded = (current?.columns.missing.length ?? 0) > 0;
  const openChecks = useCallback(() => setTab("checks"), []);

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
        <AnalysisStatus busy={busy} stage={state.stage} stale={state.stale} />
        {current && (columnsOpen || mappingNeeded) && (
          <ColumnMappingPanel
            key={`mapping-${current.columns.headers.join("\u0000")}-${current.columns.headerRow}`}
            columns={current.columns}
            busy={busy}
            onApply={actions.applyMapping}
            onClose={mappingNeeded ? undefined : () => setColumnsOpen(false)}
          />
        )}
        {current && org && flagged && (
          <>
            <PaneTabs selected={tab} onSelect={setTab} />
            <div className={styles.panel} role="tabpanel" id="pane-tabpanel" aria-labelledby={paneTabId(tab)}>
              {tab === "chart" && (
                <ChartPanel
                  host={host}
                  analysis={current}
                  sheet={org.grid.sheetName}
                  chart={chart}
                  flagged={flagged}
                  onProblem={setExcelProblem}
                  cost={checked ? loaded?.cost : undefined}
                  costShown={loaded?.costSettings.shown}
                />
              )}
              {tab !== "chart" && !checked && <AnalysisStatus busy stage={state.stage ?? "checks"} />}
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
              {checked && (tab === "overview" || tab === "checks") && (
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
