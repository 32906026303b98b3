import { holderNames } from "../../../chart/chartCards";
import { makeStyles, mergeClasses, Text, tokens } from "@fluentui/react-components";
import { Warning16Filled } from "@fluentui/react-icons";
import { useEffect, useRef, useState, type KeyboardEvent } from "react";
import type { OrgModel, PositionIndex } from "../../../core";
import { usePaneLanguage } from "../../translateContext";
import { visibleRowWindow } from "../../chart/visibleRowWindow";

/** Height of one row of the list, px (fixed, so that 100,000 rows can be windowed). */
export const SHEET_ROW_HEIGHT = 30;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", minWidth: 0, minHeight: 0 },
  heading: { margin: `0 0 ${tokens.spacingVerticalXS}` },
  scroller: {
    position: "relative",
    overflowY: "auto",
    flexGrow: 1,
    minHeight: "160px",
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    outlineOffset: "-2px",
  },
  row: {
    position: "absolute",
    left: 0,
    right: 0,
    height: `${SHEET_ROW_HEIGHT}px`,
    display: "grid",
    gridTemplateColumns: "3.5em 6em 1fr 7em 16px",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    padding: `0 ${tokens.spacingHorizontalS}`,
    boxSizing: "border-box",
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
    cursor: "pointer",
    fontSize: tokens.fontSizeBase200,
    whiteSpace: "nowrap",
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover },
  },
  cell: { overflow: "hidden", textOverflow: "ellipsis", minWidth: 0 },
  number: { color: tokens.colorNeutralForeground3, fontVariantNumeric: "tabular-nums" },
  vacant: { color: tokens.colorPaletteMarigoldForeground2, fontStyle: "italic" },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  selected: {
    backgroundColor: tokens.colorBrandBackground2,
    boxShadow: `inset ${tokens.strokeWidthThickest} 0 0 ${tokens.colorBrandStroke1}`,
    ":hover": { backgroundColor: tokens.colorBrandBackground2Hover },
  },
});

export interface SheetRowListProps {
  model: OrgModel;
  /** Positions some finding names. */
  flagged: ReadonlySet<PositionIndex>;
  selected?: PositionIndex;
  /** Grows when the selection came from the chart: the list scrolls the row into view. */
  revealTicket: number;
  onSelect: (position: PositionIndex) => void;
  height: number;
}

/**
 * Outside Excel, the sheet's rows beside the chart, in sheet order, as Excel would show them: a click on
 * a row highlights its card, a click on a card selects its row here. Windowed: only the rows in view
 * are in the DOM, so 100,000 rows scroll as fast as 30.
 */
export function SheetRowList({ model, flagged, selected, revealTicket, onSelect, height }: SheetRowListProps) {
  const styles = useStyles();
  const { t } = usePaneLanguage();
  const scroller = useRef<HTMLDivElement>(null);
  const [scrollTop, setScrollTop] = useState(0);
  const count = model.positions.length;

  useEffect(() => {
    const element = scroller.current;
    if (selected === undefined || !element) return;
    const top = selected * SHEET_ROW_HEIGHT;
    if (top < element.scrollTop || top + SHEET_ROW_HEIGHT > element.scrollTop + element.clientHeight)
      element.scrollTop = Math.max(0, top - element.clientHeight / 2);
  }, [selected, revealTicket]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const step = event.key === "ArrowDown" ? 1 : event.key === "ArrowUp" ? -1 : 0;
    if (step === 0 || count === 0) return;
    event.preventDefault();
    const next = Math.min(count - 1, Math.max(0, (selected ?? -step) + step));
    onSelect(next);
  };

  const window = visibleRowWindow(scrollTop, height, SHEET_ROW_HEIGHT, count);
  const rows = [];
  for (let index = window.first; index < window.end; index++) {
    const position = model.positions[index];
    const vacant = position.status === "vacant" || position.status === "planned";
    rows.push(
      <div
        key={index}
        role="option"
        aria-selected={index === selected}
        data-row={position.row}
        data-row-position-id={position.id}
        className={mergeClasses(styles.row, index === selected && styles.selected)}
        style={{ top: index * SHEET_ROW_HEIGHT }}
        onClick={() => onSelect(index)}
      >
        <span className={mergeClasses(styles.cell, styles.number)}>{position.row}</span>
        <span className={mergeClasses(styles.cell, styles.number)}>{position.id}</span>
        <span className={styles.cell}>{position.title || t("ui.orgChart.untitled")}</span>
        <span className={mergeClasses(styles.cell, vacant && styles.vacant)}>
          {(position.status === "filled" && holderNames(position, t).join(t("chart.label.separator"))) ||
            position.name ||
            t(position.status === "planned" ? "ui.orgChart.planned" : "ui.orgChart.vacant")}
        </span>
        {flagged.has(index) ? (
          <Warning16Filled className={styles.warning} aria-label={t("ui.positions.hasFindings")} />
        ) : (
          <span />
        )}
      </div>,
    );
  }

  return (
    <section className={styles.root} data-testid="sheet-rows">
      <Text as="h3" size={300} weight="semibold" className={styles.heading} id="sheet-rows-heading">
        {t("ui.orgChart.rowsHeading", { count })}
      </Text>
      <div
        ref={scroller}
        className={styles.scroller}
        style={{ height }}
        role="listbox"
        tabIndex={0}
        aria-labelledby="sheet-rows-heading"
        onScroll={(event) => setScrollTop(event.currentTarget.scrollTop)}
        onKeyDown={onKeyDown}
      >
        <div style={{ height: count * SHEET_ROW_HEIGHT }} />
        {rows}
      </div>
    </section>
  );
}
