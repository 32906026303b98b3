import { FluentProvider } from "@fluentui/react-components";
import { useEffect, useState, type ReactNode } from "react";
import { createRoot } from "react-dom/client";
import { connectToOffice, DEFAULT_OFFICE_TIMEOUT_MS } from "../excel/officeHost";
import type { OfficeThemeColours } from "../excel/officeTheme";
import { translate, type Lang } from "../i18n";
import { App } from "./App";
import { chooseLang } from "./chooseLang";
import { OfficeUnavailable } from "./components/OfficeUnavailable";
import { createBrowserHost } from "./host/browserHost";
import { createExcelHost } from "./host/excelHost";
import { startAnalysisWorker } from "./startAnalysisWorker";
import { paneThemeFor } from "./theme/paneTheme";
import { PaneThemeProvider } from "./theme/paneThemeContext";

// Every module of the bundle has loaded and run: tells hostCheck.js (the ES5 script before it) that this host can run
// the pane. A host that cannot parse or run the bundle never gets here, and hostCheck.js shows its message.
(window as { orgwrightStarted?: boolean }).orgwrightStarted = true;

const DARK_SCHEME = "(prefers-color-scheme: dark)";

function prefersDark(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia(DARK_SCHEME).matches;
}

/**
 * Fluent's provider with the pane's theme: Office's (in Excel, when it says), else the system's light or dark mode,
 * followed live in a plain browser.
 */
function ThemedPane({ lang, office, children }: { lang: Lang; office?: OfficeThemeColours; children: ReactNode }) {
  const [dark, setDark] = useState(prefersDark);
  useEffect(() => {
    if (office || typeof window.matchMedia !== "function") return;
    const query = window.matchMedia(DARK_SCHEME);
    const onChange = () => setDark(query.matches);
    query.addEventListener?.("change", onChange);
    return () => query.removeEventListener?.("change", onChange);
  }, [office]);
  const theme = paneThemeFor({ office, prefersDark: dark });
  useEffect(() => {
    document.documentElement.style.colorScheme = theme.kind;
    document.body.style.backgroundColor = theme.fluent.colorNeutralBackground1;
  }, [theme.kind, theme.fluent.colorNeutralBackground1]);
  return (
    <FluentProvider theme={theme.fluent} lang={lang} data-theme={theme.kind}>
      <PaneThemeProvider value={theme.kind}>{children}</PaneThemeProvider>
    </FluentProvider>
  );
}

/** The page Office loads (taskpane.html, office.js in its head): the pane on the workbook, or why it cannot be. */
async function startInOffice(render: (node: ReactNode) => void): Promise<void> {
  const office = await connectToOffice();
  if (office.status !== "excel") {
    render(
      <ThemedPane
        lang={chooseLang({ search: window.location.search, inExcel: false, browserLanguage: navigator.language })}
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
    displayLanguage: office.displayLanguage,
    browserLanguage: navigator.language,
  });
  document.documentElement.lang = lang;
  document.title = translate(lang, "ui.appTitle");
  render(
    <ThemedPane lang={lang} office={office.theme}>
      <App host={{ ...createExcelHost(lang), analyser: startAnalysisWorker() }} />
    </ThemedPane>,
  );
}

/** The page for a plain browser (index.html, no office.js): the pane on the sample or a file. */
function startInBrowser(render: (node: ReactNode) => void): void {
  const lang = chooseLang({ search: window.location.search, inExcel: false, browserLanguage: navigator.language });
  document.documentElement.lang = lang;
  document.title = translate(lang, "ui.appTitle");
  render(
    <ThemedPane lang={lang}>
      <App host={{ ...createBrowserHost(lang), analyser: startAnalysisWorker() }} />
    </ThemedPane>,
  );
}

const root = createRoot(document.getElementById("container")!);
const render = (node: ReactNode) => root.render(node);
if (document.documentElement.dataset.orgwrightPage === "office") void startInOffice(render);
else startInBrowser(render);
