import { useEffect, useRef } from "react";
import type { OrgModel, PositionIndex } from "../../core";
import type { PaneHost } from "../host/paneHost";
import type { OrgFirst } from "../../pipeline/workbookAnalyser";

/**
 * In Excel, the pane follows the positions table: an edit reads it again (the host debounces the change
 * events, and the chart keeps its view), and selecting a cell in it selects that row's card. A watch
 * that cannot be registered is reported through `onProblem` (the error's text), never swallowed.
 */
export function useFollowPositions(
  host: PaneHost,
  /** The org on screen (the newest model, drawn before its checks are done). */
  loaded: OrgFirst | undefined,
  refresh: () => void,
  select: (position: PositionIndex | undefined, reveal: boolean) => void,
  onProblem?: (detail: string) => void,
): void {
  const grid = loaded?.grid;
  const model = loaded?.analysis.model;
  const latest = useRef({ refresh, select, model, onProblem });
  latest.current = { refresh, select, model, onProblem };
  // Sheet row → position, built when a row is first selected (only in Excel) and again after each re-read.
  const rows = useRef<{ model: OrgModel; positionByRow: Map<number, PositionIndex> } | undefined>(undefined);
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
          const current = latest.current.model;
          if (!current) return;
          if (rows.current?.model !== current) {
            const positionByRow = new Map<number, PositionIndex>();
            current.positions.forEach((position, index) => positionByRow.set(position.row, index));
            rows.current = { model: current, positionByRow };
          }
          const position = rows.current.positionByRow.get(row);
          if (position !== undefined) latest.current.select(position, true);
        },
      },
    ).then(
      (unsubscribe) => {
        if (stopped) unsubscribe().catch(() => undefined);
        else stop = unsubscribe;
      },
      (error: unknown) => {
        if (!stopped) latest.current.onProblem?.(error instanceof Error ? error.message : String(error));
      },
    );
    return () => {
      stopped = true;
      stop?.().catch(() => undefined);
    };
  }, [host, sheet, table]);
}
