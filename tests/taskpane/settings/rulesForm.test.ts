import { DEFAULT_ORG_RULES, type OrgRules } from "../../../src/core/checks/orgRules";
import { parseOrgRules, serializeOrgRules } from "../../../src/core/checks/orgRulesSetting";
import { translate } from "../../../src/i18n";
import { formatGradeLadderText, parseGradeLadderText } from "../../../src/taskpane/settings/gradeLadderText";
import {
  errorsByField,
  newRowKey,
  parseWholeNumber,
  readRulesForm,
  rulesFormFrom,
  type RulesForm,
} from "../../../src/taskpane/settings/rulesForm";

function read(form: RulesForm): OrgRules {
  const result = readRulesForm(form);
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.rules;
}

function errorsOf(form: RulesForm): [string, string][] {
  const result = readRulesForm(form);
  if (result.ok) return [];
  return result.errors.map((error) => [error.field, translate("en", error.key, error.params)]);
}

describe("rulesFormFrom(rules) and readRulesForm(form)", () => {
  test("the default rules go through the form unchanged", () => {
    expect(read(rulesFormFrom(DEFAULT_ORG_RULES))).toEqual(DEFAULT_ORG_RULES);
  });

  test("rules with overrides and open bands go through the form and the workbook setting unchanged", () => {
    const rules: OrgRules = {
      ...DEFAULT_ORG_RULES,
      defaultSpan: { min: 5, max: null },
      maxLayers: 5,
      departments: [
        { department: "Customer Service", span: { min: 8, max: 15 } },
        { department: "设计部门", maxLayers: 3 },
        { department: "Operations", span: { min: 3, max: 6 }, maxLayers: 4 },
      ],
      gradeLadders: [{ name: "Ops", rungs: [["专员", "Specialist"], ["主管"], ["经理", "Manager"]] }],
      requiredHolders: 3,
      maxCapabilityDepartments: 2,
    };
    const form = rulesFormFrom(rules);
    expect(form.defaultSpan).toEqual({ min: "5", max: "" });
    expect(form.gradeLadders[0].rungs).toBe("专员, Specialist\n主管\n经理, Manager");
    const back = read(form);
    expect(back).toEqual(rules);
    expect(parseOrgRules(serializeOrgRules(back))).toEqual(rules);
  });

  test("the user's edits: a new default band and layer limit", () => {
    const form = rulesFormFrom(DEFAULT_ORG_RULES);
    const rules = read({ ...form, defaultSpan: { min: " 2 ", max: "１０" }, maxLayers: "3" });
    expect(rules.defaultSpan).toEqual({ min: 2, max: 10 });
    expect(rules.maxLayers).toBe(3);
  });

  test("numbers must be whole and not negative; layers and holders at least 1; least not above most", () => {
    const form = rulesFormFrom(DEFAULT_ORG_RULES);
    expect(
      errorsOf({
        ...form,
        defaultSpan: { min: "9", max: "4" },
        archetypeSpans: { ...form.archetypeSpans, coach: { min: "-1", max: "2.5" }, facilitator: { min: "", max: "" } },
        maxLayers: "0",
        requiredHolders: "two",
        maxCapabilityDepartments: "",
      }),
    ).toEqual([
      ["defaultSpan.max", "The most (4) is below the least (9)."],
      ["archetypeSpans.coach.min", "Enter a whole number, such as 4."],
      ["archetypeSpans.coach.max", "Enter a whole number, such as 4."],
      ["archetypeSpans.facilitator.min", "Enter a number."],
      ["maxLayers", "Enter 1 or more."],
      ["requiredHolders", "Enter a whole number, such as 4."],
      ["maxCapabilityDepartments", "Enter a number."],
    ]);
  });

  test("department overrides: a name, once, and something to override", () => {
    const form = rulesFormFrom(DEFAULT_ORG_RULES);
    const row = (department: string, min = "", max = "", maxLayers = "") => ({
      key: newRowKey(),
      department,
      min,
      max,
      maxLayers,
    });
    const rows = [row("Operations", "3", "6"), row(" operations ", "", "", "4"), row("", "2"), row("Design")];
    const errors = errorsOf({ ...form, departments: rows });
    expect(errors).toEqual([
      [`departments.${rows[1].key}.department`, "“operations” is listed more than once."],
      [`departments.${rows[2].key}.department`, "Name the department."],
      [`departments.${rows[3].key}.min`, "Give a span target or most layers, or remove the row."],
    ]);
    // Most layers alone, or a band alone, is a valid override; a blank most means no upper limit.
    expect(read({ ...form, departments: [row("Design", "", "", "3"), row("Ops", "2")] }).departments).toEqual([
      { department: "Design", maxLayers: 3 },
      { department: "Ops", span: { min: 2, max: null } },
    ]);
  });

  test("grade ladders: two rungs or more, no grade twice; no ladders at all switches the grade check off", () => {
    const form = rulesFormFrom(DEFAULT_ORG_RULES);
    const ladder = (rungs: string) => ({ key: newRowKey(), name: "L", rungs });
    const one = ladder("P1, P2");
    const twice = ladder("P1\nP2\np1");
    expect(errorsOf({ ...form, gradeLadders: [one, twice] })).toEqual([
      [`gradeLadders.${one.key}.rungs`, "A ladder needs at least two rungs (two lines)."],
      [`gradeLadders.${twice.key}.rungs`, "“p1” is on the ladder more than once."],
    ]);
    expect(read({ ...form, gradeLadders: [] }).gradeLadders).toEqual([]);
  });

  test("errorsByField keeps the first error of each field", () => {
    const byField = errorsByField([
      { field: "a", key: "ui.settings.error.required" },
      { field: "a", key: "ui.settings.error.atLeast", params: { least: 1 } },
      { field: "b", key: "ui.settings.error.wholeNumber" },
    ]);
    expect([...byField.keys()]).toEqual(["a", "b"]);
    expect(byField.get("a")!.key).toBe("ui.settings.error.required");
  });
});

describe("parseWholeNumber(text)", () => {
  test("blank, whole, full-width, and not a whole number", () => {
    expect(parseWholeNumber("  ")).toBeUndefined();
    expect(parseWholeNumber("12")).toBe(12);
    expect(parseWholeNumber("１２")).toBe(12);
    expect(parseWholeNumber("1.5")).toBeNaN();
    expect(parseWholeNumber("-3")).toBeNaN();
    expect(parseWholeNumber("4 people")).toBeNaN();
  });
});

describe("parseGradeLadderText(text) and formatGradeLadderText(rungs)", () => {
  test("one rung per line; commas (ASCII or full width) and 、 separate equal grades; blanks dropped", () => {
    expect(parseGradeLadderText("专员、Specialist\n\n 主管 ，Supervisor \r\n经理,Manager,\nCOO、CMO")).toEqual([
      ["专员", "Specialist"],
      ["主管", "Supervisor"],
      ["经理", "Manager"],
      ["COO", "CMO"],
    ]);
    expect(parseGradeLadderText("")).toEqual([]);
  });

  test("the default ladders go to text and back unchanged", () => {
    for (const ladder of DEFAULT_ORG_RULES.gradeLadders) {
      expect(parseGradeLadderText(formatGradeLadderText(ladder.rungs))).toEqual(ladder.rungs);
    }
    expect(formatGradeLadderText(DEFAULT_ORG_RULES.gradeLadders[0].rungs).split("\n")).toHaveLength(14);
  });
});
