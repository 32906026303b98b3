import { createFocusOutlineStyle, makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import { memo } from "react";
import type { Finding } from "../../core";
import { formatRows } from "../formatRows";
import { shownMessage } from "../findings/shownMessage";
import { usePaneLanguage } from "../translateContext";
import { virtualRowAttributes } from "./virtual/VirtualList";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    borderRadius: tokens.borderRadiusMedium,
    borderLeft: `${tokens.strokeWidthThickest} solid transparent`,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    outline: `${tokens.strokeWidthThin} solid ${tokens.colorBrandStroke2}`,
  },
  card: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS}`,
    minWidth: 0,
  },
  button: {
    width: "100%",
    margin: 0,
    border: "none",
    background: "none",
    color: "inherit",
    font: "inherit",
    textAlign: "start",
    cursor: "pointer",
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { backgroundColor: tokens.colorNeutralBackground2Hover },
  },
  focusable: createFocusOutlineStyle(),
  icon: { flexShrink: 0, marginTop: "2px" },
  body: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS, minWidth: 0 },
  message: { overflowWrap: "anywhere", whiteSpace: "pre-wrap" },
  rows: { color: tokens.colorNeutralForeground3 },
  status: {
    padding: `0 ${tokens.spacingHorizontalS} ${tokens.spacingVerticalS} calc(16px + 2 * ${tokens.spacingHorizontalS})`,
    color: tokens.colorBrandForeground1,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2, color: tokens.colorPaletteRedForeground1 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2, color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { borderLeftColor: tokens.colorBrandStroke1, color: tokens.colorBrandForeground1 },
  text: { color: tokens.colorNeutralForeground1 },
});

const ICONS = { error: ErrorCircle16Filled, warning: Warning16Filled, info: Info16Filled } as const;

export interface FindingItemProps {
  finding: Finding;
  /** Goes to the finding's row (in Excel) or position (in the outline); without it the finding is plain text. */
  onSelect?: (finding: Finding) => void;
  /** True for the finding the user went to last. */
  selected?: boolean;
  /** Where the selected finding took the user ("Row 12 of “Positions” is selected in Excel."). */
  status?: string;
  /** Its index in a virtual list of `listSize` findings (see VirtualList). */
  listIndex?: number;
  listSize?: number;
  /** 0 for the list's tab stop, -1 for its other rows (the arrow keys move between them). */
  tabIndex?: number;
}

/**
 * One finding: its message (as text: cell values are data, never markup) and the sheet rows it
 * names. Clicking it goes to its row.
 */
export const FindingItem = memo(function FindingItem({
  finding,
  onSelect,
  selected,
  status,
  listIndex,
  listSize,
  tabIndex,
}: FindingItemProps) {
  const styles = useStyles();
  const { t, lang } = usePaneLanguage();
  const Icon = ICONS[finding.severity];
  const rowList = formatRows(finding.rows, t);
  // Rows on another sheet than the positions (the Departments or Capabilities table) say which.
  const rows = rowList && finding.sheet ? t("ui.findings.onSheet", { rows: rowList, sheet: finding.sheet }) : rowList;
  const content = (
    <>
      <Icon aria-label={t(`severity.${finding.severity}`)} className={styles.icon} />
      <span className={styles.body}>
        <Text size={300} className={mergeClasses(styles.message, styles.text)}>
          {shownMessage(finding, lang)}
        </Text>
        {rows && (
          <Text size={200} className={styles.rows}>
            {rows}
          </Text>
        )}
      </span>
    </>
  );
  return (
    <li
      className={mergeClasses(
        styles.root,
        styles[finding.severity],
        selected && styles.selected,
        !onSelect && tabIndex !== undefined && styles.focusable,
      )}
      data-finding-code={finding.code}
      data-selected={selected ? "true" : undefined}
      {...virtualRowAttributes(listIndex, listSize)}
      tabIndex={onSelect ? undefined : tabIndex}
    >
      {onSelect ? (
        <button
          type="button"
          className={mergeClasses(styles.card, styles.button, styles.focusable)}
          title={t("ui.findings.goTo")}
          tabIndex={tabIndex}
          onClick={() => onSelect(finding)}
        >
          {content}
        </button>
      ) : (
        <div className={styles.card}>{content}</div>
      )}
      {selected && status && (
        <Text size={200} className={styles.status} role="status" data-testid="finding-status">
          {status}
        </Text>
      )}
    </li>
  );
});
