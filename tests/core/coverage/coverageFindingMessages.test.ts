import { DEFAULT_ORG_RULES } from "../../../src/core/checks/orgRules";
import { checkCoverage } from "../../../src/core/coverage/checkCoverage";
import { readCapabilityCatalogue } from "../../../src/core/coverage/readCapabilityCatalogue";
import { readDepartmentsTable } from "../../../src/core/coverage/readDepartmentsTable";
import type { FindingDraft } from "../../../src/core/findings/finding";
import { localizeFinding } from "../../../src/core/findings/localizeFinding";
import { LANGS } from "../../../src/i18n";
import { catalogueOf, modelOf, tableGrid } from "./coverageOrg";

function message(draft: FindingDraft, lang: (typeof LANGS)[number]): string {
  return localizeFinding(draft, lang).message;
}

describe("coverage and support-table findings, localized from the registry", () => {
  const catalogueRead = readCapabilityCatalogue(
    tableGrid("Capabilities", [
      ["Capability", "Required holders"],
      ["Retention", "many"],
      [null, 2],
      ["retention", 2],
    ]),
    DEFAULT_ORG_RULES,
  );
  const departmentsRead = readDepartmentsTable(
    tableGrid("Departments", [
      ["Department", "Needs support from"],
      ["Ops", "Data; Dezign"],
      [null, "Ops"],
      ["ops", null],
    ]),
  );
  const coverage = checkCoverage(
    modelOf([
      { id: "A", department: "Ops", name: "Amy", capabilities: "Retention; Retension; Finance" },
      { id: "B", department: "Data", reportsTo: "A", name: null, capabilities: "Activation" },
      { id: "C", department: "Design", reportsTo: "A", name: "Bo", capabilities: "留存" },
      { id: "D", department: "CS", reportsTo: "A", name: "Cy", capabilities: "留存" },
      { id: "E", department: "Tech", reportsTo: "A", name: "Dee", capabilities: "留存" },
      { id: "F", department: "Tech", reportsTo: "A", name: "Eve", capabilities: "Growth planning" },
    ]),
    catalogueOf(["retention", "activation", "growth-planning", "acquisition"]),
    departmentsRead.departments,
    DEFAULT_ORG_RULES,
  );
  const drafts = [...catalogueRead.findings, ...departmentsRead.findings, ...coverage.findings];

  test("the crafted workbook gives every coverage code and every support-table variant", () => {
    expect(drafts.map((d) => d.code).sort()).toEqual(
      [
        "INVALID_REQUIRED_HOLDERS",
        "MISSING_CAPABILITY_NAME",
        "DUPLICATE_CAPABILITY",
        "MISSING_DEPARTMENT_NAME",
        "DUPLICATE_DEPARTMENT",
        "CAPABILITY_UNCOVERED",
        "CAPABILITY_VACANT_ONLY",
        "CAPABILITY_SINGLE_HOLDER",
        "CAPABILITY_FRAGMENTED",
        "UNKNOWN_CAPABILITY",
        "UNKNOWN_CAPABILITY",
        "SUPPORT_MISSING",
        "SUPPORT_MISSING",
      ].sort(),
    );
  });

  test.each(LANGS)("every placeholder is filled (%s)", (lang) => {
    for (const draft of drafts) expect(message(draft, lang)).not.toMatch(/\{\w+\}/);
  });

  test("capabilities and areas are named in the user's language", () => {
    const uncovered = drafts.find((d) => d.code === "CAPABILITY_UNCOVERED")!;
    expect(message(uncovered, "en")).toBe("No position, filled or vacant, holds “Acquisition” (User ops).");
    expect(message(uncovered, "zh-CN")).toBe("没有任何岗位（在职或空缺）承担“拉新”（用户运营）。");
    const single = drafts.find((d) => d.code === "CAPABILITY_SINGLE_HOLDER")!;
    expect(message(single, "zh-CN")).toBe("只有Eve承担“用户增长”（用户运营）：单点依赖（应至少有 2 人）。");
    const fragmented = drafts.find((d) => d.code === "CAPABILITY_FRAGMENTED")!;
    expect(message(fragmented, "en")).toBe(
      "“Retention” (User ops) is spread over 4 departments (Ops, Design, CS, Tech) with no owner department; at most 3 are allowed without one.",
    );
  });

  test("findings about the support tables have their own messages", () => {
    const texts = drafts.filter((d) => d.sheet !== undefined).map((d) => message(d, "en"));
    expect(texts).toEqual([
      "Row 3 of “Capabilities” names no capability (Capability); the row is left out of the catalogue.",
      "“many” in Required holders is not a whole number of at least 1 (row 2, capability “Retention”); 2 is used.",
      "Capability “Retention” is listed on 2 rows of “Capabilities” (2, 4); only the first is kept.",
      "Row 3 of “Departments” names no department (Department); the row is left out.",
      "Department “Ops” is listed on 2 rows of “Departments” (2, 4); only the first is kept.",
      "Ops needs support from Data, but has no dotted line or named partner there.",
      "Ops needs support from Dezign, but no position belongs to “Dezign”. Check the spelling against the Department column.",
    ]);
  });

  test("an unknown name with a suggestion", () => {
    const unknown = drafts.filter((d) => d.code === "UNKNOWN_CAPABILITY").map((d) => message(d, "zh-CN"));
    expect(unknown).toEqual([
      "“Retension”（岗位“A”，第 2 行）不在职责目录中。是否是指“Retention”？",
      "“Finance”（岗位“A”，第 2 行）不在职责目录中。",
    ]);
  });

  test("a formula error in a support table reads the generic formula-error message", () => {
    const draft: FindingDraft = {
      code: "FORMULA_ERROR",
      severity: "warning",
      rows: [4],
      ids: [],
      sheet: "Capabilities",
      params: { row: 4, column: "Area", value: "#REF!", id: "Retention", table: "capabilities" },
    };
    expect(message(draft, "en")).toBe(
      "The Area cell holds the formula error #REF! – a reference to cells that no longer exist (row 4).",
    );
  });
});
