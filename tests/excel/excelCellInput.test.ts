import { excelCellInput, specMatrix, textInput } from "../../src/excel/excelCellInput";
import { coerceInput } from "./fakeExcel/fakeWorkbook";

describe("textInput(text)", () => {
  it("protects text Excel would turn into a number, date, boolean or formula", () => {
    for (const text of ["00123", "2024-01-05", "TRUE", "=SUM(A1)", "+86 10", "-", "@home", "1/2", "P-001", "#N/A"]) {
      expect(textInput(text)).toBe(`'${text}`);
      // What Excel keeps is the text itself.
      expect(coerceInput(textInput(text))).toEqual({ value: text, quotePrefix: true });
    }
  });

  it("leaves plain words alone", () => {
    for (const text of ["Operations Center", "运营中心", "Ann Lee", ""]) expect(textInput(text)).toBe(text);
  });
});

describe("excelCellInput(cell)", () => {
  it("writes numbers and booleans as such, formulas with =, blanks as empty", () => {
    expect(excelCellInput(12.5)).toBe(12.5);
    expect(excelCellInput(false)).toBe(false);
    expect(excelCellInput(null)).toBe("");
    expect(excelCellInput(Number.NaN)).toBe("");
    expect(excelCellInput({ formula: "SUM(B2:B9)", value: 3 })).toBe("=SUM(B2:B9)");
    expect(excelCellInput({ formula: "=B2*2" })).toBe("=B2*2");
  });
});

describe("specMatrix(spec)", () => {
  it("puts the header first and cuts or pads rows to the columns", () => {
    const matrix = specMatrix({
      name: "S",
      columns: [{ header: "ID" }, { header: "2024 FTE" }],
      rows: [["P1"], ["P2", 1, "extra"], [{ formula: "A2" }, 2]],
    });
    expect(matrix.rows).toEqual([
      ["ID", "'2024 FTE"],
      ["'P1", ""],
      ["'P2", 1],
      ["=A2", 2],
    ]);
    expect(matrix.hasFormula).toEqual([false, false, false, true]);
  });
});
