import { makeStyles, mergeClasses } from "@fluentui/react-components";
import { Fragment, type ReactNode } from "react";
import { ROW_INDEX_ATTRIBUTE, useVirtualRows } from "./useVirtualRows";

/** Pixels rendered beyond the viewport, above and below (a few rows: a quick scroll shows no empty space). */
const OVERSCAN = 400;

const useStyles = makeStyles({
  list: { listStyleType: "none", margin: 0, display: "flex", flexDirection: "column", minWidth: 0 },
  space: { flexShrink: 0, listStyleType: "none" },
});

/** The attributes of a row's `<li>`: its index (for the list) and its place of `size` (for screen readers). */
export function virtualRowAttributes(index: number | undefined, size: number | undefined) {
  return index === undefined || size === undefined
    ? undefined
    : { [ROW_INDEX_ATTRIBUTE]: index, "aria-setsize": size, "aria-posinset": index + 1 };
}

export interface VirtualListProps {
  count: number;
  /** A row's height (px) until the first is measured. */
  estimate: number;
  /** Pixels between rows. */
  gap?: number;
  /** Rows kept rendered wherever they are: the selected finding, the focused position. */
  pinned?: readonly number[];
  /** Changes when the rows are other rows (a new filter). */
  rowsKey: unknown;
  /**
   * Renders row `index` as an `<li>` with {@link virtualRowAttributes}(index, count); `tabIndex` goes
   * on what takes the keyboard focus (the row or its button): 0 for the list's one tab stop, -1 for the others.
   */
  renderRow: (index: number, tabIndex: number) => ReactNode;
  className?: string;
  "aria-labelledby"?: string;
}

const NO_PINNED: readonly number[] = [];

/**
 * A list of any length in the page's flow: only the rows near the viewport are in the DOM (rows stand in as space at
 * their measured or estimated height), so 100,000 rows cost what a screenful costs. One tab stop; the arrow keys,
 * Home, End, Page Up and Page Down move between rows (rendering the row gone to); each row tells screen readers its
 * place (aria-posinset of aria-setsize).
 */
export function VirtualList({
  count,
  estimate,
  gap = 0,
  pinned = NO_PINNED,
  rowsKey,
  renderRow,
  className,
  "aria-labelledby": labelledBy,
}: VirtualListProps) {
  const styles = useStyles();
  const { listRef, layout, active, onKeyDown, onFocus } = useVirtualRows({
    count,
    estimate,
    gap,
    overscan: OVERSCAN,
    pinned,
    rowsKey,
  });
  const { runs, spaceAfter } = layout;
  // One flat list of children, each row keyed by its index: a row stays mounted while the window moves past it.
  const children: ReactNode[] = [];
  runs.forEach((run, r) => {
    if (r > 0)
      children.push(
        <li
          key={`space-${r}`}
          aria-hidden="true"
          role="presentation"
          className={styles.space}
          style={{ height: `${run.spaceBefore}px` }}
          data-virtual-space=""
        />,
      );
    for (let index = run.from; index < run.to; index++) {
      children.push(<Fragment key={index}>{renderRow(index, index === active ? 0 : -1)}</Fragment>);
    }
  });
  return (
    <ul
      ref={listRef}
      role="list"
      className={mergeClasses(styles.list, className)}
      style={{ gap: `${gap}px`, paddingTop: `${runs[0]?.spaceBefore ?? 0}px`, paddingBottom: `${spaceAfter}px` }}
      aria-labelledby={labelledBy}
      data-virtual-list={count}
      onKeyDown={onKeyDown}
      onFocus={onFocus}
    >
      {children}
    </ul>
  );
}
