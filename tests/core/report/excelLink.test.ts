import { columnLetters, hyperlinkToRows, quoteSheetName, rowRuns } from "../../../src/core/report/excelLink";

describe("excel links", () => {
  it("names columns by letters", () => {
    expect([1, 2, 26, 27, 52, 703, 16384].map(columnLetters)).toEqual(["A", "B", "Z", "AA", "AZ", "AAA", "XFD"]);
  });

  it("quotes sheet names always, doubling single quotes", () => {
    expect(quoteSheetName("Positions")).toBe("'Positions'");
    expect(quoteSheetName("岗位表")).toBe("'岗位表'");
    expect(quoteSheetName("Bob's plan 2025")).toBe("'Bob''s plan 2025'");
  });

  it("writes HYPERLINK formulas to a row or a run of rows, escaping double quotes in the text", () => {
    expect(hyperlinkToRows("Positions", 1, 57, 57, 57)).toBe(`HYPERLINK("#'Positions'!A57",57)`);
    expect(hyperlinkToRows("Bob's", 3, 3, 5, 3)).toBe(`HYPERLINK("#'Bob''s'!C3:C5",3)`);
    expect(hyperlinkToRows('Say "hi"', 2, 9, 9, 'row "9"')).toBe(`HYPERLINK("#'Say ""hi""'!B9","row ""9""")`);
  });

  it("groups rows into runs of consecutive rows", () => {
    expect(rowRuns([2, 3, 4, 7, 9, 10])).toEqual([
      [2, 4],
      [7, 7],
      [9, 10],
    ]);
    expect(rowRuns([5, 3, 4, 4])).toEqual([[3, 5]]);
    expect(rowRuns([])).toEqual([]);
  });
});
