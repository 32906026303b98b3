import { gridFromSheetSpec } from "../../../src/core/sheet/gridFromSheetSpec";
import type { SheetSpec } from "../../../src/core/sheet/sheetSpec";
import { isSingleBlockSpec, layoutSheetSpec, sheetSpecCells } from "../../../src/core/sheet/sheetSpecLayout";

const stacked: SheetSpec = {
  name: "Report",
  notes: ["Rows read 3 = positions 2 + rows only in findings 1", "second note"],
  title: "Findings",
  table: { name: "Findings" },
  columns: [{ header: "Code" }, { header: "Row" }],
  rows: [
    ["CYCLE", { formula: "HYPERLINK(\"#'Positions'!A3\",3)", value: 3 }],
    ["DUPLICATE_ID", 4, "beyond the columns"],
  ],
  sections: [
    {
      title: "Empty table",
      table: { name: "Nothing" },
      columns: [{ header: "A" }, { header: "B" }, { header: "C" }],
      rows: [],
    },
    { columns: [], rows: [["no columns: takes no rows"]] },
    { columns: [{ header: "Plain" }], rows: [[1], [2]] },
  ],
  freezeHeader: true,
};

describe("layoutSheetSpec(spec)", () => {
  it("stacks the notes, then each block (title, header, rows) with a blank row before it", () => {
    const layout = layoutSheetSpec(stacked);
    expect(layout.noteRows).toEqual([1, 2]);
    expect(
      layout.sections.map(({ titleRow, headerRow, firstDataRow, dataRowCount, width }) => ({
        titleRow,
        headerRow,
        firstDataRow,
        dataRowCount,
        width,
      })),
    ).toEqual([
      // row 3 blank
      { titleRow: 4, headerRow: 5, firstDataRow: 6, dataRowCount: 2, width: 2 },
      // row 8 blank; a table with no rows keeps one blank data row, as Excel does
      { titleRow: 9, headerRow: 10, firstDataRow: 11, dataRowCount: 1, width: 3 },
      // row 12 blank
      { titleRow: undefined, headerRow: 13, firstDataRow: 14, dataRowCount: 2, width: 1 },
    ]);
    expect(layout).toMatchObject({ lastRow: 15, width: 3, frozenRows: 5 });
  });

  it("lays a plain spec out as before: header in row 1, rows below, frozen header row", () => {
    const plain: SheetSpec = { name: "P", columns: [{ header: "ID" }], rows: [["a"]], freezeHeader: true };
    expect(layoutSheetSpec(plain)).toMatchObject({
      noteRows: [],
      sections: [{ headerRow: 1, firstDataRow: 2, dataRowCount: 1 }],
      lastRow: 2,
      frozenRows: 1,
    });
    expect(isSingleBlockSpec(plain)).toBe(true);
    expect(isSingleBlockSpec(stacked)).toBe(false);
    expect(isSingleBlockSpec({ ...plain, title: "T" })).toBe(false);
  });
});

describe("sheetSpecCells(spec) and gridFromSheetSpec(spec)", () => {
  it("give every row of the sheet from A1, cut to each block's columns", () => {
    expect(sheetSpecCells(stacked)).toEqual([
      ["Rows read 3 = positions 2 + rows only in findings 1"],
      ["second note"],
      [],
      ["Findings"],
      ["Code", "Row"],
      ["CYCLE", { formula: "HYPERLINK(\"#'Positions'!A3\",3)", value: 3 }],
      ["DUPLICATE_ID", 4],
      [],
      ["Empty table"],
      ["A", "B", "C"],
      [],
      [],
      ["Plain"],
      [1],
      [2],
    ]);
    const grid = gridFromSheetSpec(stacked);
    expect(grid).toMatchObject({ sheetName: "Report", firstRow: 1, firstColumn: 1, tableName: undefined });
    expect(grid.rows[5]).toEqual(["CYCLE", 3]);
  });

  it("keep a one-table spec's grid as the table itself", () => {
    const spec: SheetSpec = {
      name: "Positions",
      table: { name: "Positions" },
      columns: [{ header: "Position ID" }, { header: "Reports To" }],
      rows: [
        ["P1", null],
        ["P2", "P1"],
      ],
    };
    expect(gridFromSheetSpec(spec)).toEqual({
      sheetName: "Positions",
      tableName: "Positions",
      firstRow: 1,
      firstColumn: 1,
      rows: [
        ["Position ID", "Reports To"],
        ["P1", null],
        ["P2", "P1"],
      ],
    });
  });
});
