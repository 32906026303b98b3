import { useCallback, useMemo, useRef, useState } from "react";
import type { OrgModel, PositionIndex } from "../../core";
import type { ChartOrientation } from "../../core/layout/chartLayout";
import type { ChartViewState } from "../../chart/chartScene";
import {
  DEFAULT_CHART_OPTIONS,
  OPEN_ALL_EXPANDED_UP_TO,
  type ChartOptions,
  type ChartViewKind,
} from "../chart/chartOptions";
import { collapsedIdsBelowLayer, openingCollapsedIds, withAncestorsExpanded } from "../chart/collapsedIds";

export interface ChartSelection {
  /** The selected position's ID. */
  id?: string;
  /** Grows when the selection should be brought into view. */
  revealTicket: number;
}

export interface ChartState {
  options: ChartOptions;
  selection: ChartSelection;
  /** True when the org opened collapsed because it is big. */
  openedCollapsed: boolean;
  /** Where the user left the chart (restored after a refresh or a tab switch). */
  view: React.MutableRefObject<ChartViewState | undefined>;
  /** Grows when another workbook is opened: the chart then opens anew rather than where the last one was left. */
  workbookTicket: number;
}

export interface ChartActions {
  setView: (view: ChartViewKind) => void;
  focusOn: (id: string) => void;
  setOrientation: (orientation: ChartOrientation) => void;
  setCompact: (compact: boolean) => void;
  setShowDottedLines: (show: boolean) => void;
  toggleCollapsed: (id: string) => void;
  /** Departments view: hides or shows a unit's teams and sub-departments. */
  toggleUnit: (key: string) => void;
  expandAll: () => void;
  expandToLevel: (level: number) => void;
  /** Selects a position; `reveal` expands its managers and brings its card into view. */
  select: (position: PositionIndex | undefined, reveal: boolean) => void;
}

/**
 * The chart's state for one workbook: the options, what is collapsed, the selection and the view. It is
 * keyed by position ID, so a refresh of the data (an edit in Excel, Refresh) keeps it; opening another
 * workbook starts over.
 */
export function useChartState(workbook: object, model: OrgModel | undefined): [ChartState, ChartActions] {
  const [options, setOptions] = useState<ChartOptions>(DEFAULT_CHART_OPTIONS);
  const [selection, setSelection] = useState<ChartSelection>({ revealTicket: 0 });
  const [openedCollapsed, setOpenedCollapsed] = useState(false);
  const [workbookTicket, setWorkbookTicket] = useState(0);
  const view = useRef<ChartViewState | undefined>(undefined);
  const modelRef = useRef(model);
  modelRef.current = model;

  // A new workbook starts over; a big org opens collapsed below a few levels. Worked out while rendering (React
  // renders again at once, before the chart), so the chart never lays out the new org with the old options: at
  // 100,000 positions that would be the whole org, expanded.
  const [openedFor, setOpenedFor] = useState<object | undefined>(undefined);
  if (model && openedFor !== workbook) {
    setOpenedFor(workbook);
    view.current = undefined;
    const big = model.positions.length > OPEN_ALL_EXPANDED_UP_TO;
    setOpenedCollapsed(big);
    setOptions({
      ...DEFAULT_CHART_OPTIONS,
      // Worked out before this render where the model came from the analysis worker (useOrgWorkbook).
      collapsedIds: big ? openingCollapsedIds(model) : new Set(),
    });
    setSelection({ revealTicket: 0 });
    setWorkbookTicket((ticket) => ticket + 1);
  }

  const select = useCallback((position: PositionIndex | undefined, reveal: boolean) => {
    const current = modelRef.current;
    if (!current || position === undefined) {
      setSelection((previous) => ({ ...previous, id: undefined }));
      return;
    }
    if (reveal)
      setOptions((previous) => {
        const collapsedIds = withAncestorsExpanded(current, position, previous.collapsedIds);
        const outsideFocus = previous.view === "focus" && !isUnder(current, position, previous.focusId);
        if (collapsedIds === previous.collapsedIds && !outsideFocus && previous.view !== "departments") return previous;
        return {
          ...previous,
          collapsedIds,
          view: outsideFocus || previous.view === "departments" ? "positions" : previous.view,
        };
      });
    setSelection((previous) => ({
      id: current.positions[position].id,
      revealTicket: previous.revealTicket + (reveal ? 1 : 0),
    }));
  }, []);

  const actions = useMemo<ChartActions>(
    () => ({
      setView: (kind) => setOptions((previous) => ({ ...previous, view: kind })),
      focusOn: (id) => setOptions((previous) => ({ ...previous, view: "focus", focusId: id })),
      setOrientation: (orientation) => setOptions((previous) => ({ ...previous, orientation })),
      setCompact: (compact) => setOptions((previous) => ({ ...previous, compact })),
      setShowDottedLines: (showDottedLines) => setOptions((previous) => ({ ...previous, showDottedLines })),
      toggleCollapsed: (id) =>
        setOptions((previous) => {
          const collapsedIds = new Set(previous.collapsedIds);
          if (!collapsedIds.delete(id)) collapsedIds.add(id);
          return { ...previous, collapsedIds };
        }),
      toggleUnit: (key) =>
        setOptions((previous) => {
          const collapsedUnits = new Set(previous.collapsedUnits);
          if (!collapsedUnits.delete(key)) collapsedUnits.add(key);
          return { ...previous, collapsedUnits };
        }),
      expandAll: () => setOptions((previous) => ({ ...previous, collapsedIds: new Set(), collapsedUnits: new Set() })),
      expandToLevel: (level) => {
        const current = modelRef.current;
        if (current) setOptions((previous) => ({ ...previous, collapsedIds: collapsedIdsBelowLayer(current, level) }));
      },
      select,
    }),
    [select],
  );

  return [{ options, selection, openedCollapsed, view, workbookTicket }, actions];
}

/** Whether `position` is the manager with ID `managerId` or under them. */
function isUnder(model: OrgModel, position: PositionIndex, managerId: string | undefined): boolean {
  const manager = managerId === undefined ? undefined : model.indexById.get(managerId);
  if (manager === undefined) return true;
  for (let at = position; at >= 0; at = model.parent[at]) if (at === manager) return true;
  return false;
}
