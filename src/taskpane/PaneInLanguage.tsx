import { useCallback, useEffect, useState } from "react";
import type { OfficeThemeColours } from "../excel/officeTheme";
import { translate, type Lang } from "../i18n";
import { App } from "./App";
import { saveLang } from "./chooseLang";
import type { PaneHost } from "./host/paneHost";
import { ThemedPane } from "./theme/ThemedPane";

export interface PaneInLanguageProps {
  /** The pane's host; its `lang` is the language the pane starts in. */
  host: PaneHost;
  office?: OfficeThemeColours;
  followOffice?: boolean;
}

/**
 * The pane in its theme and its language, which the user may switch from the header: the page's `lang` and title,
 * Fluent's provider and every view follow it; the org loaded stays as it is (nothing is read or analysed again). The
 * choice is remembered for the next time the pane opens (`chooseLang`'s `saved`).
 */
export function PaneInLanguage({ host, office, followOffice }: PaneInLanguageProps) {
  const [lang, setLang] = useState(host.lang);
  const switchLang = useCallback((chosen: Lang) => {
    saveLang(chosen);
    setLang(chosen);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = translate(lang, "ui.appTitle");
  }, [lang]);
  return (
    <ThemedPane lang={lang} office={office} followOffice={followOffice}>
      <App host={host} lang={lang} onLangChange={switchLang} />
    </ThemedPane>
  );
}
