import { DEFAULT_ORG_RULES } from "../../../src/core/checks/orgRules";
import { checkCoverage } from "../../../src/core/coverage/checkCoverage";
import type { CoverageCell, CoverageResult } from "../../../src/core/coverage/coverageTypes";
import { readCapabilityCatalogue } from "../../../src/core/coverage/readCapabilityCatalogue";
import type { FindingDraft } from "../../../src/core/findings/finding";
import { catalogueOf, modelOf, tableGrid, type CraftedPosition } from "./coverageOrg";

const rules = DEFAULT_ORG_RULES;

function cell(filledFte: number, filledPositions: number, vacantFte = 0, vacantPositions = 0): CoverageCell {
  return { filledFte, vacantFte, filledPositions, vacantPositions };
}

function byCode(result: CoverageResult, code: FindingDraft["code"]): FindingDraft[] {
  return result.findings.filter((finding) => finding.code === code);
}

function row(result: CoverageResult, key: string) {
  const found = result.matrix.rows.find((r) => r.capability.key === key);
  if (!found) throw new Error(`no row ${key}`);
  return found;
}

describe("checkCoverage(model, catalogue, departments, rules): the matrix", () => {
  // Rows: header 1, P1 row 2 … P6 row 7.
  const positions: CraftedPosition[] = [
    { id: "P1", department: "Ops", name: "Amy", capabilities: "Acquisition; 留存" },
    { id: "P2", department: "Ops", reportsTo: "P1", name: "Bo", fte: 0.5, capabilities: "retention" },
    { id: "P3", department: "CS", reportsTo: "P1", name: null, capabilities: "拉新" },
    {
      id: "P4",
      department: "ｃｓ",
      reportsTo: "P1",
      name: "Cy",
      status: "Planned",
      fte: 0.8,
      capabilities: "Activation",
    },
    { id: "P5", department: "", reportsTo: "P1", name: "amy", fte: 0.5, capabilities: "ACQUISITION" },
    { id: "P6", department: "Ops", reportsTo: "P1", name: "Dee", status: "Closed", capabilities: "Activation" },
  ];
  const result = checkCoverage(
    modelOf(positions),
    catalogueOf(["acquisition", "retention", "activation"]),
    undefined,
    rules,
  );

  test("departments in order of first appearance, compared without case or width; blank is its own column", () => {
    expect(result.matrix.departments).toEqual(["Ops", "CS", ""]);
  });

  test("English and Chinese names (and any case or width) count for the same capability", () => {
    // acquisition: P1 (Ops, filled 1), P3 (CS, vacant 1, written 拉新), P5 (no department, filled 0.5).
    expect(row(result, "acquisition").byDepartment).toEqual([cell(1, 1), cell(0, 0, 1, 1), cell(0.5, 1)]);
    expect(row(result, "acquisition").total).toEqual(cell(1.5, 2, 1, 1));
    // retention: P1 (留存) and P2, both in Ops.
    expect(row(result, "retention").byDepartment).toEqual([cell(1.5, 2), cell(0, 0), cell(0, 0)]);
    expect(row(result, "retention").people).toBe(2);
  });

  test("planned positions count as vacant; closed positions hold nothing", () => {
    expect(row(result, "activation").byDepartment).toEqual([cell(0, 0), cell(0, 0, 0.8, 1), cell(0, 0)]);
    expect(row(result, "activation").total).toEqual(cell(0, 0, 0.8, 1));
    expect(row(result, "activation").people).toBe(0);
  });

  test("one person in two positions is one person (names compared without case): a bus factor of 1", () => {
    expect(row(result, "acquisition").people).toBe(1);
    expect(byCode(result, "CAPABILITY_SINGLE_HOLDER")).toEqual([
      {
        code: "CAPABILITY_SINGLE_HOLDER",
        severity: "warning",
        rows: [2, 6],
        ids: ["P1", "P5"],
        params: expect.objectContaining({
          capabilityKey: "acquisition",
          capability: "Acquisition",
          name: "Amy",
          required: 2,
        }),
      },
    ]);
  });

  test("only vacancies hold it: CAPABILITY_VACANT_ONLY names those positions", () => {
    expect(byCode(result, "CAPABILITY_VACANT_ONLY")).toEqual([
      {
        code: "CAPABILITY_VACANT_ONLY",
        severity: "warning",
        rows: [5],
        ids: ["P4"],
        params: expect.objectContaining({ capabilityKey: "activation", count: 1, idList: "P4" }),
      },
    ]);
  });

  test("nothing else is reported", () => {
    expect(result.findings.map((f) => f.code).sort()).toEqual(["CAPABILITY_SINGLE_HOLDER", "CAPABILITY_VACANT_ONLY"]);
    expect(result.unknown).toEqual([]);
  });

  test("FTE sums carry no floating-point dust", () => {
    const dust = checkCoverage(
      modelOf([
        { id: "A", department: "D", fte: 0.1, capabilities: "Retention" },
        { id: "B", department: "D", reportsTo: "A", fte: 0.2, capabilities: "Retention" },
      ]),
      catalogueOf(["retention"]),
      undefined,
      rules,
    );
    expect(row(dust, "retention").total.filledFte).toBe(0.3);
  });
});

