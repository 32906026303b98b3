import { formatTextReport, rowRanges } from "../../src/cli/formatTextReport";
import { toCheckJson } from "../../src/cli/toCheckJson";
import { analyzeWorkbook } from "../../src/core/analyzeWorkbook";
import type { SheetGrid } from "../../src/core/sheet/sheetGrid";

const grid = (rows: string[][]): SheetGrid => ({ sheetName: "Org", firstRow: 1, firstColumn: 1, rows });

describe("formatTextReport(result)", () => {
  it("prints where the table is, the counts, the columns, the spans and layers, then one line per finding", () => {
    const table = grid([
      ["Position ID", "Reports To", "FTE"],
      ["P1", "", "1"],
      ["P2", "P1", "lots"],
      ["P3", "P7", "1"],
    ]);
    const text = formatTextReport(toCheckJson("org.csv", table, analyzeWorkbook({ positions: table }), "en"));
    const lines = text.trimEnd().split("\n");
    expect(lines.slice(0, 8)).toEqual([
      "org.csv: sheet “Org”, header in row 1",
      "Rows read: 3 · positions: 3 · top positions: 2 · layers: 2",
      "Columns: Position ID = “Position ID”, Reports To = “Reports To”, FTE = “FTE”",
      "Top: P1, P3",
      // P1 manages P2 only.
      "Spans of control: managers 1 · median 1.0 · mean 1.0 · widest 1",
      "Managers by span: 1: 1, 2–3: 0, 4–7: 0, 8–12: 0, 13–16: 0, 17+: 0",
      // P2's FTE is not a number: it counts as 0 in the pyramid.
      expect.stringMatching(/^Layer pyramid: 1: 2 \(2\.0 FTE\), 2: 1 \(\d\.\d FTE\)$/),
      "",
    ]);
    expect(lines[8]).toMatch(/^Findings: \d+ \(errors: \d+, warnings: \d+, info: \d+\)$/);
    expect(lines).toContainEqual(expect.stringMatching(/^Error UNKNOWN_MANAGER row 4: .*“P7”/));
    expect(lines).toContainEqual(expect.stringMatching(/^\w+ INVALID_NUMBER row 3: .*“lots”/));
  });

  it("shows a header typed on two lines in its cell on one line", () => {
    const table = grid([
      ["Position\nID", "Reports\r\n To"],
      ["P1", ""],
    ]);
    const text = formatTextReport(toCheckJson("org.csv", table, analyzeWorkbook({ positions: table }), "en"));
    expect(text.split("\n")[2]).toBe("Columns: Position ID = “Position ID”, Reports To = “Reports To”");
  });

  it("says so when there is nothing to report, in Chinese too", () => {
    const table = grid([
      ["岗位编号", "汇报对象", "姓名"],
      ["P1", "", "王芳"],
      ["P2", "P1", "李雷"],
      ["P3", "P1", "韩梅梅"],
      ["P4", "P1", "张伟"],
      ["P5", "P1", "刘洋"],
    ]);
    const analysis = analyzeWorkbook({ positions: table }, { lang: "zh-CN" });
    const text = formatTextReport(toCheckJson("岗位.csv", table, analysis, "zh-CN"));
    expect(text).toBe(
      [
        "岗位.csv：工作表“Org”，表头在第 1 行",
        "读取行数：5 · 岗位：5 · 顶层岗位：1 · 层级：2",
        "列：岗位编号 = “岗位编号”，汇报对象 = “汇报对象”，姓名 = “姓名”",
        "顶层：P1",
        "管理幅度：管理者 1 人 · 中位数 4.0 · 平均 4.0 · 最大 4",
        "按管理幅度区间的管理者人数：1：0，2–3：0，4–7：1，8–12：0，13–16：0，17+：0",
        "层级金字塔：第 1 层 1 个（编制 1.0），第 2 层 4 个（编制 4.0）",
        "",
        "未发现问题。",
        "",
      ].join("\n"),
    );
  });

  it("gives the coverage when the positions name their capabilities, and where --out wrote the report", () => {
    const table = grid([
      ["Position ID", "Reports To", "Name", "Department", "Capabilities"],
      ["P1", "", "Ann", "Ops", "Content planning; Retention"],
    ]);
    const result = toCheckJson("org.csv", table, analyzeWorkbook({ positions: table }), "en");
    result.report = { file: "out.xlsx", sheets: ["Org checks", "Coverage"] };
    const lines = formatTextReport(result).split("\n");
    const capabilities = result.coverage.capabilities.length;
    const uncovered = result.coverage.capabilities.filter((c) => c.total.filledPositions === 0).length;
    expect(lines).toContain(
      `Coverage: ${capabilities} capabilities × ${result.coverage.departments.length} departments · with no filled holder: ${uncovered}`,
    );
    expect(capabilities - uncovered).toBe(2);
    expect(lines).toContain("Wrote out.xlsx: a copy of org.csv with the sheets “Org checks”, “Coverage”.");
  });

  it("names a missing column and all the rows it affects, shortened", () => {
    const rows = [["Position ID", "Title"], ...Array.from({ length: 40 }, (_, i) => [`P${i}`, "x"])];
    const text = formatTextReport(toCheckJson("org.csv", grid(rows), analyzeWorkbook({ positions: grid(rows) }), "en"));
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
