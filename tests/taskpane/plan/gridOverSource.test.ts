import { operationsCenterWorkbook } from "../../../src/core";
import type { SheetGrid } from "../../../src/core/sheet/sheetGrid";
import { FileWorkbookSource } from "../../../src/files";
import { gridOverSource } from "../../../src/taskpane/plan/gridOverSource";

describe("gridOverSource: a plan's held cells over the workbook", () => {
  test("the plan's sheet reads as the held grid; other sheets, settings and support tables are the workbook's", async () => {
    const source = FileWorkbookSource.fromSheetSpecs("Sample", operationsCenterWorkbook("en"));
    await source.writeSetting("k", "v");
    const grid: SheetGrid = { sheetName: "Plan - X", firstRow: 1, firstColumn: 1, rows: [["Position ID"], ["P1"]] };
    const over = gridOverSource(source, grid);
    await expect(over.readPositions({ sheet: "Plan - X" })).resolves.toEqual({ ok: true, grid });
    const positions = await over.readPositions({ sheet: "Positions" });
    expect(positions.ok && positions.grid.sheetName).toBe("Positions");
    await expect(over.readSetting("k")).resolves.toBe("v");
    await expect(over.readSupportTable("departments")).resolves.toEqual(await source.readSupportTable("departments"));
    expect(over.label).toBe("Sample");
  });
});
