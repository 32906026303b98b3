import type { ColumnMapping } from "../../core/columns/columnMapping";
import type { SheetGrid } from "../../core/sheet/sheetGrid";
import type { ReadResult, WorkbookSource } from "../../core/sheet/workbookSource";

/**
 * The workbook with one sheet's cells as the pane holds them: a plan's grid with an edit applied already, analysed at
 * once (the same pipeline, the same support tables and saved settings) while the edit is still being written to the
 * sheet. Reading that sheet's positions gives the grid; everything else is the workbook's own source, called as is.
 */
export function gridOverSource(source: WorkbookSource, grid: SheetGrid): WorkbookSource {
  const readPositions = (options?: { sheet?: string; mapping?: ColumnMapping }): Promise<ReadResult> =>
    options?.sheet === grid.sheetName ? Promise.resolve({ ok: true, grid }) : source.readPositions(options);
  return new Proxy(source, {
    get(target, property) {
      if (property === "readPositions") return readPositions;
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === "function" ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
}
