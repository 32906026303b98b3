/** Task-pane strings. */
export const uiEn = {
  "ui.appTitle": "Orgwright",
} as const;

export type UiMessages = Record<keyof typeof uiEn, string>;
