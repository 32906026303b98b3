import { Button, Caption1, makeStyles, Text, tokens, useId } from "@fluentui/react-components";
import { useEffect, useMemo, useRef, useState } from "react";
import type { OrgModel, PositionIndex } from "../../core";
import { formatNumber } from "../formatNumber";
import type { PositionFocus } from "../hooks/usePositionFocus";
import { outlineOrder } from "../outlineOrder";
import { usePaneLanguage } from "../translateContext";
import { PositionItem } from "./PositionItem";

/** Positions listed before "Show more": 100,000 positions stay fast (each listed row costs its style and render). */
export const POSITIONS_PAGE = 200;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  heading: { display: "flex", alignItems: "baseline", justifyContent: "space-between", gap: tokens.spacingHorizontalS },
  title: { margin: 0 },
  count: { color: tokens.colorNeutralForeground3 },
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke3}`,
  },
  more: { alignSelf: "flex-start", marginTop: tokens.spacingVerticalXS },
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

/** The positions as an indented outline in reporting order (the interim view until the org chart). */
export function PositionsOutline({ model, flagged, focus, onBackToFinding }: PositionsOutlineProps) {
  const styles = useStyles();
  const { lang, t } = usePaneLanguage();
  const headingId = useId("positions-heading");
  const outline = useMemo(() => outlineOrder(model), [model]);
  const [limit, setLimit] = useState(POSITIONS_PAGE);
  const listRef = useRef<HTMLUListElement>(null);
  const total = outline.order.length;
  const focused = focus?.position;
  // A focused position beyond the positions listed so far is listed, with the pages before it.
  const focusedAt = useMemo(() => (focused === undefined ? -1 : outline.order.indexOf(focused)), [focused, outline]);
  const shown = Math.min(Math.max(limit, focusedAt + 1), total);

  useEffect(() => {
    if (!focus?.reveal || focus.position === undefined) return;
    const item = listRef.current?.querySelector(`[data-position-index="${focus.position}"]`);
    item?.scrollIntoView?.({ block: "center" });
  }, [focus?.ticket, focus?.reveal, focus?.position]);

  const items = [];
  for (let i = 0; i < shown; i++) {
    const index = outline.order[i];
    items.push(
      <PositionItem
        key={index}
        position={model.positions[index]}
        depth={outline.depth[i]}
        hasFindings={flagged.has(index)}
        index={index}
        focused={index === focused}
        focusedRow={index === focused && focus?.reveal ? focus.row : undefined}
        onBack={index === focused && focus?.reveal ? onBackToFinding : undefined}
      />,
    );
  }

  return (
    <section className={styles.root} aria-labelledby={headingId} data-testid="positions">
      <div className={styles.heading}>
        <Text as="h2" id={headingId} size={400} weight="semibold" className={styles.title}>
          {t("ui.positions.heading")}
        </Text>
        {total > 0 && (
          <Caption1 className={styles.count} data-testid="positions-count">
            {t("ui.positions.count", { shown: formatNumber(lang, shown), total: formatNumber(lang, total) })}
          </Caption1>
        )}
      </div>
      {total === 0 ? (
        <Text size={200} className={styles.empty}>
          {t("ui.positions.empty")}
        </Text>
      ) : (
        <ul ref={listRef} className={styles.list} aria-labelledby={headingId}>
          {items}
        </ul>
      )}
      {shown < total && (
        <Button size="small" className={styles.more} onClick={() => setLimit(shown + POSITIONS_PAGE)}>
          {t("ui.positions.showMore", { count: formatNumber(lang, Math.min(POSITIONS_PAGE, total - shown)) })}
        </Button>
      )}
    </section>
  );
}
