import {
  cellAddress,
  formulaText,
  gridCellRef,
  gridColumnRef,
  rangeAddress,
  resolveFormula,
  resolveSpecFormulas,
  sheetToken,
  specBlockRef,
  specCellRef,
  specColumnRef,
} from "../../../src/core/sheet/formulaAddress";
import type { SheetGrid } from "../../../src/core/sheet/sheetGrid";
import type { SheetSpec } from "../../../src/core/sheet/sheetSpec";

const spec: SheetSpec = {
  name: "Headcount cost",
  notes: ["reconciliation"],
  columns: [{ header: "ID" }, { header: "Jan" }, { header: "Total" }],
  rows: [
    ["A", 1, 1],
    ["B", 2, 2],
  ],
  sections: [{ title: "More", columns: [{ header: "X" }], rows: [[1]] }],
};

describe("formula addressing", () => {
  test("addresses of a spec's block, column and cell follow its layout (notes, titles, blank rows)", () => {
    // Row 1 note, row 2 blank, row 3 header, rows 4–5 data; row 6 blank, row 7 title, row 8 header, row 9 data.
    expect(resolveFormula(specBlockRef(spec))).toBe("'Headcount cost'!$A$4:$C$5");
    expect(resolveFormula(specColumnRef(spec, 2))).toBe("'Headcount cost'!$C$4:$C$5");
    expect(resolveFormula(specCellRef(spec, 1, 1))).toBe("'Headcount cost'!$B$5");
    expect(resolveFormula(specCellRef(spec, 0, 0, 1))).toBe("'Headcount cost'!$A$9");
    expect(() => specBlockRef(spec, 2)).toThrow(RangeError);
  });

  test("the sheet is named as written: a 'Name (2)' rename and quotes in names", () => {
    const formula = `SUM(${specColumnRef(spec, 2)})`;
    expect(formula).toContain(sheetToken("Headcount cost"));
    expect(formulaText(formula, { "Headcount cost": "Headcount cost (2)" })).toBe(
      "=SUM('Headcount cost (2)'!$C$4:$C$5)",
    );
    expect(formulaText("=1+1")).toBe("=1+1");
    expect(resolveFormula(`${sheetToken("Bob's")}!A1`)).toBe("'Bob''s'!A1");
    const resolved = resolveSpecFormulas(
      { ...spec, rows: [["A", { formula, value: 3 }, null]] },
      { "Headcount cost": "X" },
    );
    expect(resolved.rows[0][1]).toEqual({ formula: "SUM('X'!$C$4:$C$5)", value: 3 });
    expect(resolveSpecFormulas(spec, {})).toBe(spec); // nothing to resolve: the same spec
  });

  test("the user's table: a structured reference for an Excel table, else a plain range; cells by sheet row", () => {
    const grid: SheetGrid = {
      sheetName: "岗位表",
      tableName: "Positions",
      firstRow: 3,
      firstColumn: 2,
      rows: [
        ["Position ID", "Base Salary", "Pay [CNY] #1"],
        ["A", 1, 2],
        ["B", 3, 4],
      ],
    };
    expect(gridColumnRef(grid, 1)).toBe("Positions[Base Salary]");
    expect(gridColumnRef(grid, 2)).toBe("Positions[Pay '[CNY'] '#1]");
    expect(gridCellRef(grid, 5, 1)).toBe("INDEX(Positions[Base Salary],2)");
    const plain = { ...grid, tableName: undefined };
    expect(gridColumnRef(plain, 1)).toBe("'岗位表'!$C$4:$C$5");
    expect(gridCellRef(plain, 5, 1)).toBe("'岗位表'!$C$5");
  });

  test("cell and range addresses", () => {
    expect(cellAddress(28, 7)).toBe("AB7");
    expect(cellAddress(1, 1, true)).toBe("$A$1");
    expect(rangeAddress(2, 3, 2, 3)).toBe("B3");
    expect(rangeAddress(1, 1, 3, 9)).toBe("A1:C9");
  });
});
