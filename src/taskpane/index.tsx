import type { ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { connectToOffice, DEFAULT_OFFICE_TIMEOUT_MS } from "../excel/officeHost";
import { chooseLang, readSavedLang } from "./chooseLang";
import { OfficeUnavailable } from "./components/OfficeUnavailable";
import { createBrowserHost } from "./host/browserHost";
import { createExcelHost } from "./host/excelHost";
import { PaneInLanguage } from "./PaneInLanguage";
import { startAnalysisWorker } from "./startAnalysisWorker";
import { ThemedPane } from "./theme/ThemedPane";

// Every module of the bundle has loaded and run: tells hostCheck.js (the ES5 script before it) that this host can run
// the pane. A host that cannot parse or run the bundle never gets here, and hostCheck.js shows its message.
(window as { orgwrightStarted?: boolean }).orgwrightStarted = true;

/** The page Office loads (taskpane.html, office.js in its head): the pane on the workbook, or why it cannot be. */
async function startInOffice(render: (node: ReactNode) => void): Promise<void> {
  const office = await connectToOffice();
  if (office.status !== "excel") {
    render(
      <ThemedPane
        lang={chooseLang({
          search: window.location.search,
          inExcel: false,
          saved: readSavedLang(),
          browserLanguage: navigator.language,
        })}
      >
        <OfficeUnavailable
          reason={office.status}
          waitedSeconds={Math.round(DEFAULT_OFFICE_TIMEOUT_MS / 1000)}
          browserPageUrl={new URL("./", window.location.href).href}
        />
      </ThemedPane>,
    );
    return;
  }
  const lang = chooseLang({
    search: window.location.search,
    inExcel: true,
    saved: readSavedLang(),
    displayLanguage: office.displayLanguage,
    browserLanguage: navigator.language,
  });
  render(
    <PaneInLanguage
      host={{ ...createExcelHost(lang), analyser: startAnalysisWorker() }}
      office={office.theme}
      followOffice
    />,
  );
}

/** The page for a plain browser (index.html, no office.js): the pane on the sample or a file. */
function startInBrowser(render: (node: ReactNode) => void): void {
  const lang = chooseLang({
    search: window.location.search,
    inExcel: false,
    saved: readSavedLang(),
    browserLanguage: navigator.language,
  });
  render(<PaneInLanguage host={{ ...createBrowserHost(lang), analyser: startAnalysisWorker() }} />);
}

const root = createRoot(document.getElementById("container")!);
const render = (node: ReactNode) => root.render(node);
if (document.documentElement.dataset.orgwrightPage === "office") void startInOffice(render);
else startInBrowser(render);
