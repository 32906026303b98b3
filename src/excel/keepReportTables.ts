import type { SheetLayout } from "../core/sheet/sheetSpecLayout";
import type { TableRecord } from "./createdSheets";
import { supportsExcelApi } from "./excelApiSupport";
import { areaOf } from "./findPositionsRange";
import { rangeAddress } from "./rangeArea";
import { planReportTables, type ExistingTable, type TableOperation, type WantedTable } from "./reportTablePlan";

/** The tables a layout puts on its sheet, top to bottom (blocks start in column A). */
export function wantedTables(layout: SheetLayout): WantedTable[] {
  const wanted: WantedTable[] = [];
  for (const { section, headerRow, dataRowCount, width } of layout.sections)
    if (section.table)
      wanted.push({
        name: section.table.name,
        area: { rowIndex: headerRow - 1, columnIndex: 0, rowCount: dataRowCount + 1, columnCount: width },
      });
  return wanted;
}

/** Queues reading where these tables are; after `context.sync()`, the function gives them with their areas. */
export function queueTableAreas(
  context: Excel.RequestContext,
  tables: readonly Omit<ExistingTable, "area">[],
): () => ExistingTable[] {
  const ranges = tables.map((table) => {
    const range = context.workbook.tables.getItem(table.id).getRange();
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return range;
  });
  return () => tables.map((table, i) => ({ ...table, area: areaOf(ranges[i]) }));
}

/** Whole sheet rows, as `Range.insert`/`Range.delete` move them: (4, 2) → "5:6". */
function wholeRows(rowIndex: number, count: number): string {
  return `${rowIndex + 1}:${rowIndex + count}`;
}

function queueOperation(context: Excel.RequestContext, sheet: Excel.Worksheet, operation: TableOperation): void {
  switch (operation.kind) {
    case "deleteTable":
      context.workbook.tables.getItem(operation.id).delete();
      return;
    case "hideTotals":
      context.workbook.tables.getItem(operation.id).showTotals = false;
      return;
    case "resize":
      context.workbook.tables.getItem(operation.id).resize(sheet.getRange(rangeAddress(operation.area)));
      return;
    case "insertRows":
      sheet.getRange(wholeRows(operation.rowIndex, operation.count)).insert("Down");
      return;
    case "deleteRows":
      sheet.getRange(wholeRows(operation.rowIndex, operation.count)).delete("Up");
      return;
    case "addColumns": {
      const columns = context.workbook.tables.getItem(operation.id).columns;
      for (let i = 0; i < operation.count; i++) columns.add();
      return;
    }
    case "deleteColumns": {
      // From the right end, so that each index still names the column meant.
      const columns = context.workbook.tables.getItem(operation.id).columns;
      for (let i = operation.index + operation.count - 1; i >= operation.index; i--) columns.getItemAt(i).delete();
      return;
    }
    case "clear":
      sheet.getRange(rangeAddress(operation.area)).clear();
      return;
  }
}

/** Errors Excel gives an operation on a table it will not do (a rule of its own the plan did not foresee). */
const REFUSALS: readonly string[] = ["InvalidArgument", "InvalidOperation", "ApiNotFound", "NotImplemented"];

/**
 * Empties a sheet of the add-in's for a rewrite, in one request: the tables the new layout still has stay (the same
 * Excel tables, moved and sized to the layout, see reportTablePlan), everything else goes. The kept tables are
 * returned by the spec's table name. Should Excel refuse the plan, every table on the sheet is deleted instead and
 * made anew by the layout (references to them are lost, as with earlier versions), so the rewrite still happens.
 */
export async function emptySheetKeepingTables(
  context: Excel.RequestContext,
  sheet: Excel.Worksheet,
  existing: readonly ExistingTable[],
  layout: SheetLayout,
  records: readonly TableRecord[],
): Promise<Map<string, ExistingTable>> {
  const canResize = supportsExcelApi("1.13");
  let plan: ReturnType<typeof planReportTables>;
  try {
    plan = planReportTables(existing, wantedTables(layout), records, canResize);
  } catch {
    // A sheet the plan cannot make sense of (tables side by side, say): nothing is kept.
    plan = planReportTables(existing, [], [], canResize);
  }
  for (const operation of plan.operations) queueOperation(context, sheet, operation);
  try {
    await context.sync();
    return plan.kept;
  } catch (error) {
    const code = (error as { code?: unknown } | null)?.code;
    if (typeof code !== "string" || !REFUSALS.includes(code)) throw error;
  }
  const tables = sheet.tables;
  tables.load("items/id");
  await context.sync();
  for (const table of tables.items) table.delete();
  sheet.getRange().clear();
  await context.sync();
  return new Map();
}
