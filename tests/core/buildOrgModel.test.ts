import { findingMessage } from "../../src/core/findings/localizeFinding";
import { analyzeWorkbook } from "../../src/core/analyzeWorkbook";
import { buildOrgModel } from "../../src/core/buildOrgModel";
import type { Finding, FindingCode } from "../../src/core/findings/finding";
import { reportsOf, VIRTUAL_TOP } from "../../src/core/model/orgModel";
import { HEADER, makeGrid, org } from "./makeGrid";

function codes(findings: Finding[]): FindingCode[] {
  return findings.map((finding) => finding.code);
}

function only(findings: Finding[], code: FindingCode): Finding {
  const found = findings.filter((finding) => finding.code === code);
  expect(found).toHaveLength(1);
  return found[0];
}

describe("buildOrgModel(grid)", () => {
  test("builds a clean org with no findings", () => {
    const { model, findings, accounting } = buildOrgModel(
      org(["1", "CEO", ""], ["2", "COO", "1"], ["3", "Ops", "2"], ["4", "CFO", "1"]),
    );
    expect(findings).toEqual([]);
    expect(model.roots).toEqual([0]);
    expect(model.layerCount).toBe(3);
    expect(Array.from(model.layer)).toEqual([1, 2, 3, 2]);
    expect(Array.from(reportsOf(model, 0))).toEqual([1, 3]);
    expect(accounting).toEqual({ rowsRead: 4, positions: 4, rowsOnlyInFindings: 0, blankRowsSkipped: 0 });
  });

  test("does not need rows in reporting order", () => {
    const { model, findings } = buildOrgModel(org(["3", "Ops", "2"], ["2", "COO", "1"], ["1", "CEO", ""]));
    expect(findings).toEqual([]);
    expect(model.positions[model.roots[0]].id).toBe("1");
    expect(model.layerCount).toBe(3);
  });

  test("keeps IDs as trimmed text: 001 is not 1 (an ID_VARIANTS warning says they differ only in leading zeros)", () => {
    const { model, findings } = buildOrgModel(org(["001", "CEO", ""], [" 1 ", "COO", "001"], ["2", "Ops", "1"]));
    expect(findings.map((f) => [f.code, f.ids])).toEqual([["ID_VARIANTS", ["001", "1"]]]);
    expect(model.positions.map((p) => p.id)).toEqual(["001", "1", "2"]);
    expect(model.parent[2]).toBe(1);
  });

  test("reads numeric IDs from Excel as text", () => {
    const { model, findings } = buildOrgModel(
      makeGrid(
        ["Position ID", "Reports To"],
        [
          [100, null],
          [101, 100],
          [102, "100"],
        ],
      ),
    );
    expect(findings).toEqual([]);
    expect(model.parent[1]).toBe(0);
    expect(model.parent[2]).toBe(0);
  });

  test("skips blank rows and counts them", () => {
    const grid = makeGrid(["Position ID", "Reports To"], [["1", ""], [null, "  "], [], ["2", "1"]]);
    const { accounting } = buildOrgModel(grid);
    expect(accounting).toEqual({ rowsRead: 2, positions: 2, rowsOnlyInFindings: 0, blankRowsSkipped: 2 });
  });

  test("MISSING_COLUMN: no model, every data row named", () => {
    const { model, findings, accounting } = buildOrgModel(
      makeGrid(
        ["Code", "Title", "Boss"],
        [
          ["1", "CEO", ""],
          ["2", "COO", "1"],
        ],
      ),
    );
    expect(codes(findings)).toEqual(["MISSING_COLUMN", "MISSING_COLUMN"]);
    expect(findings.map((f) => f.field)).toEqual(["id", "reportsTo"]);
    expect(findings[0]).toMatchObject({ severity: "error", rows: [2, 3] });
    expect(findingMessage(findings[0], "en")).toContain("Position ID");
    expect(model.positions).toHaveLength(0);
    expect(accounting).toMatchObject({ rowsRead: 2, positions: 0, rowsOnlyInFindings: 2 });
  });

  test("MISSING_COLUMN is fixed by a mapping", () => {
    const { findings, model } = buildOrgModel(
      makeGrid(
        ["Code", "Boss"],
        [
          ["1", ""],
          ["2", "1"],
        ],
      ),
      { mapping: { id: "Code", reportsTo: "Boss" } },
    );
    expect(findings).toEqual([]);
    expect(model.positions).toHaveLength(2);
  });

  test("MISSING_ID: the row is left out and named", () => {
    const { findings, model, accounting } = buildOrgModel(org(["1", "CEO", ""], ["", "Ghost", "1"]));
    expect(only(findings, "MISSING_ID")).toMatchObject({ severity: "error", rows: [3], ids: [] });
    expect(model.positions).toHaveLength(1);
    expect(accounting).toMatchObject({ rowsRead: 2, positions: 1, rowsOnlyInFindings: 1 });
  });

  test("DUPLICATE_ID, a pasted row: identical in every cell, left out and named", () => {
    const { findings, model, accounting } = buildOrgModel(
      org(["1", "CEO", ""], ["2", "A", "1"], ["2", "A", "1"], ["2", "A", "1"]),
    );
    const finding = only(findings, "DUPLICATE_ID");
    expect(finding).toMatchObject({ severity: "error", rows: [3, 4, 5], ids: ["2"] });
    expect(findingMessage(finding, "en")).toBe("Position ID “2” is used on 3 rows (3, 4, 5); only the first is kept.");
    expect(model.positions.map((p) => p.id)).toEqual(["1", "2"]);
    expect(accounting).toMatchObject({ rowsRead: 4, positions: 2, rowsOnlyInFindings: 2 });
  });

  test("DUPLICATE_ID, a collision: other posts under one ID stay in the chart under suffixed IDs", () => {
    const { findings, model, accounting } = buildOrgModel(
      org(["1", "CEO", ""], ["2", "A", "1"], ["2", "B", "1"], ["2", "C", "2"], ["2 (2)", "D", "1"]),
    );
    const duplicates = findings.filter((f) => f.code === "DUPLICATE_ID");
    expect(duplicates[0]).toMatchObject({ severity: "error", rows: [3, 4, 5], ids: ["2", "2 (2)", "2 (3)"] });
    expect(findingMessage(duplicates[0], "en")).toBe(
      "Position ID “2” is used on 3 rows (3, 4, 5) for different posts (another title or manager). The first keeps the ID; the others are kept in the chart as “2 (2)” (4), “2 (3)” (5).",
    );
    // Row 6 really is called "2 (2)": it collides with the renamed row 4 and is renamed in turn.
    expect(duplicates[1]).toMatchObject({ rows: [4, 6], ids: ["2 (2)", "2 (2) (2)"] });
    expect(model.positions.map((p) => [p.id, p.title])).toEqual([
      ["1", "CEO"],
      ["2", "A"],
      ["2 (2)", "B"],
      ["2 (3)", "C"],
      ["2 (2) (2)", "D"],
    ]);
    // C reports to "2": the position that kept the ID.
    expect(model.parent[3]).toBe(1);
    expect(accounting).toMatchObject({ rowsRead: 5, positions: 5, rowsOnlyInFindings: 0 });
    expect(
      findingMessage(buildOrgModel(org(["1", "CEO", ""], ["2", "A", "1"], ["2", "B", "1"])).findings[0], "zh-CN"),
    ).toContain("“2 (2)”");
  });

  test("UNKNOWN_MANAGER: the position is kept under the virtual top", () => {
    const { findings, model } = buildOrgModel(org(["1", "CEO", ""], ["2", "A", "99"]));
    expect(only(findings, "UNKNOWN_MANAGER")).toMatchObject({
      severity: "error",
      rows: [3],
      ids: ["2"],
      params: { manager: "99" },
    });
    expect(model.parent[1]).toBe(VIRTUAL_TOP);
    expect(model.roots).toEqual([0, 1]);
    expect(codes(findings)).not.toContain("MULTIPLE_ROOTS");
  });

  test("SELF_REPORT: the position is kept under the virtual top", () => {
    const { findings, model } = buildOrgModel(org(["1", "CEO", ""], ["2", "A", "2"]));
    expect(only(findings, "SELF_REPORT")).toMatchObject({ severity: "error", rows: [3], ids: ["2"] });
    expect(model.parent[1]).toBe(VIRTUAL_TOP);
  });

  test("CYCLE: reported with its path, cut at its first row, the rest still built", () => {
    const { findings, model, accounting } = buildOrgModel(
      org(["1", "CEO", ""], ["2", "A", "4"], ["3", "B", "2"], ["4", "C", "3"], ["5", "D", "1"], ["6", "E", "3"]),
    );
    const cycle = only(findings, "CYCLE");
    expect(cycle).toMatchObject({ severity: "error", rows: [3, 4, 5], ids: ["2", "4", "3"] });
    expect(findingMessage(cycle, "en")).toContain("2 → 4 → 3 → 2");
    expect(model.parent[1]).toBe(VIRTUAL_TOP);
    expect(model.positions[model.parent[5]].id).toBe("3");
    expect(model.layerCount).toBe(3);
    expect(accounting.positions).toBe(6);
  });

  test("CYCLE: two separate cycles give two findings", () => {
    const { findings } = buildOrgModel(org(["1", "A", "2"], ["2", "B", "1"], ["3", "C", "4"], ["4", "D", "3"]));
    expect(codes(findings)).toEqual(["CYCLE", "CYCLE"]);
  });

  test("MULTIPLE_ROOTS: several tops are kept under one virtual top and reported", () => {
    const { findings, model } = buildOrgModel(org(["1", "CEO", ""], ["2", "Chair", ""], ["3", "A", "1"]));
    expect(only(findings, "MULTIPLE_ROOTS")).toMatchObject({ severity: "warning", rows: [2, 3], ids: ["1", "2"] });
    expect(model.roots).toEqual([0, 1]);
  });

  test("INVALID_NUMBER: the position is kept without the value", () => {
    const grid = makeGrid(HEADER, [
      ["1", "CEO", "", "Ann", "full", "¥120,000", null, null],
      ["2", "A", "1", "Bo", "0.5", "lots", null, null],
      ["3", "B", "1", "Cy", "-1", "-5", null, null],
    ]);
    const { findings, model } = buildOrgModel(grid);
    const invalid = findings.filter((f) => f.code === "INVALID_NUMBER");
    expect(invalid.map((f) => [f.rows[0], f.field])).toEqual([
      [2, "fte"],
      [3, "baseSalary"],
      [4, "fte"],
      [4, "baseSalary"],
    ]);
    expect(findingMessage(invalid[0], "en")).toContain("full");
    expect(findingMessage(invalid[0], "en")).toContain("FTE");
    // A negative number is a number: the message says what is wanted.
    expect(findingMessage(invalid[2], "en")).toBe("“-1” in FTE is not a number of 0 or more (row 4, position “3”).");
    expect(findingMessage(invalid[2], "zh-CN")).toContain("“-1”不是大于或等于 0 的数字");
    expect(model.positions.map((p) => [p.fte, p.baseSalary])).toEqual([
      [null, 120000],
      [0.5, null],
      [null, null],
    ]);
  });

  test("a blank FTE means one full-time position", () => {
    const { model } = buildOrgModel(org(["1", "CEO", ""]));
    expect(model.positions[0].fte).toBe(1);
  });

  test("INVALID_DATE: the position is kept without the date", () => {
    const grid = makeGrid(HEADER, [
      ["1", "CEO", "", "Ann", 1, null, "soon", "2024-13-40"],
      ["2", "A", "1", "Bo", 1, null, 45352, "2024年6月30日"],
    ]);
    const { findings, model } = buildOrgModel(grid);
    expect(findings.filter((f) => f.code === "INVALID_DATE").map((f) => f.field)).toEqual(["startDate", "endDate"]);
    expect(model.positions[1]).toMatchObject({ startDate: "2024-03-01", endDate: "2024-06-30" });
  });

  test("END_BEFORE_START is a warning", () => {
    const grid = makeGrid(HEADER, [["1", "CEO", "", "Ann", 1, null, "2024-05-01", "2024-01-01"]]);
    expect(only(buildOrgModel(grid).findings, "END_BEFORE_START").severity).toBe("warning");
  });

  test("FORMULA_ERROR: in an ID cell the row is left out; elsewhere the cell counts as empty", () => {
    const grid = makeGrid(HEADER, [
      ["1", "CEO", "", "Ann", 1, "#N/A", null, null],
      [{ error: "#REF!" }, "A", "1", "Bo", 1, null, null, null],
      ["3", "B", "#REF!", "Cy", 1, null, null, null],
    ]);
    const { findings, model, accounting } = buildOrgModel(grid);
    const errors = findings.filter((f) => f.code === "FORMULA_ERROR");
    expect(errors.map((f) => [f.rows[0], f.field, f.severity])).toEqual([
      [3, "id", "error"],
      [4, "reportsTo", "error"],
      [2, "baseSalary", "warning"],
    ]);
    expect(codes(findings)).not.toContain("MISSING_ID");
    expect(codes(findings)).not.toContain("MULTIPLE_ROOTS");
    expect(model.positions.map((p) => p.id)).toEqual(["1", "3"]);
    expect(model.positions[1].reportsTo).toBe("");
    expect(accounting).toMatchObject({ rowsRead: 3, positions: 2, rowsOnlyInFindings: 1 });
  });

  test("one person may hold several part-time positions", () => {
    const grid = makeGrid(HEADER, [
      ["1", "CEO", "", "Ann", 1, null, null, null],
      ["2", "A", "1", "Li Na", 0.5, null, null, null],
      ["3", "B", "1", "Li Na", "50%", null, null, null],
    ]);
    const { findings, model } = buildOrgModel(grid);
    expect(findings).toEqual([]);
    expect(model.positions.map((p) => p.fte)).toEqual([1, 0.5, 0.5]);
  });

  test("a blank or placeholder name means vacant; a status can say planned", () => {
    const grid = makeGrid(
      ["Position ID", "Reports To", "Name", "Status"],
      [
        ["1", "", "Ann", "Active"],
        ["2", "1", "", ""],
        ["3", "1", "TBD", ""],
        ["4", "1", "", "计划"],
        ["5", "1", "空缺", "在职"],
      ],
    );
    const { model } = buildOrgModel(grid);
    expect(model.positions.map((p) => [p.status, p.name])).toEqual([
      ["filled", "Ann"],
      ["vacant", ""],
      ["vacant", ""],
      ["planned", ""],
      ["vacant", ""],
    ]);
  });

  test("capabilities and dotted lines are split on ; ； 、 and ,", () => {
    const grid = makeGrid(
      ["岗位编号", "汇报对象", "虚线汇报", "职责"],
      [
        ["1", "", "", "拉新、留存；促活"],
        ["2", "1", "", "Acquisition; Retention, Activation"],
        ["3", "1", "1；2", ""],
      ],
    );
    const { model, findings } = buildOrgModel(grid);
    expect(findings).toEqual([]);
    expect(model.positions[0].capabilities).toEqual(["拉新", "留存", "促活"]);
    expect(model.positions[1].capabilities).toEqual(["Acquisition", "Retention", "Activation"]);
    expect(model.dottedLines).toEqual([
      { from: 2, to: 0 },
      { from: 2, to: 1 },
    ]);
  });

  test("an unknown dotted-line manager is a warning", () => {
    const grid = makeGrid(
      ["Position ID", "Reports To", "Dotted Line To"],
      [
        ["1", "", ""],
        ["2", "1", "9"],
      ],
    );
    const finding = only(buildOrgModel(grid).findings, "UNKNOWN_MANAGER");
    expect(finding).toMatchObject({ severity: "warning", field: "dottedLineTo", rows: [3] });
    expect(findingMessage(finding, "en")).toContain("dotted line");
  });

  test("reads the manager archetype and the assistant flag", () => {
    const grid = makeGrid(
      ["岗位编号", "汇报对象", "管理类型", "助理"],
      [
        ["1", "", "Coach", ""],
        ["2", "1", "", "是"],
        ["3", "1", " 球员教练 ", "No"],
      ],
    );
    const { model, findings } = buildOrgModel(grid);
    expect(findings).toEqual([]);
    expect(model.positions.map((p) => [p.archetype, p.assistant])).toEqual([
      ["Coach", false],
      ["", true],
      ["球员教练", false],
    ]);
  });

  test("messages follow the language", () => {
    const { findings } = buildOrgModel(org(["1", "CEO", ""], ["2", "A", "99"]), { lang: "zh-CN" });
    expect(findingMessage(findings[0], "zh-CN")).toBe("岗位“2”的汇报对象“99”不是本表中的岗位编号。");
  });

  test("findings are sorted: errors first, then by code and row", () => {
    const { findings } = buildOrgModel(org(["1", "CEO", ""], ["2", "B", ""], ["3", "C", "3"], ["", "D", "1"]));
    expect(findings.map((f) => [f.severity, f.code])).toEqual([
      ["error", "MISSING_ID"],
      ["error", "SELF_REPORT"],
      ["warning", "MULTIPLE_ROOTS"],
    ]);
  });

  test("cell text stays data: markup in names is kept verbatim", () => {
    const { model } = buildOrgModel(org(["1", "<script>alert(1)</script>", "", "<img src=x onerror=alert(1)>"]));
    expect(model.positions[0].title).toBe("<script>alert(1)</script>");
    expect(model.positions[0].name).toBe("<img src=x onerror=alert(1)>");
  });
});

