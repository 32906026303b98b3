/**
 * The chart's look as values: colours, fonts, strokes. Every writer takes it (SVG, PDF, PowerPoint, the workbook's
 * shapes); the pane's stylesheet (chartStyles.ts) draws with Fluent's theme tokens whose light fallbacks are these.
 * Colours are #rrggbb so that every format can take them.
 */
export interface ChartTheme {
  /** Font list for formats that name fonts (SVG): the pane's, with CJK fallbacks for Windows, macOS and Linux. */
  fontFamily: string;
  /** One font for formats that take a single Latin and a single East Asian face (PowerPoint, Excel shapes). */
  latinFont: string;
  eastAsianFont: string;
  background: string;
  cardFill: string;
  cardStroke: string;
  cardStrokeWidth: number;
  /** Vacant and planned posts: a paler card with a dashed outline. */
  unfilledFill: string;
  unfilledStroke: string;
  vacantDash: readonly number[];
  plannedDash: readonly number[];
  closedOpacity: number;
  departmentFill: string;
  teamFill: string;
  virtualTopFill: string;
  virtualTopText: string;
  text: string;
  mutedText: string;
  badgeFill: string;
  badgeText: string;
  warning: string;
  warningMark: string;
  connector: string;
  connectorWidth: number;
  dotted: string;
  dottedWidth: number;
  dottedDash: readonly number[];
  /** Corner radius of a card and height of its department band (px). */
  corner: number;
  band: number;
  /** The chart of a plan coloured by change: each kind's outline and mark. */
  changes: ChangeColours;
}

/**
 * The colours of the chart of a plan: a changed card's outline and the disc of its text mark ("+", "→", "Δ", "×"),
 * and the mark's text. Hues from the Okabe–Ito palette (green, blue, orange; grey for the removed), each darkened
 * (light) or lightened (dark) to at least 4.5:1 against the mark's text and 3:1 against the card; the text mark means
 * colour is never the only cue.
 */
export interface ChangeColours {
  added: string;
  moved: string;
  changed: string;
  removed: string;
  /** The mark's text on its coloured disc. */
  markText: string;
  /** Width of a changed card's outline (px). */
  outlineWidth: number;
  /** Opacity of a ghost card (a removed position). */
  ghostOpacity: number;
  ghostDash: readonly number[];
}

export const LIGHT_CHANGE_COLOURS: ChangeColours = {
  added: "#007a55",
  moved: "#005f9e",
  changed: "#a04f00",
  removed: "#6b6b6b",
  markText: "#ffffff",
  outlineWidth: 2.5,
  ghostOpacity: 0.6,
  ghostDash: [5, 3],
};

/** The same for a dark pane: lighter tints, the mark's text dark. */
export const DARK_CHANGE_COLOURS: ChangeColours = {
  added: "#3cc99a",
  moved: "#6cb6f0",
  changed: "#f0a04b",
  removed: "#a8a8a8",
  markText: "#1b1b1b",
  outlineWidth: 2.5,
  ghostOpacity: 0.6,
  ghostDash: [5, 3],
};

/** The change colours of a light or a dark pane. */
export function changeColoursFor(kind: "light" | "dark"): ChangeColours {
  return kind === "dark" ? DARK_CHANGE_COLOURS : LIGHT_CHANGE_COLOURS;
}

/** The light theme: the stylesheet's fallback colours. */
export const LIGHT_CHART_THEME: ChartTheme = {
  // The pane's list (chartStyles.ts) with Noto Sans SC, the font the PDF embeds and the headless PNG draws with.
  fontFamily:
    '"Segoe UI", "Microsoft YaHei", "PingFang SC", "Noto Sans SC", "Noto Sans CJK SC", "Noto Sans", sans-serif',
  latinFont: "Segoe UI",
  eastAsianFont: "Microsoft YaHei",
  background: "#ffffff",
  cardFill: "#ffffff",
  cardStroke: "#c8c6c4",
  cardStrokeWidth: 1,
  unfilledFill: "#fafafa",
  unfilledStroke: "#8a8886",
  vacantDash: [6, 4],
  plannedDash: [2, 3],
  closedOpacity: 0.55,
  departmentFill: "#f5f5f5",
  teamFill: "#fafafa",
  virtualTopFill: "#424242",
  virtualTopText: "#ffffff",
  text: "#242424",
  mutedText: "#616161",
  badgeFill: "#f0f0f0",
  badgeText: "#424242",
  warning: "#f7630c",
  warningMark: "#ffffff",
  connector: "#8a8886",
  connectorWidth: 1.25,
  dotted: "#605e5c",
  dottedWidth: 1.5,
  dottedDash: [5, 4],
  corner: 8,
  band: 6,
  changes: LIGHT_CHANGE_COLOURS,
};

/** How a card of a kind is filled and outlined in a theme. */
export function cardPaint(
  theme: ChartTheme,
  kind: string,
): { fill: string; stroke: string; strokeWidth: number; dash: readonly number[]; opacity: number; text: string } {
  const base = {
    fill: theme.cardFill,
    stroke: theme.cardStroke,
    strokeWidth: theme.cardStrokeWidth,
    dash: [],
    opacity: 1,
  };
  switch (kind) {
    case "vacant":
      return {
        ...base,
        fill: theme.unfilledFill,
        stroke: theme.unfilledStroke,
        dash: theme.vacantDash,
        text: theme.text,
      };
    case "planned":
      return {
        ...base,
        fill: theme.unfilledFill,
        stroke: theme.unfilledStroke,
        dash: theme.plannedDash,
        text: theme.text,
      };
    case "closed":
      return { ...base, opacity: theme.closedOpacity, text: theme.text };
    case "removed":
      return {
        ...base,
        fill: theme.unfilledFill,
        stroke: theme.changes.removed,
        strokeWidth: theme.changes.outlineWidth,
        dash: theme.changes.ghostDash,
        opacity: theme.changes.ghostOpacity,
        text: theme.text,
      };
    case "virtualTop":
      return { ...base, fill: theme.virtualTopFill, stroke: theme.virtualTopFill, text: theme.virtualTopText };
    case "department":
      return { ...base, fill: theme.departmentFill, strokeWidth: 1.5, text: theme.text };
    case "team":
      return { ...base, fill: theme.teamFill, text: theme.text };
    default:
      return { ...base, text: theme.text };
  }
}
