import { translate, type Lang } from "../i18n";

/** Sheet names as a message lists them: “Org checks”, “Coverage (2)” (、 between them in Chinese). */
export function quoteSheetNames(lang: Lang, names: readonly string[]): string {
  return names.map((name) => translate(lang, "ui.quoted", { name })).join(translate(lang, "ui.listSeparator"));
}
