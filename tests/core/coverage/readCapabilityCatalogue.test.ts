import { DEFAULT_CAPABILITIES } from "../../../src/core/capabilities/defaultCatalogue";
import { DEFAULT_ORG_RULES } from "../../../src/core/checks/orgRules";
import { readCapabilityCatalogue } from "../../../src/core/coverage/readCapabilityCatalogue";
import { tableGrid } from "./coverageOrg";

const rules = DEFAULT_ORG_RULES;

describe("readCapabilityCatalogue(grid, rules)", () => {
  test("no Capabilities table: the default catalogue, wanting the rules' number of holders, with no owner", () => {
    const { catalogue, findings } = readCapabilityCatalogue(undefined, { ...rules, requiredHolders: 3 });
    expect(findings).toEqual([]);
    expect(catalogue.source).toBe("default");
    expect(catalogue.sheetName).toBeUndefined();
    expect(catalogue.capabilities).toHaveLength(DEFAULT_CAPABILITIES.length);
    expect(catalogue.capabilities[1]).toEqual({
      key: "retention",
      en: "Retention",
      zh: "留存",
      area: { en: "User ops", zh: "用户运营" },
      requiredHolders: 3,
      ownerDepartment: "",
    });
  });

  test("a table with only its header: the default catalogue", () => {
    const { catalogue } = readCapabilityCatalogue(tableGrid("Capabilities", [["Capability", "Area"]]), rules);
    expect(catalogue.source).toBe("default");
  });

  describe("the workbook's table, header below a title row", () => {
    const grid = tableGrid(
      "Capabilities",
      [
        ["Operations capabilities 2025", null, null, null, null, null],
        [null, null, null, null, null, null],
        ["Capability", "Area", "Required holders", "Owner department", "English name", "Chinese name"],
        ["Retention", "User ops", 3, null, null, null],
        ["拉新", "用户运营", null, "运营部门", "Acquisition", null],
        ["Onboarding", null, "two", null, null, "入职培训"],
        [null, "Notes", null, null, null, null],
        ["retention", null, 1, null, null, null],
        ["留存", null, null, null, null, null],
        [null, null, null, null, null, null],
        ["Brand voice", "Content ops", "1", "Marketing", null, null],
        ["Tiny", null, 0, null, null, null],
      ],
      1,
    );
    const { catalogue, findings } = readCapabilityCatalogue(grid, rules);

    test("each capability with its row; blank names and area taken from the default catalogue when it knows them", () => {
      expect(catalogue.source).toBe("workbook");
      expect(catalogue.sheetName).toBe("Capabilities");
      expect(catalogue.capabilities).toEqual([
        {
          key: "Retention",
          en: "Retention",
          zh: "留存",
          area: { en: "User ops", zh: "User ops" },
          requiredHolders: 3,
          ownerDepartment: "",
          row: 4,
        },
        {
          key: "拉新",
          en: "Acquisition",
          zh: "拉新",
          area: { en: "用户运营", zh: "用户运营" },
          requiredHolders: 2,
          ownerDepartment: "运营部门",
          row: 5,
        },
        {
          key: "Onboarding",
          en: "Onboarding",
          zh: "入职培训",
          area: { en: "", zh: "" },
          requiredHolders: 2,
          ownerDepartment: "",
          row: 6,
        },
        {
          key: "Brand voice",
          en: "Brand voice",
          zh: "Brand voice",
          area: { en: "Content ops", zh: "Content ops" },
          requiredHolders: 1,
          ownerDepartment: "Marketing",
          row: 11,
        },
        {
          key: "Tiny",
          en: "Tiny",
          zh: "Tiny",
          area: { en: "", zh: "" },
          requiredHolders: 2,
          ownerDepartment: "",
          row: 12,
        },
      ]);
    });

    test("every other row is in a finding: no name, a repeat under any name, a bad Required holders cell", () => {
      expect(findings).toEqual([
        {
          code: "MISSING_CAPABILITY_NAME",
          severity: "warning",
          rows: [7],
          ids: [],
          sheet: "Capabilities",
          params: { row: 7, column: "Capability", sheet: "Capabilities" },
        },
        {
          code: "INVALID_REQUIRED_HOLDERS",
          severity: "warning",
          rows: [6],
          ids: [],
          sheet: "Capabilities",
          params: {
            column: "Required holders",
            value: "two",
            row: 6,
            id: "Onboarding",
            default: 2,
          },
        },
        {
          code: "INVALID_REQUIRED_HOLDERS",
          severity: "warning",
          rows: [12],
          ids: [],
          sheet: "Capabilities",
          params: { column: "Required holders", value: "0", row: 12, id: "Tiny", default: 2 },
        },
        {
          code: "DUPLICATE_CAPABILITY",
          severity: "warning",
          rows: [4, 8, 9],
          ids: [],
          sheet: "Capabilities",
          params: { id: "Retention", count: 3, rowList: "4, 8, 9", sheet: "Capabilities" },
        },
      ]);
      // Every non-blank data row (4–9, 11, 12) is a capability or left out in a finding (7; repeats 8 and 9).
      const kept = catalogue.capabilities.map((c) => c.row);
      const leftOut = [...findings[0].rows, ...findings[3].rows.slice(1)];
      expect([...kept, ...leftOut].sort((a, b) => a! - b!)).toEqual([4, 5, 6, 7, 8, 9, 11, 12]);
    });
  });

  test("Chinese headers", () => {
    const grid = tableGrid("职责表", [
      ["职责", "领域", "所需人数", "主责部门", "英文名称", "中文名称"],
      ["内容审核", "内容运营", "３", "运营部门", "Content review", null],
    ]);
    expect(readCapabilityCatalogue(grid, rules).catalogue.capabilities).toEqual([
      {
        key: "内容审核",
        en: "Content review",
        zh: "内容审核",
        area: { en: "内容运营", zh: "内容运营" },
        requiredHolders: 3,
        ownerDepartment: "运营部门",
        row: 2,
      },
    ]);
  });
});
