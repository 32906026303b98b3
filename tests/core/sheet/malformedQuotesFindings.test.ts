import { localizeFinding } from "../../../src/core/findings/localizeFinding";
import { malformedQuotesFindings } from "../../../src/core/sheet/malformedQuotesFindings";

const grid = { sheetName: "positions", firstRow: 1, firstColumn: 1 };

describe("malformedQuotesFindings(grid)", () => {
  it("warns of a row that took several lines of the file, and informs of a quote not doubled", () => {
    const findings = malformedQuotesFindings({
      ...grid,
      malformedQuotes: [
        { row: 2, lines: 4 },
        { row: 9, lines: 1 },
      ],
    });
    expect(findings).toEqual([
      { code: "CSV_LINES_JOINED", severity: "warning", rows: [2], ids: [], params: { row: 2, lines: 4 } },
      { code: "CSV_QUOTE_NOT_DOUBLED", severity: "info", rows: [9], ids: [], params: { row: 9 } },
    ]);
    expect(localizeFinding(findings[0], "en").message).toContain("4 lines of the file were read as this one row");
    expect(localizeFinding(findings[0], "zh-CN").message).toContain("文件的 4 行被读成了这一行");
    expect(localizeFinding(findings[1], "zh-CN").message).toContain("引号没有写成两个");
  });

  it("says nothing of a grid read without malformed quotes", () => {
    expect(malformedQuotesFindings(grid)).toEqual([]);
    expect(malformedQuotesFindings({ ...grid, malformedQuotes: [] })).toEqual([]);
  });
});
