import { analyzeWorkbook } from "../../../src/core/analyzeWorkbook";
import type { CellValue } from "../../../src/core/cells/cell";
import { FINDING_CODES, findingKindOf, type Finding } from "../../../src/core/findings/finding";
import { FINDING_REGISTRY, type FindingSpec } from "../../../src/core/findings/findingRegistry";
import { localizeFinding } from "../../../src/core/findings/localizeFinding";
import { formatIsoDate, formatMoney } from "../../../src/core/findings/localeFormat";
import { LANGS, MESSAGES } from "../../../src/i18n";
import { makeGrid } from "../makeGrid";

function placeholders(template: string): string[] {
  return [...template.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
}

function messagesOf(spec: FindingSpec) {
  return [spec.message, ...Object.values(spec.variants ?? {}).map((variant) => variant.message)];
}

/** Each param the finding carries is declared with the right type, and each required one is there. */
function conformanceProblems(finding: Finding): string[] {
  const spec: FindingSpec = FINDING_REGISTRY[finding.code];
  const problems: string[] = [];
  for (const [name, declared] of Object.entries(spec.params)) {
    const value = finding.params[name];
    const optional = declared.endsWith("?");
    const format = declared.replace("?", "");
    if (value === undefined) {
      if (!optional) problems.push(`${finding.code}: ${name} missing`);
      continue;
    }
    const numeric = ["row", "integer", "number", "money", "percent"].includes(format);
    if (typeof value !== (numeric ? "number" : "string")) problems.push(`${finding.code}: ${name} is ${typeof value}`);
  }
  for (const name of Object.keys(finding.params))
    if (!(name in spec.params)) problems.push(`${finding.code}: ${name} not declared`);
  return problems;
}

describe("the finding registry", () => {
  test("every code declares its kind, severity, message and rule name, in both languages", () => {
    for (const code of FINDING_CODES) {
      const spec: FindingSpec = FINDING_REGISTRY[code];
      for (const lang of LANGS) {
        for (const key of [...messagesOf(spec), spec.rule]) expect(MESSAGES[lang][key]).toEqual(expect.any(String));
      }
      expect(findingKindOf(code)).toBe(spec.kind);
    }
  });

  test("every placeholder of every message (and variant, en and zh-CN) is a declared param", () => {
    const undeclared: string[] = [];
    for (const code of FINDING_CODES) {
      const spec: FindingSpec = FINDING_REGISTRY[code];
      for (const key of messagesOf(spec))
        for (const lang of LANGS)
          for (const name of placeholders(MESSAGES[lang][key]))
            if (!(name in spec.params)) undeclared.push(`${code} ${lang} {${name}}`);
    }
    expect(undeclared).toEqual([]);
  });

  test("support-table problems have their own codes, not the positions table's", () => {
    expect(FINDING_CODES).toEqual(
      expect.arrayContaining([
        "MISSING_CAPABILITY_NAME",
        "DUPLICATE_CAPABILITY",
        "INVALID_REQUIRED_HOLDERS",
        "MISSING_DEPARTMENT_NAME",
        "DUPLICATE_DEPARTMENT",
        "MISSING_SALARY",
        "MISSING_RATE",
      ]),
    );
  });

  describe("findings the core makes carry the params their code declares", () => {
    const rows: CellValue[][] = [
      ["A", "Chief", null, "Ann", "x", null, "2025-03-01", "2024-01-01", "coach"],
      ["B", "", "A", "Bo", 1, 100, null, null, "dreamer"],
      ["B", "Dup", "A", "Bo", 1, 100, null, null, null],
      ["C", "Loop", "D", null, 1, 100, "soon", null, null],
      ["D", "Loop", "C", null, 1, 100, null, null, null],
      ["E", "Self", "E", null, 1, "#REF!", null, null, null],
      ["F", "Lost", "Nobody", null, 1, 100, null, null, null],
      ["G", "By name", "Ann", null, 1, 100, null, null, null],
      [null, "No id", "A", null, 1, 100, null, null, null],
      ["H", "Senior", "A", "Hal", 1, 100, null, null, null],
      ["I", "Junior", "H", "Ivy", 1, 100, null, null, null],
      ["J", "Leaf", "I", "Jo", 1, 100, null, null, null],
    ];
    const header = [
      "Position ID",
      "Title",
      "Reports To",
      "Name",
      "FTE",
      "Base Salary",
      "Start Date",
      "End Date",
      "Archetype",
    ];
    const analysis = analyzeWorkbook({
      positions: makeGrid(header, rows),
      capabilities: makeGrid(
        ["Capability", "Required holders"],
        [
          ["Retention", "many"],
          [null, 2],
          ["retention", 2],
        ],
        "Capabilities",
      ),
      departments: makeGrid(
        ["Department", "Needs support from"],
        [
          ["Ops", "Data"],
          [null, "Ops"],
          ["Ops", null],
        ],
        "Departments",
      ),
    });

    test("the crafted workbook gives a wide spread of codes", () => {
      const codes = new Set(analysis.findings.map((f) => f.code));
      expect(codes.size).toBeGreaterThanOrEqual(15);
    });

    test("params conform to the registry", () => {
      expect(analysis.findings.flatMap(conformanceProblems)).toEqual([]);
    });

    test.each(LANGS)("messages fill every placeholder (%s)", (lang) => {
      for (const finding of analysis.findings) expect(localizeFinding(finding, lang).message).not.toMatch(/\{\w+\}/);
    });
  });

  test("numbers, money and dates are written the user's way", () => {
    const draft = {
      code: "MULTIPLE_ROOTS" as const,
      severity: "warning" as const,
      rows: [2],
      ids: [],
      params: { count: 12345, idList: "A, B" },
    };
    expect(localizeFinding(draft, "en").message).toBe(
      "12,345 positions report to no one (A, B); they are shown under one virtual top.",
    );
    const ended = {
      code: "END_BEFORE_START" as const,
      severity: "warning" as const,
      rows: [3],
      ids: ["A"],
      params: { row: 3, id: "A", start: "2025-03-01", end: "2024-01-31" },
    };
    expect(localizeFinding(ended, "en").message).toBe(
      "Position “A” ends (Jan 31, 2024) before it starts (Mar 1, 2025) (row 3).",
    );
    expect(localizeFinding(ended, "zh-CN").message).toContain("2024年1月31日");
    expect(formatMoney("en", 13654.52, "CNY")).toBe("CN¥13,654.52");
    expect(formatMoney("zh-CN", 13654.52, "CNY")).toBe("¥13,654.52");
    expect(formatMoney("en", 249.95, "GBP")).toBe("£249.95");
    expect(formatMoney("en", 5, "")).toBe("5.00");
    expect(formatIsoDate("en", "not a date")).toBe("not a date");
  });

  test("a code the registry does not know (from an older file) reads as its code", () => {
    const draft = { code: "RETIRED_CODE", severity: "info", rows: [], ids: [], params: {} } as never;
    expect(localizeFinding(draft, "en").message).toBe("RETIRED_CODE");
  });
});
