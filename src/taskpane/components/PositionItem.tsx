import { holderNames } from "../../chart/chartCards";
import {
  Button,
  Caption1,
  createFocusOutlineStyle,
  makeStyles,
  mergeClasses,
  Text,
  tokens,
} from "@fluentui/react-components";
import { Warning16Filled } from "@fluentui/react-icons";
import { memo } from "react";
import type { Position } from "../../core";
import { usePaneLanguage } from "../translateContext";
import { virtualRowAttributes } from "./virtual/VirtualList";

/** Layers indented before the outline stops indenting further and shows the layer number instead. */
export const MAX_INDENT_DEPTH = 8;

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: "1px",
    paddingTop: tokens.spacingVerticalXS,
    paddingBottom: tokens.spacingVerticalXS,
    paddingRight: tokens.spacingHorizontalXS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    minWidth: 0,
  },
  focusable: createFocusOutlineStyle(),
  top: { display: "flex", alignItems: "baseline", gap: tokens.spacingHorizontalXS, minWidth: 0 },
  title: { flexGrow: 1, minWidth: 0, overflowWrap: "anywhere" },
  id: { flexShrink: 0, color: tokens.colorNeutralForeground3, fontVariantNumeric: "tabular-nums" },
  warning: { flexShrink: 0, alignSelf: "center", color: tokens.colorPaletteDarkOrangeForeground1 },
  details: { color: tokens.colorNeutralForeground2, overflowWrap: "anywhere" },
  holder: { color: tokens.colorNeutralForeground1 },
  vacant: { color: tokens.colorPaletteMarigoldForeground2, fontWeight: tokens.fontWeightSemibold },
  layer: { color: tokens.colorNeutralForeground3 },
  focused: {
    backgroundColor: tokens.colorBrandBackground2,
    boxShadow: `inset ${tokens.strokeWidthThickest} 0 0 ${tokens.colorBrandStroke1}`,
  },
  focusLine: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
  focusRow: { color: tokens.colorBrandForeground1, fontWeight: tokens.fontWeightSemibold },
});

export interface PositionItemProps {
  position: Position;
  /** 0 for a top position. */
  depth: number;
  hasFindings: boolean;
  /** Index in the model (lets the outline find the item to scroll to). */
  index: number;
  /** Set when the user went to this position: the sheet row it was read from. */
  focusedRow?: number;
  focused?: boolean;
  /** Takes the user back to the finding they came from. */
  onBack?: () => void;
  /** Its index in a virtual list of `listSize` positions (see VirtualList). */
  listIndex?: number;
  listSize?: number;
  /** 0 for the list's tab stop, -1 for its other rows (the arrow keys move between them). */
  tabIndex?: number;
}

/** One line of the positions outline: title, who holds it (or "Vacant"), department and grade. */
export const PositionItem = memo(function PositionItem({
  position,
  depth,
  hasFindings,
  index,
  focused,
  focusedRow,
  onBack,
  listIndex,
  listSize,
  tabIndex,
}: PositionItemProps) {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  const indent = Math.min(depth, MAX_INDENT_DEPTH);
  const holder =
    position.status === "closed"
      ? { text: t("ui.positions.closed"), vacant: true }
      : position.status === "filled" && holderNames(position, t).length > 0
        ? { text: holderNames(position, t).join(t("chart.label.separator")), vacant: false }
        : { text: t(position.status === "planned" ? "position.planned" : "position.vacant"), vacant: true };
  const details = [position.department, position.grade].filter((text) => text !== "");
  return (
    <li
      className={mergeClasses(styles.root, focused && styles.focused, tabIndex !== undefined && styles.focusable)}
      style={{ paddingLeft: `calc(${indent} * ${tokens.spacingHorizontalL} + ${tokens.spacingHorizontalXS})` }}
      aria-level={depth + 1}
      data-position-id={position.id}
      data-position-index={index}
      data-status={position.status}
      data-focused={focused ? "true" : undefined}
      aria-current={focused ? "true" : undefined}
      {...virtualRowAttributes(listIndex, listSize)}
      tabIndex={tabIndex}
    >
      <div className={styles.top}>
        <Text size={300} weight="semibold" className={styles.title}>
          {position.title || position.id}
        </Text>
        {hasFindings && (
          <Warning16Filled className={styles.warning} aria-label={t("ui.positions.hasFindings")} role="img" />
        )}
        <Caption1 className={styles.id}>{position.id}</Caption1>
      </div>
      <Caption1 className={styles.details}>
        <span className={mergeClasses(holder.vacant ? styles.vacant : styles.holder)} data-holder>
          {holder.text}
        </span>
        {details.map((text, i) => (
          <span key={i}> · {text}</span>
        ))}
        {depth > MAX_INDENT_DEPTH && (
          <span className={styles.layer}> · {t("ui.positions.layer", { layer: depth + 1 })}</span>
        )}
      </Caption1>
      {focused && (focusedRow !== undefined || onBack) && (
        <div className={styles.focusLine}>
          {focusedRow !== undefined && (
            <Caption1 className={styles.focusRow} data-testid="focused-row">
              {t("ui.positions.focusedRow", { row: focusedRow })}
            </Caption1>
          )}
          {onBack && (
            <Button size="small" appearance="transparent" onClick={onBack}>
              {t("ui.positions.backToFinding")}
            </Button>
          )}
        </div>
      )}
    </li>
  );
});
