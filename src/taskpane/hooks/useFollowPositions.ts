import { useEffect, useMemo, useRef } from "react";
import type { PositionIndex } from "../../core";
import type { PaneHost } from "../host/paneHost";
import type { LoadedWorkbook } from "../loadOrgWorkbook";

/**
 * In Excel, the pane follows the positions table: an edit reads it again (the host debounces the change
 * events, and the chart keeps its view), and selecting a cell in it selects that row's card.
 */
export function useFollowPositions(
  host: PaneHost,
  loaded: LoadedWorkbook | undefined,
  refresh: () => void,
  select: (position: PositionIndex | undefined, reveal: boolean) => void,
): void {
  const grid = loaded?.grid;
  const model = loaded?.analysis.model;
  const positionByRow = useMemo(() => {
    const rows = new Map<number, PositionIndex>();
    model?.positions.forEach((position, index) => rows.set(position.row, index));
    return rows;
  }, [model]);
  const latest = useRef({ refresh, select, positionByRow });
  latest.current = { refresh, select, positionByRow };
  const sheet = grid?.sheetName;
  const table = grid?.tableName;

  useEffect(() => {
    const watch = host.watchPositions;
    if (!watch || sheet === undefined) return;
    let stop: (() => Promise<void>) | undefined;
    let stopped = false;
    watch(
      { sheet, table },
      {
        onChanged: () => latest.current.refresh(),
        onSelectRow: (row) => {
          const position = latest.current.positionByRow.get(row);
          if (position !== undefined) latest.current.select(position, true);
        },
      },
    ).then(
      (unsubscribe) => {
        if (stopped) unsubscribe().catch(() => undefined);
        else stop = unsubscribe;
      },
      () => undefined,
    );
    return () => {
      stopped = true;
      stop?.().catch(() => undefined);
    };
  }, [host, sheet, table]);
}
