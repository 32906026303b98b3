import { FluentProvider, webLightTheme } from "@fluentui/react-components";
import { createRoot } from "react-dom/client";
import { loadOfficeHost } from "../excel/officeHost";
import { translate } from "../i18n";
import { App } from "./App";
import { chooseLang } from "./chooseLang";
import { createBrowserHost } from "./host/browserHost";
import { createExcelHost } from "./host/excelHost";
import { startAnalysisWorker } from "./startAnalysisWorker";

/** Finds out where the pane runs, picks the language and renders the pane. */
async function startTaskPane(): Promise<void> {
  const office = await loadOfficeHost();
  const lang = chooseLang({
    search: window.location.search,
    inExcel: office.inExcel,
    displayLanguage: office.displayLanguage,
    browserLanguage: navigator.language,
  });
  document.documentElement.lang = lang;
  document.title = translate(lang, "ui.appTitle");
  const host = {
    ...(office.inExcel ? createExcelHost(lang) : createBrowserHost(lang)),
    analyser: startAnalysisWorker(),
  };
  createRoot(document.getElementById("container")!).render(
    <FluentProvider theme={webLightTheme} lang={lang}>
      <App host={host} />
    </FluentProvider>,
  );
}

void startTaskPane();
