import { DEFAULT_ORG_RULES, type OrgRules } from "../../../src/core/checks/orgRules";
import { spanBandLabel, spanBandParams } from "../../../src/core/checks/spanBandLabel";
import { spanTargetFor } from "../../../src/core/checks/spanTarget";
import { craftOrg } from "./craftOrg";

const RULES: OrgRules = {
  ...DEFAULT_ORG_RULES,
  departments: [
    { department: "Customer Service", span: { min: 10, max: 20 } },
    { department: "Tech", maxLayers: 3 },
  ],
};

describe("spanTargetFor", () => {
  const model = craftOrg(
    { id: "A", department: "Customer Service", archetype: "Coach" },
    { id: "B", department: "ＣＵＳＴＯＭＥＲ  service" },
    { id: "C", department: "Marketing" },
    { id: "D", department: "Customer Service", archetype: "Manager" },
    { id: "E", department: "Tech" },
    { id: "F", department: "", archetype: "协调者" },
  );
  const target = (id: string, rules = RULES) => spanTargetFor(model.positions[model.indexById.get(id)!], rules);

  it("takes the archetype's band before the department's", () => {
    expect(target("A")).toEqual({ band: { min: 6, max: 7 }, key: "coach" });
  });

  it("takes the department rule's span, departments compared without case, width and spacing", () => {
    expect(target("B")).toEqual({ band: { min: 10, max: 20 }, key: "department", department: "Customer Service" });
  });

  it("falls back to the department (or default) when the archetype word is unknown", () => {
    expect(target("D").key).toBe("department");
  });

  it("uses the default band without archetype and department span", () => {
    expect(target("C")).toEqual({ band: { min: 4, max: 8 }, key: "default" });
    // A department rule with only a layer limit leaves the default span.
    expect(target("E")).toEqual({ band: { min: 4, max: 8 }, key: "default" });
    expect(target("B", DEFAULT_ORG_RULES).key).toBe("default");
  });

  it("knows the open-ended coordinator band", () => {
    expect(target("F")).toEqual({ band: { min: 15, max: null }, key: "coordinator" });
  });
});

describe("spanBandLabel", () => {
  it("names the band in both languages", () => {
    expect(spanBandLabel("en", "playerCoach")).toBe("player/coach");
    expect(spanBandLabel("zh-CN", "playerCoach")).toBe("球员教练");
    expect(spanBandLabel("en", "default")).toBe("default");
    expect(spanBandLabel("zh-CN", "default")).toBe("默认");
    expect(spanBandLabel("en", "department", "Operations")).toBe("“Operations” department");
    expect(spanBandLabel("zh-CN", "department", "运营部门")).toBe("“运营部门”的");
    expect(spanBandLabel("en", "something else")).toBe("something else");
  });

  it("gives findings a language-neutral key beside the English label", () => {
    expect(spanBandParams({ band: { min: 3, max: 5 }, key: "playerCoach" })).toEqual({
      bandKey: "playerCoach",
      band: "player/coach",
    });
    expect(spanBandParams({ band: { min: 3, max: 5 }, key: "department", department: "Ops" })).toEqual({
      bandKey: "department",
      band: "“Ops” department",
      department: "Ops",
    });
  });
});
