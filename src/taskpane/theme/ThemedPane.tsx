import { FluentProvider } from "@fluentui/react-components";
import { useEffect, useState, type ReactNode } from "react";
import { followOfficeTheme } from "../../excel/followOfficeTheme";
import type { OfficeThemeColours } from "../../excel/officeTheme";
import type { Lang } from "../../i18n";
import { paneThemeFor } from "./paneTheme";
import { PaneThemeProvider } from "./paneThemeContext";

const DARK_SCHEME = "(prefers-color-scheme: dark)";

function prefersDark(): boolean {
  return typeof window.matchMedia === "function" && window.matchMedia(DARK_SCHEME).matches;
}

export interface ThemedPaneProps {
  lang: Lang;
  /** Office's theme as the pane started (in Excel, when Office says); then followed while the pane is open. */
  office?: OfficeThemeColours;
  /** In Excel: follow Office's theme when the user changes it (see {@link followOfficeTheme}). */
  followOffice?: boolean;
  children: ReactNode;
}

/**
 * Fluent's provider with the pane's theme: Office's (in Excel, when it says, followed as it changes), else the
 * system's light or dark mode, followed live in a plain browser.
 */
export function ThemedPane({ lang, office, followOffice = false, children }: ThemedPaneProps) {
  const [dark, setDark] = useState(prefersDark);
  const [officeTheme, setOfficeTheme] = useState(office);
  useEffect(() => {
    setOfficeTheme(office);
    return followOffice ? followOfficeTheme(office, setOfficeTheme) : undefined;
  }, [office, followOffice]);
  useEffect(() => {
    if (officeTheme || typeof window.matchMedia !== "function") return;
    const query = window.matchMedia(DARK_SCHEME);
    const onChange = () => setDark(query.matches);
    query.addEventListener?.("change", onChange);
    return () => query.removeEventListener?.("change", onChange);
  }, [officeTheme]);
  const theme = paneThemeFor({ office: officeTheme, prefersDark: dark });
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
