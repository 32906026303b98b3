import type { ColumnMapping } from "../../core/columns/columnMapping";
import type { SheetGrid } from "../../core/sheet/sheetGrid";
import type { ReadResult, WorkbookSource } from "../../core/sheet/workbookSource";

/**
 * The workbook with one sheet's cells as the pane holds them: a plan's grid with an edit applied already, analysed at
 * once (the same pipeline, the same support tables and saved settings) while the edit is still being written to the
 * sheet. Reading that sheet's positions gives the grid; everything else is the workbook's own.
 */
export function gridOverSource(source: WorkbookSource, grid: SheetGrid): WorkbookSource {
  return {
    label: source.label,
    listSheets: () => source.listSheets(),
    readPositions: (options?: { sheet?: string; mapping?: ColumnMapping }): Promise<ReadResult> =>
      options?.sheet === grid.sheetName ? Promise.resolve({ ok: true, grid }) : source.readPositions(options),
    readSupportTable: (kind) => source.readSupportTable(kind),
    readSetting: (key) => source.readSetting(key),
    writeSetting: (key, value) => source.writeSetting(key, value),
    writeSheet: (spec) => source.writeSheet(spec),
    listScenarios: () => source.listScenarios(),
    createScenario: (request) => source.createScenario(request),
    applyScenarioChanges: (sheet, changes) => source.applyScenarioChanges(sheet, changes),
  };
}
