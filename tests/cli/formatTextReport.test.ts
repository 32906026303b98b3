import { formatTextReport, rowRanges } from "../../src/cli/formatTextReport";
import { toCheckJson } from "../../src/cli/toCheckJson";
import { buildOrgModel } from "../../src/core/buildOrgModel";
import type { SheetGrid } from "../../src/core/sheet/sheetGrid";

const grid = (rows: string[][]): SheetGrid => ({ sheetName: "Org", firstRow: 1, firstColumn: 1, rows });

describe("formatTextReport(result)", () => {
  it("prints where the table is, the counts, the columns, then one line per finding", () => {
    const table = grid([
      ["Position ID", "Reports To", "FTE"],
      ["P1", "", "1"],
      ["P2", "P1", "lots"],
      ["P3", "P7", "1"],
    ]);
    const text = formatTextReport(toCheckJson("org.csv", table, buildOrgModel(table), "en"));
    const lines = text.trimEnd().split("\n");
    expect(lines.slice(0, 5)).toEqual([
      "org.csv: sheet “Org”, header in row 1",
      "Rows read: 3 · positions: 3 · top positions: 2 · layers: 2",
      "Columns: Position ID = “Position ID”, Reports To = “Reports To”, FTE = “FTE”",
      "Top: P1, P3",
      "",
    ]);
    expect(lines[5]).toMatch(/^Findings: \d+ \(errors: \d+, warnings: \d+, info: \d+\)$/);
    expect(lines).toContainEqual(expect.stringMatching(/^Error UNKNOWN_MANAGER row 4: .*“P7”/));
    expect(lines).toContainEqual(expect.stringMatching(/^\w+ INVALID_NUMBER row 3: .*“lots”/));
  });

  it("says so when there is nothing to report, in Chinese too", () => {
    const table = grid([
      ["岗位编号", "汇报对象"],
      ["P1", ""],
      ["P2", "P1"],
    ]);
    const text = formatTextReport(toCheckJson("岗位.csv", table, buildOrgModel(table, { lang: "zh-CN" }), "zh-CN"));
    expect(text).toBe(
      [
        "岗位.csv：工作表“Org”，表头在第 1 行",
        "读取行数：2 · 岗位：2 · 顶层岗位：1 · 层级：2",
        "列：岗位编号 = “岗位编号”，汇报对象 = “汇报对象”",
        "顶层：P1",
        "",
        "未发现问题。",
        "",
      ].join("\n"),
    );
  });

  it("names a missing column and all the rows it affects, shortened", () => {
    const rows = [["Position ID", "Title"], ...Array.from({ length: 40 }, (_, i) => [`P${i}`, "x"])];
    const text = formatTextReport(toCheckJson("org.csv", grid(rows), buildOrgModel(grid(rows)), "en"));
    expect(text).toContain("Error MISSING_COLUMN rows 2-41: ");
    expect(text).toContain("Rows left out of the org: 40 (see the findings) · blank rows skipped: 0");
  });
});

describe("rowRanges(rows)", () => {
  it("joins runs of rows", () => {
    expect(rowRanges([2, 3, 4, 7, 9, 10])).toEqual(["2-4", "7", "9-10"]);
    expect(rowRanges([])).toEqual([]);
  });
});
