import { isCellError, type CellValue } from "../core/cells/cell";
import { cellText } from "../core/cells/cellText";
import { expectedRowIds, type ScenarioChangeSet } from "../core/scenario/scenarioChange";
import type { ApplyScenarioResult } from "../core/sheet/workbookSource";
import { ownedSheets } from "./createdSheets";
import { textInput, type ExcelInput } from "./excelCellInput";
import { areaOf } from "./findPositionsRange";
import { DEFAULT_PAYLOAD_BUDGET_BYTES, rowBytes } from "./payloadSize";
import { rangeAddress, type RangeArea } from "./rangeArea";
import { sameSheetName } from "./sheetNames";
import { loadOwnedSheets } from "./workbookSnapshot";

/** One cell of a change as Office.js input: text kept as text ("001" stays "001"), dates as serials, blank clears. */
export function scenarioCellInput(value: CellValue | undefined): ExcelInput {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? value : "";
  if (typeof value === "boolean") return value;
  if (value instanceof Date) return (value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
  if (isCellError(value)) return textInput(value.error);
  return textInput(value);
}

/** The table on the scenario's sheet that holds the ID column (the "Scenario_N" table the add-in wrote). */
async function scenarioTable(
  context: Excel.RequestContext,
  worksheet: Excel.Worksheet,
  idColumnIndex: number,
): Promise<{ table: Excel.Table; area: RangeArea } | undefined> {
  const tables = worksheet.tables;
  tables.load("items/id,items/name,items/showTotals");
  await context.sync();
  const ranges = tables.items.map((table) => {
    const range = table.getRange();
    range.load("rowIndex,columnIndex,rowCount,columnCount");
    return range;
  });
  if (ranges.length === 0) return undefined;
  await context.sync();
  for (let i = 0; i < ranges.length; i++) {
    const area = areaOf(ranges[i]);
    if (tables.items[i].showTotals) area.rowCount -= 1;
    if (idColumnIndex >= area.columnIndex && idColumnIndex < area.columnIndex + area.columnCount)
      return { table: tables.items[i], area };
  }
  return undefined;
}

/**
 * Writes a scenario edit's cell changes into the scenario sheet `sheetName`, as small writes: a cell per changed
 * value, a table row added or deleted per inserted or removed position (`TableRowCollection.add` /
 * `TableRow.delete`; whole sheet rows where the user turned the table back into a range). Refused for any sheet that
 * is not a scenario of the add-in's (by its GUID tag, never by name), and, with nothing written, when a row no
 * longer holds the ID its change was made for. Requests stay within the byte budget. Excel errors are thrown.
 */
export async function applyScenarioChangesInExcel(
  context: Excel.RequestContext,
  sheetName: string,
  set: ScenarioChangeSet,
  byteBudget: number = DEFAULT_PAYLOAD_BUDGET_BYTES,
): Promise<ApplyScenarioResult> {
  const { sheets, createdSheets } = await loadOwnedSheets(context);
  const info = sheets.find((sheet) => sameSheetName(sheet.name, sheetName));
  const owner = info ? ownedSheets(createdSheets, sheets).get(info.id)?.entry : undefined;
  if (!info || !owner || owner.role !== "scenario" || owner.pending)
    return { ok: false, problem: { code: "NOT_A_SCENARIO", subject: sheetName } };
  const worksheet = context.workbook.worksheets.getItem(info.id);
  const idColumnIndex = set.idColumn - 1;

  // The rows must still hold the IDs the changes were made for (one request for all of them).
  const expected = expectedRowIds(set);
  if (expected.length > 0) {
    const cells = expected.map(({ row }) => {
      const cell = worksheet.getRange(
        rangeAddress({ rowIndex: row - 1, columnIndex: idColumnIndex, rowCount: 1, columnCount: 1 }),
      );
      cell.load("values");
      return cell;
    });
    await context.sync();
    for (let i = 0; i < expected.length; i++) {
      const found = cellText(cells[i].values[0]?.[0] as CellValue).trim();
      if (found !== expected[i].id) return { ok: false, problem: { code: "SCENARIO_CHANGED", subject: info.name } };
    }
  }

  const target = set.changes.some((change) => change.kind !== "set")
    ? await scenarioTable(context, worksheet, idColumnIndex)
    : undefined;
  let bytes = 0;
  const flushIfFull = async (added: number) => {
    bytes += added;
    if (bytes < byteBudget) return;
    // Several requests only for an edit bigger than the budget (a remove with thousands of reports).
    await context.sync();
    bytes = 0;
  };
  for (const change of set.changes) {
    const rowIndex = change.row - 1;
    if (change.kind === "set") {
      for (const cell of change.cells) {
        const input = [[scenarioCellInput(cell.after)]];
        const range = worksheet.getRange(
          rangeAddress({ rowIndex, columnIndex: cell.column - 1, rowCount: 1, columnCount: 1 }),
        );
        range.values = input;
        // The edits of one change are tiny; the budget only matters for very big sets.

        await flushIfFull(rowBytes(input[0]) + 64);
      }
      continue;
    }
    if (target) {
      const { table, area } = target;
      const dataIndex = rowIndex - (area.rowIndex + 1);
      const dataRows = area.rowCount - 1;
      if (change.kind === "insertRow") {
        const offset = set.firstColumn - 1 - area.columnIndex;
        const row: ExcelInput[] = new Array<ExcelInput>(area.columnCount).fill("");
        change.cells.forEach((value, c) => {
          if (c + offset >= 0 && c + offset < area.columnCount) row[c + offset] = scenarioCellInput(value);
        });
        table.rows.add(dataIndex >= dataRows ? undefined : dataIndex, [row]);
        area.rowCount += 1;

        await flushIfFull(rowBytes(row) + 64);
      } else {
        table.rows.getItemAt(dataIndex).delete();
        area.rowCount -= 1;
      }
      continue;
    }
    // No table any more (the user converted it to a range): whole sheet rows.
    const wholeRow = worksheet.getRange(`${change.row}:${change.row}`);
    if (change.kind === "deleteRow") wholeRow.delete("Up");
    else {
      wholeRow.insert("Down");
      const row = change.cells.map(scenarioCellInput);
      if (row.length > 0)
        worksheet.getRange(
          rangeAddress({ rowIndex, columnIndex: set.firstColumn - 1, rowCount: 1, columnCount: row.length }),
        ).values = [row];

      await flushIfFull(rowBytes(row) + 64);
    }
  }
  await context.sync();
  return { ok: true, hostUndo: false };
}
