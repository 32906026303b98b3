import { cellNumber, differenceCell, fillSumRow, roundHalfUp } from "../../../src/core/report/formulaCells";
import type { SheetSection } from "../../../src/core/sheet/sheetSpec";
import { layoutSheetSpec } from "../../../src/core/sheet/sheetSpecLayout";

describe("formula cells with the value the spreadsheet computes cached", () => {
  it("reads a cell's number from a number or a formula's cached value, nothing else", () => {
    expect(cellNumber(7)).toBe(7);
    expect(cellNumber({ formula: "A1+1", value: 2.5 })).toBe(2.5);
    expect(cellNumber("7")).toBeNull();
    expect(cellNumber(null)).toBeNull();
    expect(cellNumber(undefined)).toBeNull();
  });

  it("rounds half up on the decimal the number shows, as ROUND does", () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01); // 1.005 is 1.00499… in binary
    expect(roundHalfUp(-2.5, 0)).toBe(-3);
    expect(roundHalfUp(0.1 + 0.2, 6)).toBe(0.3);
  });

  it("writes plan − baseline as the formula given, wrapped in ROUND unless whole", () => {
    expect(differenceCell("C5-B5", 3, 5, 0)).toEqual({ formula: "C5-B5", value: 2 });
    expect(differenceCell("C5-B5", 0.1, 0.3, 6)).toEqual({ formula: "ROUND(C5-B5,6)", value: 0.2 });
    expect(differenceCell("F9-E9", 100.1, 100.125, 2)).toEqual({ formula: "ROUND(F9-E9,2)", value: 0.03 });
  });

  it("fills a Total row of SUMs over the rows above, blank where every row is blank", () => {
    const section: SheetSection = {
      columns: [{ header: "What" }, { header: "Count" }, { header: "Cost" }, { header: "Note" }],
      rows: [
        ["a", 2, 10.005, null],
        ["b", { formula: "1+2", value: 3 }, 0.1, null],
        ["Total", null, null, null],
      ],
    };
    const at = layoutSheetSpec({ name: "S", columns: [], rows: [], sections: [section] }).sections.find(
      (s) => s.section === section,
    )!;
    fillSumRow(section, at, 2, [1], 0);
    fillSumRow(section, at, 2, [2, 3], 2);
    const first = at.firstDataRow;
    expect(section.rows[2]).toEqual([
      "Total",
      { formula: `SUM(B${first}:B${first + 1})`, value: 5 },
      { formula: `ROUND(SUM(C${first}:C${first + 1}),2)`, value: 10.11 },
      null,
    ]);
  });

  it("gives a Total of 0 when the block has no rows", () => {
    const section: SheetSection = { columns: [{ header: "What" }, { header: "Cost" }], rows: [["Total", null]] };
    const at = layoutSheetSpec({ name: "S", columns: [], rows: [], sections: [section] }).sections.find(
      (s) => s.section === section,
    )!;
    fillSumRow(section, at, 0, [1], (column) => column + 1);
    expect(section.rows[0][1]).toEqual({ formula: "0", value: 0 });
  });
});
