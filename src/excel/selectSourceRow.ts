import { supportsExcelApi } from "./excelApiSupport";
import { defaultExcelRun, type ExcelRun } from "./excelRun";

/** Excel's last row. */
const MAX_ROW = 1_048_576;

/** What selecting a finding's row did: selected it, or found no such sheet (renamed or deleted since the read). */
export type SelectSourceRowOutcome = "selected" | "sheetNotFound";

/**
 * Takes the user to a row of the workbook: activates its sheet and selects the row, only the table's
 * part of it when the row is in an Excel table (ExcelApi 1.9 finds the table), else the whole row.
 * Selecting changes nothing in the workbook.
 */
export async function selectSourceRow(
  sheetName: string,
  row: number,
  run: ExcelRun = defaultExcelRun,
): Promise<SelectSourceRowOutcome> {
  if (!Number.isInteger(row) || row < 1 || row > MAX_ROW) throw new RangeError(`No such row: ${row}`);
  return run(async (context) => {
    const sheet = context.workbook.worksheets.getItemOrNullObject(sheetName);
    await context.sync();
    if (sheet.isNullObject) return "sheetNotFound";
    const wholeRow = sheet.getRange(`${row}:${row}`);
    let target: Excel.Range = wholeRow;
    if (supportsExcelApi("1.9")) {
      const tables = wholeRow.getTables(false);
      const count = tables.getCount();
      await context.sync();
      // A ClientResult has no load(): its value is there after the sync (the lint rule knows only proxy objects).
      // eslint-disable-next-line office-addins/load-object-before-read
      if (count.value > 0) {
        const tableRow = tables.getFirst().getRange().getIntersectionOrNullObject(wholeRow);
        await context.sync();
        if (!tableRow.isNullObject) target = tableRow;
      }
    }
    sheet.activate();
    target.select();
    await context.sync();
    return "selected";
  });
}
