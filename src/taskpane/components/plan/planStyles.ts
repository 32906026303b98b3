import { makeStyles, tokens } from "@fluentui/react-components";

/** The Plan tab's sections: headings, compact tables that fit a 350 px pane, signed figures coloured by direction. */
export const usePlanStyles = makeStyles({
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  heading: { margin: 0 },
  table: { tableLayout: "auto", width: "100%" },
  name: { overflowWrap: "anywhere" },
  number: { textAlign: "end", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  more: { color: tokens.colorStatusDangerForeground1 },
  less: { color: tokens.colorStatusSuccessForeground1 },
  same: { color: tokens.colorNeutralForeground3 },
  note: { color: tokens.colorNeutralForeground3 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: "2px" },
  plainList: { listStyle: "none", margin: 0, padding: 0, display: "flex", flexDirection: "column", gap: "2px" },
  flagged: { color: tokens.colorStatusWarningForeground1 },
});

/** The class that colours a change by direction: more (cost, headcount) in red, less in green, none grey. */
export function toneOf(styles: ReturnType<typeof usePlanStyles>, value: number): string {
  return value > 0 ? styles.more : value < 0 ? styles.less : styles.same;
}
