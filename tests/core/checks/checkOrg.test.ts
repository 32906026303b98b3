import fc from "fast-check";
import { checkOrg } from "../../../src/core/checks/checkOrg";
import { DEFAULT_ORG_RULES } from "../../../src/core/checks/orgRules";
import { parseOrgRules } from "../../../src/core/checks/orgRulesSetting";
import { craftOrg, team } from "./craftOrg";

describe("checkOrg", () => {
  it("checks several tops and a cycle the model has broken", () => {
    // Rows: A 2, A-1…A-4 3–6, B 7, B1 8, P 9, Q 10, R 11. P → R → Q → P is a cycle: the model cuts it at P
    // (first in sheet order), which becomes a top over Q, over R.
    const model = craftOrg(
      ...team({ id: "A", grade: "P8" }, 4),
      { id: "B", grade: "M1" },
      { id: "B1", reportsTo: "B", grade: "m1" },
      { id: "P", reportsTo: "R" },
      { id: "Q", reportsTo: "P" },
      { id: "R", reportsTo: "Q" },
    );
    expect(model.roots.map((r) => model.positions[r].id)).toEqual(["A", "B", "P"]);
    const { findings, spans, layers } = checkOrg(model, DEFAULT_ORG_RULES);
    expect(findings.map((f) => [f.code, f.ids, f.rows])).toEqual([
      ["SPAN_TOO_NARROW", ["B"], [7]],
      ["SPAN_TOO_NARROW", ["P"], [9]],
      ["SPAN_TOO_NARROW", ["Q"], [10]],
      ["SINGLE_REPORT_CHAIN", ["P", "Q", "R"], [9, 10, 11]],
      ["GRADE_INVERSION", ["B1", "B"], [8, 7]],
    ]);
    expect(spans).toMatchObject({ managers: 4, median: 1, mean: 7 / 4, widest: 4 });
    expect(layers.layers.map((l) => [l.positions, l.managers])).toEqual([
      [3, 3],
      [6, 1],
      [1, 0],
    ]);
  });

  it("never throws on random orgs and random saved rules, and finds only its own codes", () => {
    const ids = ["A", "B", "C", "D", "E", "F"];
    const positionArb = fc.record({
      id: fc.constantFrom(...ids),
      reportsTo: fc.constantFrom("", ...ids),
      grade: fc.constantFrom("", "P3", "P5", "M1", "经理", "Manager", "总监", "VP"),
      archetype: fc.constantFrom("", "Coach", "球员教练", "Boss"),
      assistant: fc.boolean(),
      name: fc.constantFrom<string | null>("X", null),
      department: fc.constantFrom("", "Ops", "Tech"),
    });
    fc.assert(
      fc.property(fc.array(positionArb, { maxLength: 12 }), fc.jsonValue(), (rows, savedRules) => {
        const rules = parseOrgRules(JSON.stringify(savedRules));
        const checks = checkOrg(craftOrg(...rows), rules);
        for (const finding of checks.findings) {
          expect([
            "SPAN_TOO_WIDE",
            "SPAN_TOO_NARROW",
            "SINGLE_REPORT_CHAIN",
            "LAYERS_EXCEEDED",
            "GRADE_INVERSION",
            "VACANT_MANAGER",
            "UNKNOWN_ARCHETYPE",
          ]).toContain(finding.code);
          expect(finding.rows.length).toBe(finding.ids.length);
        }
        expect(checks.spans.bands.reduce((sum, band) => sum + band.managers, 0)).toBe(checks.spans.managers);
        expect(checks.layers.layers.reduce((sum, layer) => sum + layer.positions, 0)).toBe(checks.span.length);
      }),
      { numRuns: 200 },
    );
  });

  it("reads any saved JSON as usable rules", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const rules = parseOrgRules(JSON.stringify(value));
        for (const band of [rules.defaultSpan, ...Object.values(rules.archetypeSpans)]) {
          expect(band.min).toBeGreaterThanOrEqual(0);
          if (band.max !== null) expect(band.max).toBeGreaterThanOrEqual(band.min);
        }
        expect(rules.maxLayers).toBeGreaterThanOrEqual(1);
      }),
    );
  });
});
