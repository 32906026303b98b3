import { FINDING_CODES, type Finding } from "../../../src/core";
import { MESSAGES } from "../../../src/i18n";
import { translatorFor } from "../../../src/i18n";
import { findingKindOf } from "../../../src/core";
import { countByRule, countBySeverity, groupFindingsByRule } from "../../../src/taskpane/findings/groupFindingsByRule";
import { ruleName } from "../../../src/taskpane/findings/ruleName";

function finding(code: Finding["code"], severity: Finding["severity"], row: number): Finding {
  return { code, severity, rows: [row], ids: [], params: {} };
}

describe("groupFindingsByRule(findings)", () => {
  test("by severity (errors, warnings, info), then by rule in first-seen order, counts included", () => {
    const findings = [
      finding("SPAN_TOO_NARROW", "warning", 5),
      finding("CYCLE", "error", 3),
      finding("SUPPORT_MISSING", "warning", 2),
      finding("SPAN_TOO_NARROW", "warning", 8),
      finding("CAPABILITY_FRAGMENTED", "info", 0),
    ];
    const groups = groupFindingsByRule(findings);
    expect(groups.map((group) => [group.severity, group.count])).toEqual([
      ["error", 1],
      ["warning", 3],
      ["info", 1],
    ]);
    expect(groups[1].rules.map((rule) => [rule.code, rule.findings.map((f) => f.rows[0])])).toEqual([
      ["SPAN_TOO_NARROW", [5, 8]],
      ["SUPPORT_MISSING", [2]],
    ]);
    expect(groupFindingsByRule([])).toEqual([]);
  });

  test("countBySeverity and countByRule", () => {
    const findings = [
      finding("CYCLE", "error", 1),
      finding("CYCLE", "error", 2),
      finding("SPAN_TOO_WIDE", "warning", 3),
    ];
    expect(countBySeverity(findings)).toEqual({ error: 2, warning: 1, info: 0 });
    expect(countByRule(findings)).toEqual([
      { code: "CYCLE", count: 2 },
      { code: "SPAN_TOO_WIDE", count: 1 },
    ]);
  });
});

describe("ruleName(code, t) and findingKindOf(code)", () => {
  test("every finding code has a short name in both languages", () => {
    for (const code of FINDING_CODES) {
      expect(Object.keys(MESSAGES.en)).toContain(`ui.rule.${code}`);
      expect(ruleName(code, translatorFor("zh-CN"))).not.toBe(ruleName(code, translatorFor("en")));
    }
    expect(ruleName("SPAN_TOO_NARROW", translatorFor("en"))).toBe("Span too narrow");
    expect(ruleName("SPAN_TOO_NARROW", translatorFor("zh-CN"))).toBe("管理幅度过窄");
  });

  test("tells data findings from org checks and coverage", () => {
    expect(findingKindOf("DUPLICATE_ID")).toBe("data");
    expect(findingKindOf("MISSING_COLUMN")).toBe("data");
    expect(findingKindOf("SINGLE_REPORT_CHAIN")).toBe("org");
    expect(findingKindOf("GRADE_INVERSION")).toBe("org");
    expect(findingKindOf("SUPPORT_MISSING")).toBe("coverage");
    expect(findingKindOf("UNKNOWN_CAPABILITY")).toBe("coverage");
    const kinds = FINDING_CODES.map(findingKindOf);
    // Spans (2), one-over-one, layers, grades, vacant managers, vacancy not checked, archetypes.
    expect(kinds.filter((kind) => kind === "org")).toHaveLength(8);
    expect(kinds.filter((kind) => kind === "coverage")).toHaveLength(6);
  });
});
