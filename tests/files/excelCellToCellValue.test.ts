import { excelCellToCellValue } from "../../src/files/excelCellToCellValue";

describe("excelCellToCellValue(value)", () => {
  it("passes plain values through", () => {
    const date = new Date(Date.UTC(2024, 0, 2));
    expect([1.5, "岗位", false, date, null, undefined].map((value) => excelCellToCellValue(value as never))).toEqual([
      1.5,
      "岗位",
      false,
      date,
      null,
      null,
    ]);
  });

  it("gives formulas' cached results, shared formulas included; no cached result is blank", () => {
    expect(excelCellToCellValue({ formula: "A1*2", result: 4, date1904: false })).toBe(4);
    expect(excelCellToCellValue({ sharedFormula: "B2", result: "x", date1904: false })).toBe("x");
    expect(excelCellToCellValue({ formula: "NA()", result: { error: "#N/A" }, date1904: false })).toEqual({
      error: "#N/A",
    });
    expect(excelCellToCellValue({ formula: "A1", date1904: false })).toBeNull();
  });

  it("flattens rich text and hyperlinks (even a rich-text hyperlink) to their text", () => {
    expect(excelCellToCellValue({ richText: [{ text: "运营" }, { text: "中心" }] })).toBe("运营中心");
    expect(excelCellToCellValue({ text: "site", hyperlink: "https://x" })).toBe("site");
    expect(
      excelCellToCellValue({ text: { richText: [{ text: "a" }, { text: "b" }] }, hyperlink: "https://x" } as never),
    ).toBe("ab");
  });

  it("keeps an error value as an error", () => {
    expect(excelCellToCellValue({ error: "#DIV/0!" } as never)).toEqual({ error: "#DIV/0!" });
  });
});
