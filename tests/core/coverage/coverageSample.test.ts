import { buildOrgModel } from "../../../src/core/buildOrgModel";
import { DEFAULT_ORG_RULES } from "../../../src/core/checks/orgRules";
import { checkCoverage } from "../../../src/core/coverage/checkCoverage";
import { readCapabilityCatalogue } from "../../../src/core/coverage/readCapabilityCatalogue";
import { readDepartmentsTable } from "../../../src/core/coverage/readDepartmentsTable";
import { operationsCenterSample } from "../../../src/core/sample/operationsCenter";
import { operationsCenterDepartments } from "../../../src/core/sample/operationsCenterDepartments";
import { OPERATIONS_CENTER } from "../../../src/core/sample/operationsCenterPositions";
import { gridFromSheetSpec } from "../../../src/core/sheet/gridFromSheetSpec";
import type { Lang } from "../../../src/i18n";

function sampleCoverage(lang: Lang) {
  const model = buildOrgModel(gridFromSheetSpec(operationsCenterSample(lang))).model;
  const { catalogue } = readCapabilityCatalogue(undefined, DEFAULT_ORG_RULES);
  const { departments, findings } = readDepartmentsTable(gridFromSheetSpec(operationsCenterDepartments(lang)));
  expect(findings).toEqual([]);
  return checkCoverage(model, catalogue, departments, DEFAULT_ORG_RULES);
}

/** The sample's sheet row of a position (the header is row 1). */
function rowOf(id: string): number {
  return OPERATIONS_CENTER.findIndex((position) => position.id === id) + 2;
}

/*
 * By hand, from operationsCenterPositions.ts (people in filled positions per capability):
 * one person only: growth-planning (Yang Lei, OC-014), content-planning (Zhou Jie, OC-017),
 * campaign-planning and campaign-evaluation (Sun Hao, OC-021), product-research (Liu Yang, OC-011;
 * OC-013 is vacant), competitor-analysis (OC-011), product-training (Chen Jing, OC-012),
 * channel-management (Liang Chen, OC-050), channel-roi and analysis-mining (Gao Yun, OC-041; OC-042
 * is vacant), metrics-system and decision-support (Luo Bin, OC-040; OC-042 vacant), strategy-planning
 * (Zhang Wei, OC-001). Every capability has a filled holder: none uncovered, none vacant-only.
 * resource-coordination is held in Management, Operations, Business Development and Project
 * Management: 4 departments > 3, with no owner in the default catalogue. cross-department-work is in
 * exactly 3 (Operations, Tech Support, Project Management). Li Na holds two half-time positions:
 * channel-expansion has Song Yu, Li Na and Peng Bo (3 people), traffic-conversion Li Na and Song Yu.
 * Support: Operations has a dotted line from the analyst (OC-041 → OC-010) and the Tech partner
 * OC-031; Customer Service names OC-033 (Tech); Operations → Design and Marketing → Data Analysis
 * have neither (Departments rows 3 and 6).
 */
const SINGLE_HOLDERS: [key: string, ids: string[]][] = [
  ["growth-planning", ["OC-014"]],
  ["content-planning", ["OC-017"]],
  ["campaign-planning", ["OC-021"]],
  ["campaign-evaluation", ["OC-021"]],
  ["product-research", ["OC-011"]],
  ["competitor-analysis", ["OC-011"]],
  ["product-training", ["OC-012"]],
  ["channel-management", ["OC-050"]],
  ["channel-roi", ["OC-041"]],
  ["metrics-system", ["OC-040"]],
  ["analysis-mining", ["OC-041"]],
  ["decision-support", ["OC-040"]],
  ["strategy-planning", ["OC-001"]],
];

