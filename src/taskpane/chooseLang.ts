import { detectLang, type Lang } from "../i18n";

export interface ChooseLangOptions {
  /** The page's query string: `?lang=zh-CN` or `?lang=en` overrides everything (for testing). */
  search: string;
  inExcel: boolean;
  /** Office's display language, in Excel. */
  displayLanguage?: string;
  /** The browser's language (`navigator.language`). */
  browserLanguage?: string;
}

/** The pane's language: the URL override, else Office's display language in Excel, else the browser's. */
export function chooseLang(options: ChooseLangOptions): Lang {
  const override = new URLSearchParams(options.search).get("lang");
  if (override) return detectLang(override);
  if (options.inExcel && options.displayLanguage) return detectLang(options.displayLanguage);
  return detectLang(options.browserLanguage);
}
