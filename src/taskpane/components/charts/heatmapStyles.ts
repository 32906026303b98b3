import { makeStyles, tokens } from "@fluentui/react-components";

const LABEL = "11px";

/** The heatmap's colours (Fluent tokens, so other themes carry over) and text styles, shared with its legend. */
export const useHeatmapStyles = makeStyles({
  level1: { fill: tokens.colorBrandBackground2Hover },
  level2: { fill: tokens.colorBrandBackground2Pressed },
  level3: { fill: tokens.colorBrandBackground },
  level4: { fill: tokens.colorBrandBackgroundPressed },
  empty: { fill: tokens.colorNeutralBackground3 },
  hatchBack: { fill: tokens.colorPaletteMarigoldBackground2 },
  hatchLine: { stroke: tokens.colorPaletteMarigoldBorder2, strokeWidth: 2 },
  total: { fill: tokens.colorNeutralBackground5 },
  totalUncovered: { fill: tokens.colorPaletteRedBackground2, stroke: tokens.colorPaletteRedBorder2, strokeWidth: 1 },
  cellText: { fill: tokens.colorNeutralForeground1, fontSize: "10px", fontVariantNumeric: "tabular-nums" },
  cellTextOnDark: { fill: tokens.colorNeutralForegroundOnBrand },
  totalText: {
    fill: tokens.colorNeutralForeground1,
    fontSize: "10px",
    fontWeight: tokens.fontWeightSemibold,
    fontVariantNumeric: "tabular-nums",
  },
  totalTextAlert: { fill: tokens.colorPaletteRedForeground2 },
  header: { fill: tokens.colorNeutralForeground2, fontSize: "10px" },
  totalHeader: { fontWeight: tokens.fontWeightSemibold, fill: tokens.colorNeutralForeground1 },
  rowLabel: { fill: tokens.colorNeutralForeground1, fontSize: LABEL },
  rowLabelAlert: { fill: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  area: {
    fill: tokens.colorNeutralForeground3,
    fontSize: LABEL,
    fontWeight: tokens.fontWeightSemibold,
  },
  areaLine: { stroke: tokens.colorNeutralStroke2, strokeWidth: 1 },
});
