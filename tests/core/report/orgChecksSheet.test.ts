import { findingMessage } from "../../../src/core/findings/localizeFinding";
import { analyzeWorkbook, type WorkbookAnalysis } from "../../../src/core/analyzeWorkbook";
import { scorePositionsHeader } from "../../../src/core/columns/detectColumns";
import type { Finding } from "../../../src/core/findings/finding";
import type { Lang } from "../../../src/i18n";
import { orgChecksSheet, ORG_CHECKS_TABLES } from "../../../src/core/report/orgChecksSheet";
import { layoutSheetSpec } from "../../../src/core/sheet/sheetSpecLayout";
import type { SheetSpec } from "../../../src/core/sheet/sheetSpec";
import { blocksOf, grid, linkTarget, sampleAnalysis, tableBlock } from "./reportFixtures";

/** Column offsets of the findings table. */
const NUMBER = 0;
const SEVERITY = 1;
const CODE = 2;
const MESSAGE = 3;
const IDS = 4;
const SHEET = 5;
const ROW = 6;
const TO_ROW = 7;

function findingLines(spec: SheetSpec) {
  return tableBlock(spec, ORG_CHECKS_TABLES.findings).rows;
}

/** Every row of every finding is covered by exactly one line's link, on the finding's sheet. */
function expectEveryRowLinked(
  spec: SheetSpec,
  findings: readonly Finding[],
  positionsSheet: string,
  lang: Lang = "en",
): void {
  const lines = findingLines(spec);
  findings.forEach((finding, i) => {
    const mine = lines.filter((line) => line[NUMBER] === i + 1);
    expect(mine.length).toBeGreaterThanOrEqual(1);
    for (const line of mine) {
      expect(line.slice(SEVERITY, MESSAGE + 1)).toEqual([
        expect.any(String),
        finding.code,
        findingMessage(finding, lang),
      ]);
      expect(line[SHEET]).toBe(finding.sheet ?? positionsSheet);
    }
    for (const row of finding.rows) {
      const covering = mine.filter((line) => {
        const target = linkTarget(line[ROW]);
        return target !== undefined && target.first <= row && row <= target.last;
      });
      expect(covering).toHaveLength(1);
      expect(linkTarget(covering[0][ROW])!.sheet).toBe(finding.sheet ?? positionsSheet);
    }
    if (finding.rows.length === 0) expect(mine.map((line) => line[ROW])).toEqual([null]);
  });
}

