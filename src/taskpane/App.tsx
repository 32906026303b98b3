import { makeStaticStyles, makeStyles, Spinner, tokens } from "@fluentui/react-components";
import { useMemo, useState } from "react";
import { translatorFor } from "../i18n";
import { ColumnMappingPanel } from "./components/ColumnMappingPanel";
import { FileDropZone } from "./components/FileDropZone";
import { FindingsList } from "./components/FindingsList";
import { PaneHeader } from "./components/PaneHeader";
import { PaneMessages } from "./components/PaneMessages";
import { PositionsOutline } from "./components/PositionsOutline";
import { SummaryCard } from "./components/SummaryCard";
import { WorkbookActions } from "./components/WorkbookActions";
import { describeSource } from "./describeSource";
import { positionsWithFindings } from "./groupFindings";
import type { PaneHost } from "./host/paneHost";
import { useOrgWorkbook } from "./hooks/useOrgWorkbook";
import { summarizeOrg } from "./summarizeOrg";
import { PaneLanguageProvider } from "./translateContext";

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
  spinner: { justifyContent: "flex-start" },
});

export interface AppProps {
  host: PaneHost;
}

/** Connects the host's workbook to the core and the core's analysis to the components. */
export function App({ host }: AppProps) {
  usePageStyles();
  const styles = useStyles();
  const language = useMemo(() => ({ lang: host.lang, t: translatorFor(host.lang) }), [host.lang]);
  const [state, actions] = useOrgWorkbook(host);
  const [columnsOpen, setColumnsOpen] = useState(false);
  const { loaded, workbook, busy } = state;
  const analysis = loaded?.analysis;

  const summary = useMemo(() => analysis && summarizeOrg(analysis), [analysis]);
  const flagged = useMemo(() => analysis && positionsWithFindings(analysis.model, analysis.findings), [analysis]);
  const sourceText = describeSource(workbook.origin, workbook.source.label, loaded?.grid, language.t);
  const mappingNeeded = (analysis?.columns.missing.length ?? 0) > 0;

  return (
    <PaneLanguageProvider value={language}>
      <FileDropZone className={styles.pane} onFile={host.openFile ? actions.openFile : undefined}>
        <PaneHeader sourceText={sourceText} />
        <main className={styles.main} aria-busy={busy}>
          <WorkbookActions
            inExcel={host.inExcel}
            busy={busy}
            columnsOpen={columnsOpen || mappingNeeded}
            canDownload={Boolean(workbook.toXlsx)}
            onToggleColumns={() => setColumnsOpen(!columnsOpen)}
            onInsertSample={actions.insertSample}
            onRefresh={actions.refresh}
            onOpenFile={actions.openFile}
            onOpenSample={actions.openSample}
            onDownload={actions.download}
          />
          <PaneMessages
            problem={state.problem}
            notice={state.notice}
            onDismissProblem={actions.dismissProblem}
            onDismissNotice={actions.dismissNotice}
          />
          {busy && <Spinner size="tiny" className={styles.spinner} label={language.t("ui.status.loading")} />}
          {analysis && (columnsOpen || mappingNeeded) && (
            <ColumnMappingPanel
              key={`mapping-${analysis.columns.headers.join("\u0000")}-${analysis.columns.headerRow}`}
              columns={analysis.columns}
              busy={busy}
              onApply={actions.applyMapping}
              onClose={mappingNeeded ? undefined : () => setColumnsOpen(false)}
            />
          )}
          {analysis && summary && flagged && (
            <>
              <SummaryCard summary={summary} />
              <FindingsList key={`findings-${state.version}`} findings={analysis.findings} />
              <PositionsOutline key={`positions-${state.version}`} model={analysis.model} flagged={flagged} />
            </>
          )}
        </main>
      </FileDropZone>
    </PaneLanguageProvider>
  );
}