describe("checkCoverage on the operations-center sample", () => {
  const en = sampleCoverage("en");
  const zh = sampleCoverage("zh-CN");

  test("single holders, exactly those computed by hand", () => {
    const found = en.findings
      .filter((f) => f.code === "CAPABILITY_SINGLE_HOLDER")
      .map((f) => [f.params.capabilityKey, f.ids]);
    expect(found).toEqual(SINGLE_HOLDERS);
    for (const finding of en.findings.filter((f) => f.code === "CAPABILITY_SINGLE_HOLDER"))
      expect(finding.rows).toEqual(finding.ids.map(rowOf));
  });

  test("one fragmented capability; nothing uncovered, vacant-only or unknown", () => {
    const fragmented = en.findings.filter((f) => f.code === "CAPABILITY_FRAGMENTED");
    expect(fragmented).toEqual([
      {
        code: "CAPABILITY_FRAGMENTED",
        severity: "warning",
        rows: ["OC-001", "OC-002", "OC-010", "OC-080", "OC-090"].map(rowOf),
        ids: ["OC-001", "OC-002", "OC-010", "OC-080", "OC-090"],
        params: expect.objectContaining({
          capabilityKey: "resource-coordination",
          count: 4,
          departmentList: "Management, Operations, Business Development, Project Management",
          max: 3,
        }),
      },
    ]);
    expect(en.unknown).toEqual([]);
    expect(new Set(en.findings.map((f) => f.code))).toEqual(
      new Set(["CAPABILITY_SINGLE_HOLDER", "CAPABILITY_FRAGMENTED", "SUPPORT_MISSING"]),
    );
  });

  test("exactly two SUPPORT_MISSING: Operations → Design, Marketing → Data Analysis", () => {
    expect(en.findings.filter((f) => f.code === "SUPPORT_MISSING")).toEqual([
      {
        code: "SUPPORT_MISSING",
        severity: "warning",
        rows: [3],
        ids: ["OC-010"],
        sheet: "Departments",
        params: { department: "Operations", supporter: "Design" },
      },
      {
        code: "SUPPORT_MISSING",
        severity: "warning",
        rows: [6],
        ids: ["OC-050"],
        sheet: "Departments",
        params: { department: "Marketing", supporter: "Data Analysis" },
      },
    ]);
    expect(zh.findings.filter((f) => f.code === "SUPPORT_MISSING").map((f) => f.params)).toEqual([
      { department: "运营部门", supporter: "设计部门" },
      { department: "市场推广部门", supporter: "数据分析部门" },
    ]);
  });

  test("the matrix: departments in sheet order, FTE filled and vacant apart, Li Na counted once", () => {
    expect(en.matrix.departments).toEqual([
      "Management",
      "Operations",
      "Tech Support",
      "Data Analysis",
      "Marketing",
      "Customer Service",
      "Design",
      "Business Development",
      "Project Management",
    ]);
    const row = (key: string) => en.matrix.rows.find((r) => r.capability.key === key)!;
    // channel-expansion: Song Yu (OC-051, 1) and Li Na (OC-052, 0.5) in Marketing, Peng Bo (OC-080) in BD.
    expect(row("channel-expansion").byDepartment[4]).toEqual({
      filledFte: 1.5,
      vacantFte: 0,
      filledPositions: 2,
      vacantPositions: 0,
    });
    expect(row("channel-expansion").people).toBe(3);
    // analysis-mining: Gao Yun (OC-041, filled) and OC-042 (vacant), both in Data Analysis.
    expect(row("analysis-mining").total).toEqual({
      filledFte: 1,
      vacantFte: 1,
      filledPositions: 1,
      vacantPositions: 1,
    });
    // user-relations: OC-015, OC-016 in Operations; OC-060…OC-063 in Customer Service (0.8 for OC-063).
    expect(row("user-relations").byDepartment[1].filledFte).toBe(2);
    expect(row("user-relations").byDepartment[5].filledFte).toBe(3.8);
    expect(row("user-relations").people).toBe(6);
    // Tech's developers hold nothing but their lead holds cross-department work.
    expect(row("cross-department-work").byDepartment[2]).toEqual({
      filledFte: 1,
      vacantFte: 0,
      filledPositions: 1,
      vacantPositions: 0,
    });
  });

  test("both languages give the same findings (codes, rows, positions) and the same matrix numbers", () => {
    const outline = (result: typeof en) =>
      result.findings.map((f) => [f.code, f.severity, f.rows, f.ids, f.sheet !== undefined]);
    expect(outline(zh)).toEqual(outline(en));
    const numbers = (result: typeof en) =>
      result.matrix.rows.map((r) => [r.capability.key, r.byDepartment, r.total, r.people]);
    expect(numbers(zh)).toEqual(numbers(en));
  });
});
