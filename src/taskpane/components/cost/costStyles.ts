import { makeStyles, tokens } from "@fluentui/react-components";

/** Styles the Cost tab's sections share. */
export const useCostStyles = makeStyles({
  section: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    minWidth: 0,
    paddingTop: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  heading: { margin: 0 },
  statement: { color: tokens.colorNeutralForeground3 },
  table: { tableLayout: "auto", width: "100%" },
  number: { textAlign: "end", whiteSpace: "nowrap", fontVariantNumeric: "tabular-nums" },
  name: { overflowWrap: "anywhere" },
});
