import { useCallback, useEffect, useState } from "react";
import type { Finding } from "../../core";
import { findingTarget } from "../findings/findingTarget";
import type { FindingSelection } from "../findings/findingSelection";
import type { PaneHost } from "../host/paneHost";
import type { LoadedWorkbook } from "../loadOrgWorkbook";
import { usePaneLanguage } from "../translateContext";
import type { PositionFocusActions } from "./usePositionFocus";

/**
 * Clicking a finding: in Excel its row is selected (the sheet activated); the position it names is
 * focused in the outline, and outside Excel (no sheet to show) brought into view with its row number.
 */
export function useFindingNavigation(
  host: PaneHost,
  loaded: LoadedWorkbook | undefined,
  focus: PositionFocusActions,
): FindingSelection {
  const { t } = usePaneLanguage();
  const [selection, setSelection] = useState<{ finding: Finding; status?: string }>();

  // A new read makes new findings: the old selection points at nothing any more.
  useEffect(() => {
    setSelection(undefined);
    focus.clear();
  }, [loaded, focus]);

  const onSelect = useCallback(
    (finding: Finding) => {
      if (!loaded) return;
      const target = findingTarget(finding, loaded.analysis.model, loaded.grid.sheetName);
      const inExcel = host.inExcel && host.selectSourceRow !== undefined;
      focus.focus({ position: target.position, row: target.row, sheet: target.sheet, reveal: !inExcel });
      const where = target.row === undefined ? undefined : { row: target.row, sheet: target.sheet };
      if (!inExcel || !where) {
        const status = where
          ? t(target.position !== undefined ? "ui.findings.shownInOutline" : "ui.findings.rowOnSheet", where)
          : undefined;
        setSelection({ finding, status });
        return;
      }
      setSelection({ finding });
      host.selectSourceRow!(where.sheet, where.row).then(
        (selected) =>
          setSelection((current) =>
            current?.finding === finding
              ? { finding, status: t(selected ? "ui.findings.selectedInExcel" : "ui.findings.sheetGone", where) }
              : current,
          ),
        (error: unknown) =>
          setSelection((current) =>
            current?.finding === finding
              ? { finding, status: error instanceof Error ? error.message : String(error) }
              : current,
          ),
      );
    },
    [focus, host, loaded, t],
  );

  return { onSelect, selected: selection?.finding, status: selection?.status };
}
