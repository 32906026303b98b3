import { useCallback, useMemo } from "react";
import type { Finding } from "../../core";
import type { FindingSelection } from "../findings/findingSelection";
import { FindingItem } from "./FindingItem";
import { VirtualList } from "./virtual/VirtualList";

/** A finding row's height before one is measured (one line of message, one of rows). */
const FINDING_ESTIMATE = 60;
/** Pixels between findings (Fluent's spacingVerticalXS: the list needs a number to place the rows it leaves out). */
const FINDING_GAP = 4;

export interface FindingRowsProps {
  findings: readonly Finding[];
  selection?: FindingSelection;
  "aria-labelledby"?: string;
}

/**
 * A list of findings, each selectable, of any length: only those near the viewport are rendered (VirtualList), the
 * selected one always (the outline's "Back to the finding" goes to it).
 */
export function FindingRows({ findings, selection, "aria-labelledby": labelledBy }: FindingRowsProps) {
  const selected = selection?.selected;
  const selectedAt = useMemo(() => (selected ? findings.indexOf(selected) : -1), [findings, selected]);
  const pinned = useMemo(() => (selectedAt >= 0 ? [selectedAt] : []), [selectedAt]);
  const onSelect = selection?.onSelect;
  const status = selection?.status;
  const renderRow = useCallback(
    (index: number, tabIndex: number) => (
      <FindingItem
        finding={findings[index]}
        onSelect={onSelect}
        selected={index === selectedAt}
        status={index === selectedAt ? status : undefined}
        listIndex={index}
        listSize={findings.length}
        tabIndex={tabIndex}
      />
    ),
    [findings, onSelect, selectedAt, status],
  );
  return (
    <VirtualList
      count={findings.length}
      estimate={FINDING_ESTIMATE}
      gap={FINDING_GAP}
      pinned={pinned}
      rowsKey={findings}
      renderRow={renderRow}
      aria-labelledby={labelledBy}
    />
  );
}
