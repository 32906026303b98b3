import { detectLang, LANGS, type Lang } from "../i18n";

export interface ChooseLangOptions {
  /** The page's query string: `?lang=zh-CN` or `?lang=en` overrides everything (for testing). */
  search: string;
  inExcel: boolean;
  /** The language the user last chose in the pane's language menu (see {@link readSavedLang}). */
  saved?: string;
  /** Office's display language, in Excel. */
  displayLanguage?: string;
  /** The browser's language (`navigator.language`). */
  browserLanguage?: string;
}

/**
 * The pane's language: the URL override, else the one the user last chose in the pane, else Office's display language
 * in Excel, else the browser's.
 */
export function chooseLang(options: ChooseLangOptions): Lang {
  const override = new URLSearchParams(options.search).get("lang");
  if (override) return detectLang(override);
  if (options.saved && (LANGS as readonly string[]).includes(options.saved)) return options.saved as Lang;
  if (options.inExcel && options.displayLanguage) return detectLang(options.displayLanguage);
  return detectLang(options.browserLanguage);
}

/** Where the pane keeps the language the user chose (the page's own storage: per add-in origin, on this computer). */
export const SAVED_LANG_KEY = "orgwright.lang";

/** The page's localStorage, or undefined where it cannot be used (blocked, sandboxed, absent). */
function pageStorage(): Storage | undefined {
  try {
    return typeof localStorage === "undefined" ? undefined : localStorage;
  } catch {
    return undefined;
  }
}

/** The language the user last chose in the pane's menu; undefined when none (or the storage cannot be read). */
export function readSavedLang(storage: Storage | undefined = pageStorage()): string | undefined {
  try {
    return storage?.getItem(SAVED_LANG_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Remembers the language the user chose, for the next time the pane opens (silently nothing where it cannot). */
export function saveLang(lang: Lang, storage: Storage | undefined = pageStorage()): void {
  try {
    storage?.setItem(SAVED_LANG_KEY, lang);
  } catch {
    // A storage that refuses (full, blocked): the choice lasts while the pane is open.
  }
}