describe("checkCoverage: single holders", () => {
  const catalogue = catalogueOf(["retention"]);

  test("two people: no finding", () => {
    const result = checkCoverage(
      modelOf([
        { id: "A", name: "Amy", capabilities: "Retention" },
        { id: "B", reportsTo: "A", name: "Bo", capabilities: "Retention" },
      ]),
      catalogue,
      undefined,
      rules,
    );
    expect(result.findings).toEqual([]);
    expect(row(result, "retention").people).toBe(2);
  });

  test("one person and a vacancy: still a bus factor of 1 today (the vacancy is not vacant-only)", () => {
    const result = checkCoverage(
      modelOf([
        { id: "A", name: "Amy", capabilities: "Retention" },
        { id: "B", reportsTo: "A", name: null, capabilities: "Retention" },
      ]),
      catalogue,
      undefined,
      rules,
    );
    expect(result.findings.map((f) => [f.code, f.ids])).toEqual([["CAPABILITY_SINGLE_HOLDER", ["A"]]]);
  });

  test("a capability that wants one holder has no bus-factor finding", () => {
    const result = checkCoverage(
      modelOf([{ id: "A", name: "Amy", capabilities: "Retention" }]),
      catalogueOf(["retention"], 1),
      undefined,
      rules,
    );
    expect(result.findings).toEqual([]);
  });
});

describe("checkCoverage: uncovered", () => {
  test("with the default catalogue: no rows, no ids, and a warning (only the workbook's catalogue is a must)", () => {
    const result = checkCoverage(
      modelOf([{ id: "A", capabilities: "Retention" }]),
      catalogueOf(["retention", "acquisition"], 1),
      undefined,
      rules,
    );
    expect(result.findings).toEqual([
      {
        code: "CAPABILITY_UNCOVERED",
        severity: "warning",
        rows: [],
        ids: [],
        params: expect.objectContaining({ capabilityKey: "acquisition", capabilityZh: "拉新", areaEn: "User ops" }),
      },
    ]);
  });

  test("a closed position does not cover it", () => {
    const result = checkCoverage(
      modelOf([{ id: "A", status: "Closed", capabilities: "Retention" }]),
      catalogueOf(["retention"], 1),
      undefined,
      rules,
    );
    expect(result.findings.map((f) => f.code)).toEqual(["CAPABILITY_UNCOVERED"]);
  });

  test("with the workbook's catalogue: the Capabilities table's row", () => {
    const { catalogue } = readCapabilityCatalogue(
      tableGrid("Capabilities", [
        ["Capability", "Required holders"],
        ["Retention", 1],
        ["Onboarding", 1],
      ]),
      rules,
    );
    const result = checkCoverage(modelOf([{ id: "A", capabilities: "Retention" }]), catalogue, undefined, rules);
    expect(result.findings).toEqual([
      {
        code: "CAPABILITY_UNCOVERED",
        severity: "error",
        rows: [3],
        ids: [],
        sheet: "Capabilities",
        params: expect.objectContaining({ capability: "Onboarding", capabilityKey: "Onboarding", area: "–" }),
      },
    ]);
  });

  test("the workbook's catalogue is checked even when no position names a capability", () => {
    const { catalogue } = readCapabilityCatalogue(tableGrid("Capabilities", [["Capability"], ["Retention"]]), rules);
    const result = checkCoverage(modelOf([{ id: "A" }]), catalogue, undefined, rules);
    expect(result.findings.map((f) => [f.code, f.rows])).toEqual([["CAPABILITY_UNCOVERED", [2]]]);
  });

  test("with the default catalogue and no capability named anywhere, capability findings are left out", () => {
    const result = checkCoverage(
      modelOf([{ id: "A" }, { id: "B", reportsTo: "A" }]),
      catalogueOf(["retention"]),
      undefined,
      rules,
    );
    expect(result.findings).toEqual([]);
    expect(row(result, "retention").total).toEqual(cell(0, 0));
  });
});

