import { DEFAULT_ORG_RULES, type OrgRules } from "../../../src/core/checks/orgRules";
import { parseOrgRules, serializeOrgRules, SETTING_ORG_RULES } from "../../../src/core/checks/orgRulesSetting";

const CUSTOM: OrgRules = {
  defaultSpan: { min: 5, max: 9 },
  archetypeSpans: {
    playerCoach: { min: 2, max: 4 },
    coach: { min: 6, max: 8 },
    supervisor: { min: 8, max: 12 },
    facilitator: { min: 10, max: 15 },
    coordinator: { min: 16, max: null },
  },
  maxLayers: 5,
  departments: [
    { department: "Customer Service", span: { min: 10, max: 20 }, maxLayers: 4 },
    { department: "技术支持部门", maxLayers: 3 },
  ],
  gradeLadders: [{ name: "Tech", rungs: [["E1", "初级"], ["E2"], ["E3", "资深"]] }],
  requiredHolders: 3,
  maxCapabilityDepartments: 2,
};

describe("org rules saved in the workbook", () => {
  it("uses the setting key orgwright.rules", () => {
    expect(SETTING_ORG_RULES).toBe("orgwright.rules");
  });

  it("round-trips rules through the saved JSON", () => {
    expect(parseOrgRules(serializeOrgRules(CUSTOM))).toEqual(CUSTOM);
    expect(parseOrgRules(serializeOrgRules(DEFAULT_ORG_RULES))).toEqual(DEFAULT_ORG_RULES);
  });

  it.each([undefined, "", "   ", "not json", "[1,2]", "null", "42", '"text"', "{"])(
    "gives the defaults for %p",
    (saved) => {
      expect(parseOrgRules(saved)).toEqual(DEFAULT_ORG_RULES);
    },
  );

  it("falls back field by field", () => {
    const rules = parseOrgRules(
      JSON.stringify({
        defaultSpan: { min: 9, max: 3 }, // min > max: ignored
        archetypeSpans: { coach: { min: -1, max: 5 }, supervisor: { min: 7, max: 9 }, facilitator: "wide" },
        maxLayers: 0,
        requiredHolders: 2.5,
        maxCapabilityDepartments: 4,
        unknownField: true,
      }),
    );
    expect(rules).toEqual({
      ...DEFAULT_ORG_RULES,
      archetypeSpans: { ...DEFAULT_ORG_RULES.archetypeSpans, supervisor: { min: 7, max: 9 } },
      maxCapabilityDepartments: 4,
    });
  });

  it("accepts an open band and a band of one size", () => {
    const rules = parseOrgRules(
      JSON.stringify({ defaultSpan: { min: 3, max: 3 }, archetypeSpans: { coach: { min: 4, max: null } } }),
    );
    expect(rules.defaultSpan).toEqual({ min: 3, max: 3 });
    expect(rules.archetypeSpans.coach).toEqual({ min: 4, max: null });
  });

  it("drops unusable department rules and the unusable parts of the others", () => {
    const rules = parseOrgRules(
      JSON.stringify({
        departments: [
          { department: "  Ops  ", span: { min: 5, max: 2 }, maxLayers: 4 },
          { department: "", maxLayers: 3 },
          { span: { min: 1, max: 2 } },
          "Sales",
          { department: "Data", span: { min: 1, max: 2 }, maxLayers: -2 },
        ],
      }),
    );
    expect(rules.departments).toEqual([
      { department: "Ops", maxLayers: 4 },
      { department: "Data", span: { min: 1, max: 2 } },
    ]);
  });

  it("reads grade ladders, dropping blank names, empty rungs and broken ladders; keeps an empty list", () => {
    const rules = parseOrgRules(
      JSON.stringify({
        gradeLadders: [
          { name: "A", rungs: [["L1", " ", 7], "L2", [], ["L3", "三级"]] },
          { name: "B", rungs: [] },
          { name: "C" },
          { rungs: [["X"]] },
        ],
      }),
    );
    expect(rules.gradeLadders).toEqual([
      { name: "A", rungs: [["L1"], ["L2"], ["L3", "三级"]] },
      { name: "", rungs: [["X"]] },
    ]);
    expect(parseOrgRules(JSON.stringify({ gradeLadders: [] })).gradeLadders).toEqual([]);
    expect(parseOrgRules(JSON.stringify({ gradeLadders: "none" })).gradeLadders).toEqual(
      DEFAULT_ORG_RULES.gradeLadders,
    );
  });

  it("never shares arrays with the defaults", () => {
    const rules = parseOrgRules(undefined);
    rules.gradeLadders[0].rungs[0].push("changed");
    rules.departments.push({ department: "X" });
    expect(DEFAULT_ORG_RULES.gradeLadders[0].rungs[0]).toEqual(["P1"]);
    expect(DEFAULT_ORG_RULES.departments).toEqual([]);
  });
});
