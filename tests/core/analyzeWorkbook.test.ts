import { analyzeWorkbook } from "../../src/core/analyzeWorkbook";
import { DEFAULT_ORG_RULES } from "../../src/core/checks/orgRules";
import type { FindingCode } from "../../src/core/findings/finding";
import { operationsCenterDepartments } from "../../src/core/sample/operationsCenterDepartments";
import { operationsCenterSample } from "../../src/core/sample/operationsCenter";
import { gridFromSheetSpec } from "../../src/core/sheet/gridFromSheetSpec";
import { makeGrid } from "./makeGrid";

function countCodes(codes: FindingCode[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const code of codes) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
}

describe.each(["en", "zh-CN"] as const)("analyzeWorkbook(the sample, %s)", (lang) => {
  const analysis = analyzeWorkbook(
    {
      positions: gridFromSheetSpec(operationsCenterSample(lang)),
      departments: gridFromSheetSpec(operationsCenterDepartments(lang)),
    },
    { lang },
  );

  test("reports the sample's design questions and no data problem", () => {
    expect(countCodes(analysis.findings.map((f) => f.code))).toEqual({
      SPAN_TOO_NARROW: 8,
      CAPABILITY_SINGLE_HOLDER: 13,
      CAPABILITY_FRAGMENTED: 1,
      SUPPORT_MISSING: 2,
    });
    expect(analysis.findings.every((f) => f.severity === "warning")).toBe(true);
    expect(analysis.accounting).toMatchObject({ rowsRead: 35, positions: 35, rowsOnlyInFindings: 0 });
  });

  test("findings about the Departments table name that sheet and its rows", () => {
    const support = analysis.findings.filter((f) => f.code === "SUPPORT_MISSING");
    expect(support.map((f) => [f.sheet, f.rows])).toEqual([
      [lang === "en" ? "Departments" : "部门表", [3]],
      [lang === "en" ? "Departments" : "部门表", [6]],
    ]);
  });

  test("carries the summaries and the rules it applied", () => {
    expect(analysis.rules).toBe(DEFAULT_ORG_RULES);
    expect(analysis.checks.spans).toMatchObject({ managers: 11, median: 2, mean: 3, widest: 8 });
    expect(analysis.checks.layers.layers.map((l) => l.positions)).toEqual([1, 9, 16, 9]);
    expect(analysis.catalogue.source).toBe("default");
    expect(analysis.coverage.matrix.rows).toHaveLength(28);
    expect(analysis.departments?.departments).toHaveLength(9);
  });
});

describe("analyzeWorkbook(input, options)", () => {
  test("applies the rules it is given", () => {
    const grid = makeGrid(
      ["Position ID", "Reports To"],
      [
        ["A", ""],
        ["B", "A"],
        ["C", "B"],
      ],
    );
    const strict = { ...DEFAULT_ORG_RULES, maxLayers: 2 };
    const findings = analyzeWorkbook({ positions: grid }, { rules: strict }).findings;
    expect(findings.find((f) => f.code === "LAYERS_EXCEEDED")?.ids).toEqual(["C"]);
    expect(analyzeWorkbook({ positions: grid }).findings.some((f) => f.code === "LAYERS_EXCEEDED")).toBe(false);
  });

  test("a table it cannot read as an org gets the data findings only", () => {
    const grid = makeGrid(["Code", "Boss"], [["A", ""]]);
    const analysis = analyzeWorkbook({
      positions: grid,
      departments: gridFromSheetSpec(operationsCenterDepartments("en")),
    });
    expect(analysis.findings.map((f) => f.code)).toEqual(["MISSING_COLUMN", "MISSING_COLUMN"]);
    expect(analysis.accounting).toMatchObject({ rowsRead: 1, positions: 0, rowsOnlyInFindings: 1 });
  });

  test("data problems come before the checks' findings", () => {
    const grid = makeGrid(
      ["Position ID", "Reports To", "FTE"],
      [
        ["A", "", 1],
        ["B", "A", "lots"],
      ],
    );
    const codes = analyzeWorkbook({ positions: grid }).findings.map((f) => f.code);
    expect(codes[0]).toBe("INVALID_NUMBER");
    expect(codes.slice(1)).toContain("SPAN_TOO_NARROW");
  });
});