describe("orgChecksSheet(analysis, lang, source) on a small crafted org", () => {
  // Header in row 2, table from column B, on a sheet whose name needs quoting.
  const positions = grid("Bob's org", 2, 2, [
    ["Position ID", "Title", "Reports To", "Name", "FTE"],
    ["P1", "Head", "", "Ann", 1], // row 3
    ["P2", "Lead", "P1", "Bo", 1], // row 4
    ["P3", "Analyst", "P2", "Cy", "lots"], // row 5: INVALID_NUMBER in FTE (column F)
    ["P4", "Analyst", "P9", "Di", 1], // row 6: UNKNOWN_MANAGER
    ["P2", "Lead", "P1", "Bo", 1], // row 7: row 4 pasted again: DUPLICATE_ID, left out of the org
  ]);
  const analysis = analyzeWorkbook({ positions }, { lang: "en" });
  const spec = orgChecksSheet(analysis, "en", { positionsSheet: "Bob's org", firstColumn: 2 });
  const lines = findingLines(spec);

  it("opens with the reconciliation line, the finding counts and the rules", () => {
    const { error, warning, info } = countBySeverity(analysis.findings);
    expect(spec.name).toBe("Org checks");
    expect(spec.notes).toEqual([
      "Rows read 5 = positions 4 + rows only in findings 1",
      `Findings: ${analysis.findings.length} (errors ${error}, warnings ${warning}, info ${info}). Positions table: “Bob's org”. The Row column links to the rows of each finding.`,
      "Rules: span of control 4–8 for managers without an archetype; at most 7 layers. Assistants are not counted in spans.",
    ]);
    expect(spec.freezeHeader).toBe(true);
    // Frozen down to the findings header: 3 notes, a blank row, the title, the header.
    expect(layoutSheetSpec(spec).frozenRows).toBe(6);
  });

  it("links every row of every finding, quoting the sheet name", () => {
    expectEveryRowLinked(spec, analysis.findings, "Bob's org");
    const duplicate = analysis.findings.findIndex((finding) => finding.code === "DUPLICATE_ID");
    const lineOf = (code: string) => lines.filter((line) => line[CODE] === code);
    // Rows 4 and 7 are not consecutive: two lines of the same finding, each linking to the ID cell (column B).
    expect(lineOf("DUPLICATE_ID").map((line) => [line[NUMBER], line[ROW], line[TO_ROW], line[IDS]])).toEqual([
      [duplicate + 1, { formula: `HYPERLINK("#'Bob''s org'!B4",4)`, value: 4 }, null, "P2"],
      [duplicate + 1, { formula: `HYPERLINK("#'Bob''s org'!B7",7)`, value: 7 }, null, "P2"],
    ]);
    // A finding about one cell links to that cell: FTE is the 5th column of a table starting in B.
    expect(lineOf("INVALID_NUMBER")[0][ROW]).toEqual({ formula: `HYPERLINK("#'Bob''s org'!F5",5)`, value: 5 });
    // An unknown manager is about the Reports To cell (column D).
    expect(lineOf("UNKNOWN_MANAGER")[0][ROW]).toEqual({ formula: `HYPERLINK("#'Bob''s org'!D6",6)`, value: 6 });
  });

  it("counts managers by span band and gives the span statistics over managers only", () => {
    // P1 manages P2, P2 manages P3: two managers with a span of 1; the others have no span.
    expect(tableBlock(spec, ORG_CHECKS_TABLES.spanBands).rows).toEqual([
      ["1", 2, 1],
      ["2–3", 0, 0],
      ["4–7", 0, 0],
      ["8–12", 0, 0],
      ["13–16", 0, 0],
      ["17+", 0, 0],
    ]);
    expect(tableBlock(spec, ORG_CHECKS_TABLES.spanStats).rows).toEqual([[2, 1, 1, 1]]);
    expect(tableBlock(spec, ORG_CHECKS_TABLES.layers).rows).toEqual(
      analysis.checks.layers.layers.map((layer) => [
        layer.layer,
        layer.positions,
        layer.fte,
        layer.managers,
        layer.averageSpan,
      ]),
    );
  });

  it("formats numbers and colours the severities", () => {
    const findings = tableBlock(spec, ORG_CHECKS_TABLES.findings);
    expect(findings.columns.map((column) => column.numberFormat)).toEqual([
      "0",
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      "0",
      "0",
    ]);
    expect(findings.conditionalFormats).toEqual([
      { column: SEVERITY, kind: "textEquals", text: "Error", style: { fill: "#FFC7CE", font: "#9C0006" } },
      { column: SEVERITY, kind: "textEquals", text: "Warning", style: { fill: "#FFEB9C", font: "#9C5700" } },
      { column: SEVERITY, kind: "textEquals", text: "Info", style: { fill: "#DDEBF7", font: "#1F4E78" } },
    ]);
    expect(tableBlock(spec, ORG_CHECKS_TABLES.spanStats).columns.map((column) => column.numberFormat)).toEqual([
      "#,##0",
      "0.0",
      "0.0",
      "#,##0",
    ]);
    expect(tableBlock(spec, ORG_CHECKS_TABLES.spanBands).columns[2].numberFormat).toBe("0%");
  });

  it("is never taken for a positions table", () => {
    for (const block of blocksOf(spec))
      expect(scorePositionsHeader(block.columns.map((column) => column.header))).toBeLessThanOrEqual(1);
  });
});

