import { translate, type Lang } from "../i18n";

/**
 * Text the pane shows: made in the language it is shown in (a function of it), so a message already on screen says
 * itself again when the user switches the pane's language; or as given (an error's own text, in no language of ours).
 */
export type PaneText = string | ((lang: Lang) => string);

/** `text` in `lang`. */
export function textIn(text: PaneText, lang: Lang): string {
  return typeof text === "function" ? text(lang) : text;
}

/** A short message about the last action. */
export interface PaneNotice {
  intent: "success" | "error";
  title?: PaneText;
  text: PaneText;
  /** A follow-up the message offers: the report sheets written outside Excel are kept by downloading the workbook. */
  action?: "download";
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** The notice of an action that failed: "Error" in the pane's language, then the error's own text. */
export function errorNotice(error: unknown): PaneNotice {
  return { intent: "error", title: (lang) => translate(lang, "ui.error.title"), text: messageOf(error) };
}