describe("checkCoverage: fragmented", () => {
  // Retention in four named departments (and once with no department, which does not count).
  const positions: CraftedPosition[] = [
    { id: "A", department: "Ops", name: "Amy", capabilities: "Retention" },
    { id: "B", department: "CS", reportsTo: "A", name: "Bo", capabilities: "留存" },
    { id: "C", department: "Data", reportsTo: "A", name: null, capabilities: "Retention" },
    { id: "D", department: "Design", reportsTo: "A", name: "Cy", capabilities: "Retention" },
    { id: "E", department: "", reportsTo: "A", name: "Dee", capabilities: "Retention" },
    { id: "F", department: "ops", reportsTo: "A", name: "Eve", capabilities: "Retention" },
  ];

  test("held (filled or vacant) in more departments than allowed, with no owner department", () => {
    const result = checkCoverage(modelOf(positions), catalogueOf(["retention"]), undefined, rules);
    expect(result.findings).toEqual([
      {
        code: "CAPABILITY_FRAGMENTED",
        severity: "warning",
        rows: [2, 3, 4, 5, 6, 7],
        ids: ["A", "B", "C", "D", "E", "F"],
        params: expect.objectContaining({ count: 4, departmentList: "Ops, CS, Data, Design", max: 3 }),
      },
    ]);
  });

  test("within the limit: no finding", () => {
    const result = checkCoverage(modelOf(positions), catalogueOf(["retention"]), undefined, {
      ...rules,
      maxCapabilityDepartments: 4,
    });
    expect(result.findings).toEqual([]);
  });

  test("an owner department makes the spread fine", () => {
    const { catalogue } = readCapabilityCatalogue(
      tableGrid("Capabilities", [
        ["Capability", "Owner department"],
        ["Retention", "Ops"],
      ]),
      rules,
    );
    expect(checkCoverage(modelOf(positions), catalogue, undefined, rules).findings).toEqual([]);
  });
});

describe("checkCoverage: unknown capability names", () => {
  const positions: CraftedPosition[] = [
    { id: "A", name: "Amy", capabilities: "Retension; Retention" },
    { id: "B", reportsTo: "A", name: "Bo", capabilities: "留住、拉心、留存；retension" },
    { id: "C", reportsTo: "A", name: "Cy", capabilities: "Finance; finance; -" },
  ];
  const result = checkCoverage(modelOf(positions), catalogueOf(["acquisition", "retention"]), undefined, rules);

  test("one finding per position and name, with the nearest name in the same script", () => {
    expect(byCode(result, "UNKNOWN_CAPABILITY")).toEqual([
      {
        code: "UNKNOWN_CAPABILITY",
        severity: "warning",
        rows: [2],
        ids: ["A"],
        params: { name: "Retension", id: "A", row: 2, suggestion: "Retention" },
      },
      {
        code: "UNKNOWN_CAPABILITY",
        severity: "warning",
        rows: [3],
        ids: ["B"],
        params: { name: "留住", id: "B", row: 3, suggestion: "留存" },
      },
      {
        code: "UNKNOWN_CAPABILITY",
        severity: "warning",
        rows: [3],
        ids: ["B"],
        params: { name: "拉心", id: "B", row: 3, suggestion: "拉新" },
      },
      {
        code: "UNKNOWN_CAPABILITY",
        severity: "warning",
        rows: [3],
        ids: ["B"],
        params: { name: "retension", id: "B", row: 3, suggestion: "Retention" },
      },
      {
        code: "UNKNOWN_CAPABILITY",
        severity: "warning",
        rows: [4],
        ids: ["C"],
        params: { name: "Finance", id: "C", row: 4 },
      },
    ]);
  });

  test("the unknown names, each once with every position that gives it", () => {
    expect(result.unknown).toEqual([
      { name: "Retension", suggestion: "Retention", ids: ["A", "B"] },
      { name: "留住", suggestion: "留存", ids: ["B"] },
      { name: "拉心", suggestion: "拉新", ids: ["B"] },
      { name: "Finance", ids: ["C"] },
    ]);
  });

  test("the known names still count", () => {
    expect(row(result, "retention").people).toBe(2);
    expect(byCode(result, "CAPABILITY_UNCOVERED").map((f) => f.params.capabilityKey)).toEqual(["acquisition"]);
  });
});
