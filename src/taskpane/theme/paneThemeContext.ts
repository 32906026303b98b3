import { createContext, useContext } from "react";
import type { PaneThemeKind } from "./paneTheme";

const PaneThemeContext = createContext<PaneThemeKind>("light");

/** Provides the pane's theme kind to what draws its own colours (the chart's department palette). */
export const PaneThemeProvider = PaneThemeContext.Provider;

/** Light or dark: the pane's theme kind. */
export function usePaneThemeKind(): PaneThemeKind {
  return useContext(PaneThemeContext);
}
