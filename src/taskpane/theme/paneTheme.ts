import { webDarkTheme, webLightTheme, type Theme } from "@fluentui/react-components";
import type { OfficeThemeColours } from "../../excel/officeTheme";

/** Light or dark: what the pane's colours (Fluent's and the chart's) are built for. */
export type PaneThemeKind = "light" | "dark";

/** The pane's theme: Fluent's web theme for its kind, with Office's own background and text colours in Excel. */
export interface PaneTheme {
  kind: PaneThemeKind;
  fluent: Theme;
}

/** WCAG relative luminance of a #rrggbb colour. */
export function relativeLuminance(hex: string): number {
  const channel = (i: number) => {
    const v = parseInt(hex.slice(i, i + 2), 16) / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** WCAG contrast ratio of two #rrggbb colours (1 to 21). */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x);
  return (light + 0.05) / (dark + 0.05);
}

/** Below this luminance Office's body background counts as dark (Excel's Dark Gray and Black themes). */
const DARK_BACKGROUND_LUMINANCE = 0.18;

/**
 * The pane's theme. In Excel, from Office's theme colours (read by src/excel): a dark body background (Dark
 * Gray, Black) gives Fluent's dark theme, any other (White, Colorful) the light one; the pane then takes Office's
 * body and control colours, as long as its text stays readable on them (4.5:1). In a plain browser (or an Office
 * that does not say), the system's dark mode (`prefers-color-scheme`) decides.
 */
export function paneThemeFor(options: { office?: OfficeThemeColours; prefersDark: boolean }): PaneTheme {
  const { office } = options;
  if (!office)
    return options.prefersDark ? { kind: "dark", fluent: webDarkTheme } : { kind: "light", fluent: webLightTheme };
  const kind: PaneThemeKind = relativeLuminance(office.bodyBackground) < DARK_BACKGROUND_LUMINANCE ? "dark" : "light";
  const base = kind === "dark" ? webDarkTheme : webLightTheme;
  if (contrastRatio(office.bodyBackground, office.bodyForeground) < 4.5) return { kind, fluent: base };
  return {
    kind,
    fluent: {
      ...base,
      colorNeutralBackground1: office.bodyBackground,
      colorNeutralForeground1: office.bodyForeground,
    },
  };
}