describe("finding messages", () => {
  test("a position without a title is called untitled, not “”", () => {
    const grid = makeGrid(
      ["Position ID", "Reports To", "Title", "Name"],
      [
        ["1", "", "", ""],
        ["2", "1", "Analyst", "Ann"],
      ],
    );
    const vacant = analyzeWorkbook({ positions: grid }).findings.find((f) => f.code === "VACANT_MANAGER");
    expect(findingMessage(vacant!, "en")).toContain("“untitled position” (1)");
    const zh = analyzeWorkbook({ positions: grid }, { lang: "zh-CN" }).findings.find(
      (f) => f.code === "VACANT_MANAGER",
    );
    expect(findingMessage(zh!, "zh-CN")).toContain("“未命名岗位”");
  });
});

describe("Reports To given as a name", () => {
  const HEADER = ["Position ID", "Title", "Manager", "Name"];

  test("links to the one position its holder's name matches, as an info finding", () => {
    const grid = makeGrid(HEADER, [
      ["1", "CEO", "", "Zhang Wei"],
      ["2", "COO", "Zhang Wei", "Li Na"],
      ["3", "Analyst", "Li Na", "Wang Fang"],
    ]);
    const { model, findings } = buildOrgModel(grid);
    expect(findings.map((f) => [f.code, f.severity, f.rows, f.ids])).toEqual([
      ["MANAGER_BY_NAME", "info", [3], ["2", "1"]],
      ["MANAGER_BY_NAME", "info", [4], ["3", "2"]],
    ]);
    expect(Array.from(model.parent)).toEqual([-1, 0, 1]);
    expect(findingMessage(findings[0], "en")).toContain("“Zhang Wei”");
  });

  test('a name written last name first ("Smith, John", as HR systems export managers), in another case or spacing, is the same name', () => {
    const grid = makeGrid(HEADER, [
      ["1", "CEO", "", "John Smith"],
      ["2", "CFO", "Smith, John", "Jane  Doe"],
      ["3", "Analyst", "doe,jane", "Bob Lee"],
      ["4", "Analyst", "JANE DOE", "Wang Fang"],
      ["5", "Analyst", "王芳", "Li Lei"],
      ["6", "Analyst", "Smith, John, Jr.", "Al Wu"],
    ]);
    const { model, findings } = buildOrgModel(grid);
    expect(Array.from(model.parent)).toEqual([-1, 0, 1, 1, -1, -1]);
    expect(findings.filter((f) => f.code === "MANAGER_BY_NAME").map((f) => f.ids)).toEqual([
      ["2", "1"],
      ["3", "2"],
      ["4", "2"],
    ]);
    // Names with two commas, and names nobody holds, are not guessed at.
    expect(findings.filter((f) => f.code === "UNKNOWN_MANAGER").map((f) => f.ids)).toEqual([["5"], ["6"]]);
  });

  test("a manager given by email (Manager Email) is the position whose holder has that address, in one finding", () => {
    const grid = makeGrid(
      ["Employee ID", "Full Name", "Work Email", "Manager Email"],
      [
        ["E1", "John Smith", "John.Smith@example.com", ""],
        ["E2", "Jane Doe", "jane@example.com", "john.smith@example.com"],
        ["E3", "Bob Lee", "bob@example.com", " Jane@Example.com "],
        ["E4", "Al Wu", "shared@example.com", "mailto:jane@example.com"],
        ["E5", "Di Ma", "shared@example.com", "shared@example.com"],
        ["E6", "Ed Yu", "ed@example.com", "nobody@example.com"],
      ],
    );
    const { model, findings, columns } = buildOrgModel(grid);
    expect(columns.columnOf).toMatchObject({ id: 0, name: 1, email: 2, reportsTo: 3 });
    expect(Array.from(model.parent)).toEqual([-1, 0, 1, 1, -1, -1]);
    const byEmail = only(findings, "MANAGER_BY_EMAIL");
    expect(byEmail).toMatchObject({ severity: "info", rows: [3, 4, 5], ids: ["E2", "E3", "E4"] });
    expect(findingMessage(byEmail, "en")).toContain("(3: E2, E3, E4; e.g. “john.smith@example.com” → “E1”)");
    expect(findingMessage(byEmail, "zh-CN")).toContain("汇报对象为邮箱");
    // An address two holders share, and one nobody has, are not guessed at.
    expect(findings.filter((f) => f.code === "UNKNOWN_MANAGER").map((f) => f.ids)).toEqual([["E5"], ["E6"]]);
  });

  test("a name held by two positions, or by nobody, stays an unknown manager", () => {
    const grid = makeGrid(HEADER, [
      ["1", "CEO", "", "Li Na"],
      ["2", "CFO", "1", "Li Na"],
      ["3", "Analyst", "Li Na", "Ann"],
      ["4", "Analyst", "Nobody", "Bo"],
    ]);
    const { findings, model } = buildOrgModel(grid);
    expect(findings.filter((f) => f.code === "UNKNOWN_MANAGER").map((f) => f.ids)).toEqual([["3"], ["4"]]);
    expect(model.parent[2]).toBe(-1);
  });

  test("a name pointing back round makes a cycle like any other", () => {
    const grid = makeGrid(HEADER, [
      ["1", "A", "Bo", "Ann"],
      ["2", "B", "Ann", "Bo"],
    ]);
    expect(buildOrgModel(grid).findings.map((f) => f.code)).toContain("CYCLE");
  });
});
