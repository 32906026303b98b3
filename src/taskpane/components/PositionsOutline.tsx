import { Caption1, makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useRef } from "react";
import type { OrgModel, PositionIndex } from "../../core";
import { formatNumber } from "../formatNumber";
import type { PositionFocus } from "../hooks/usePositionFocus";
import { usePaneLanguage } from "../translateContext";
import { outlineOf } from "./checks/listViewData";
import { PositionItem } from "./PositionItem";
import { VirtualList } from "./virtual/VirtualList";

/** A position row's height before one is measured (title, then holder · department · grade). */
const POSITION_ESTIMATE = 48;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { display: "flex", alignItems: "baseline", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
  count: { color: tokens.colorNeutralForeground3 },
  list: { padding: 0, borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}` },
  empty: { color: tokens.colorNeutralForeground3 },
});

export interface PositionsOutlineProps {
  model: OrgModel;
  /** Positions some finding names; they carry a warning icon. */
  flagged: ReadonlySet<PositionIndex>;
  /** The position the user went to: highlighted, and scrolled into view when it asks to be revealed. */
  focus?: PositionFocus;
  /** Takes the user back to the finding they came from. */
  onBackToFinding?: () => void;
}

/**
 * The positions as an indented outline in reporting order, every one of them reachable by scrolling or the arrow
 * keys: only those near the viewport are rendered (VirtualList), the focused one always.
 */
export function PositionsOutline({ model, flagged, focus, onBackToFinding }: PositionsOutlineProps) {
  const styles = useStyles();
  const { lang, t } = usePaneLanguage();
  const headingId = useId("positions-heading");
  const outline = outlineOf(model);
  const sectionRef = useRef<HTMLElement>(null);
  const total = outline.order.length;
  const focused = focus?.position;
  const focusedAt = useMemo(() => (focused === undefined ? -1 : outline.order.indexOf(focused)), [focused, outline]);
  const pinned = useMemo(() => (focusedAt >= 0 ? [focusedAt] : []), [focusedAt]);

  useEffect(() => {
    if (!focus?.reveal || focus.position === undefined) return;
    const item = sectionRef.current?.querySelector(`[data-position-index="${focus.position}"]`);
    item?.scrollIntoView?.({ block: "center" });
  }, [focus?.ticket, focus?.reveal, focus?.position]);

  const reveal = focus?.reveal;
  const focusedRow = focus?.row;
  const renderRow = useCallback(
    (i: number, tabIndex: number) => {
      const index = outline.order[i];
      const here = i === focusedAt;
      return (
        <PositionItem
          position={model.positions[index]}
          depth={outline.depth[i]}
          hasFindings={flagged.has(index)}
          index={index}
          focused={here}
          focusedRow={here && reveal ? focusedRow : undefined}
          onBack={here && reveal ? onBackToFinding : undefined}
          listIndex={i}
          listSize={total}
          tabIndex={tabIndex}
        />
      );
    },
    [outline, model, flagged, focusedAt, reveal, focusedRow, onBackToFinding, total],
  );

  return (
    <section ref={sectionRef} className={styles.root} aria-labelledby={headingId} data-testid="positions">
      <div className={styles.heading}>
        <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.title}>
          {t("ui.positions.heading")}
        </Text>
        {total > 0 && (
          <Caption1 className={styles.count} data-testid="positions-count">
            {formatNumber(lang, total)}
          </Caption1>
        )}
      </div>
      {total === 0 ? (
        <Text size={200} className={styles.empty}>
          {t("ui.positions.empty")}
        </Text>
      ) : (
        <VirtualList
          count={total}
          estimate={POSITION_ESTIMATE}
          pinned={pinned}
          rowsKey={outline}
          renderRow={renderRow}
          className={styles.list}
          aria-labelledby={headingId}
        />
      )}
    </section>
  );
}
