import { useCallback, useMemo, useState } from "react";
import type { PositionIndex } from "../../core";

/** The position the user went to (from a finding, later from the chart), and how the views should show it. */
export interface PositionFocus {
  position?: PositionIndex;
  /** The sheet row gone to, shown beside the position outside Excel. */
  row?: number;
  sheet?: string;
  /** The finding the user came from (its index in the analysis' findings), to go back to it. */
  finding?: number;
  /** Bring the position into view (outside Excel, where there is no sheet to show the row). */
  reveal: boolean;
  /** Grows with every focus, so that focusing the same position again scrolls to it again. */
  ticket: number;
}

export interface PositionFocusActions {
  focus: (target: Omit<PositionFocus, "ticket">) => void;
  clear: () => void;
}

/**
 * Which position the pane focuses. The outline (and, in a later issue, the org chart) highlights
 * it and scrolls it into view when `reveal` is set; one state so every view agrees.
 */
export function usePositionFocus(): [PositionFocus | undefined, PositionFocusActions] {
  const [focus, setFocus] = useState<PositionFocus | undefined>(undefined);
  const focusPosition = useCallback(
    (target: Omit<PositionFocus, "ticket">) =>
      setFocus((previous) => ({ ...target, ticket: (previous?.ticket ?? 0) + 1 })),
    [],
  );
  const clear = useCallback(() => setFocus(undefined), []);
  const actions = useMemo(() => ({ focus: focusPosition, clear }), [focusPosition, clear]);
  return [focus, actions];
}
