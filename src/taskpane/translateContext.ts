import { createContext, useContext } from "react";
import { translatorFor, type Lang, type Translate } from "../i18n";

/** The pane's language and its translator, for every component below App. */
export interface PaneLanguage {
  lang: Lang;
  t: Translate;
  /**
   * Shows the pane in another language: every view says what it shows in it, on the org already loaded (the analysis
   * is the same in every language; nothing is read or analysed again). Absent: the language is fixed.
   */
  switchLang?: (lang: Lang) => void;
}

const PaneLanguageContext = createContext<PaneLanguage>({ lang: "en", t: translatorFor("en") });

export const PaneLanguageProvider = PaneLanguageContext.Provider;

/** The pane's language and translator. */
export function usePaneLanguage(): PaneLanguage {
  return useContext(PaneLanguageContext);
}