describe("orgChecksSheet(analysis, lang, source) on edge cases", () => {
  const positions = grid("Positions", 1, 1, [
    ["Position ID", "Reports To", "Name"],
    ["P1", "", "Ann"],
    [null, null, null],
    ["P2", "P1", "Bo"],
  ]);
  const base = analyzeWorkbook({ positions }, { lang: "zh-CN" });
  const CHANNELS = {
    capabilityKey: "channels",
    capabilityEn: "Channel expansion",
    capabilityZh: "渠道拓展",
    areaEn: "Sales",
    areaZh: "销售",
  };

  it("gives a line without a link to a finding without rows, and links findings on other sheets by column A", () => {
    const findings: Finding[] = [
      { code: "CAPABILITY_UNCOVERED", severity: "error", rows: [], ids: [], params: CHANNELS },
      {
        code: "SUPPORT_MISSING",
        severity: "warning",
        rows: [3, 4, 5],
        ids: [],
        sheet: "部门表",
        params: { department: "运营", supporter: "设计" },
      },
      {
        code: "CAPABILITY_FRAGMENTED",
        severity: "info",
        rows: [2, 4],
        ids: Array.from({ length: 25 }, (_, i) => `P${i + 1}`),
        params: { ...CHANNELS, count: 4, departmentList: "运营, 销售, 设计, 人事", max: 3 },
      },
    ];
    const analysis: WorkbookAnalysis = { ...base, findings };
    const spec = orgChecksSheet(analysis, "zh-CN", { positionsSheet: "Positions" });
    expect(spec.name).toBe("组织检查");
    // The report makes each message in its language from the finding's params (the analysis makes none).
    const [uncovered, , fragmented] = findings.map((finding) => findingMessage(finding, "zh-CN"));
    expect(uncovered).toContain("渠道拓展");
    expect(fragmented).toContain("运营, 销售, 设计, 人事");
    expect(findingLines(spec)).toEqual([
      [1, "错误", "CAPABILITY_UNCOVERED", uncovered, null, "Positions", null, null],
      [
        2,
        "警告",
        "SUPPORT_MISSING",
        "运营需要设计的支持，但与其之间没有虚线汇报或指定对接人。",
        null,
        "部门表",
        { formula: `HYPERLINK("#'部门表'!A3:A5",3)`, value: 3 },
        5,
      ],
      [
        3,
        "提示",
        "CAPABILITY_FRAGMENTED",
        fragmented,
        expect.stringMatching(/^P1, P2, .*, P20, … \(\+5\)$/),
        "Positions",
        { formula: `HYPERLINK("#'Positions'!A2",2)`, value: 2 },
        null,
      ],
      [
        3,
        "提示",
        "CAPABILITY_FRAGMENTED",
        fragmented,
        expect.stringMatching(/^P1, /),
        "Positions",
        { formula: `HYPERLINK("#'Positions'!A4",4)`, value: 4 },
        null,
      ],
    ]);
    expectEveryRowLinked(spec, findings, "Positions", "zh-CN");
    expect(
      tableBlock(spec, ORG_CHECKS_TABLES.findings).conditionalFormats?.map(
        (format) => format.kind === "textEquals" && format.text,
      ),
    ).toEqual(["错误", "警告", "提示"]);
  });

  it("says how many blank rows were skipped, and states an open span target", () => {
    const analysis: WorkbookAnalysis = {
      ...base,
      findings: [],
      rules: { ...base.rules, defaultSpan: { min: 5, max: null }, maxLayers: 4 },
    };
    const spec = orgChecksSheet(analysis, "zh-CN", { positionsSheet: "Positions" });
    expect(spec.notes).toEqual([
      "读取的行 2 = 组织中的岗位 2 + 仅见于问题的行 0（另跳过空行 1 行）",
      "没有发现问题。岗位表：“Positions”。",
      "规则：未指定管理类型的管理者，管理幅度至少 5 人；最多 4 层。助理不计入管理幅度。",
    ]);
    // A table with no findings still has its header (and one blank row, written by the adapters).
    expect(findingLines(spec)).toEqual([]);
  });
});

describe("orgChecksSheet(analysis, lang, source) on the sample", () => {
  it.each(["en", "zh-CN"] as const)("reconciles the 35 rows and links every finding's rows (%s)", (lang) => {
    const { analysis, positions, departments } = sampleAnalysis(lang);
    const spec = orgChecksSheet(analysis, lang, { positionsSheet: positions.sheetName });
    expect(spec.notes?.[0]).toBe(
      lang === "en"
        ? "Rows read 35 = positions 35 + rows only in findings 0"
        : "读取的行 35 = 组织中的岗位 35 + 仅见于问题的行 0",
    );
    expect(analysis.findings.length).toBeGreaterThan(0);
    expectEveryRowLinked(spec, analysis.findings, positions.sheetName, lang);
    // The Departments table's findings link to its sheet.
    const support = findingLines(spec).filter((line) => line[CODE] === "SUPPORT_MISSING");
    expect(support.length).toBeGreaterThan(0);
    for (const line of support)
      expect(linkTarget(line[ROW])).toMatchObject({ sheet: departments.sheetName, column: "A" });
    // Layers: the sample's org has 4 layers, 35 positions in all.
    const layers = tableBlock(spec, ORG_CHECKS_TABLES.layers).rows;
    expect(layers.map((row) => row[0])).toEqual([1, 2, 3, 4]);
    expect(layers.reduce((sum, row) => sum + (row[1] as number), 0)).toBe(35);
    expect(tableBlock(spec, ORG_CHECKS_TABLES.spanBands).rows.reduce((sum, row) => sum + (row[1] as number), 0)).toBe(
      analysis.checks.spans.managers,
    );
  });

  it("uses names Excel accepts", () => {
    for (const lang of ["en", "zh-CN"] as const) {
      const spec = orgChecksSheet(sampleAnalysis(lang).analysis, lang, { positionsSheet: "Positions" });
      expect(Array.from(spec.name).length).toBeLessThanOrEqual(31);
      const tables = blocksOf(spec).map((block) => block.table!.name);
      expect(new Set(tables.map((name) => name.toLowerCase())).size).toBe(4);
      for (const name of tables) expect(name).toMatch(/^[A-Za-z_][A-Za-z0-9_.]*$/);
    }
  });
});

function countBySeverity(findings: readonly Finding[]) {
  const counts = { error: 0, warning: 0, info: 0 };
  for (const finding of findings) counts[finding.severity]++;
  return counts;
}
