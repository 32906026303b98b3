import { DEFAULT_ORG_RULES } from "../../../src/core/checks/orgRules";
import { checkCoverage } from "../../../src/core/coverage/checkCoverage";
import { readDepartmentsTable } from "../../../src/core/coverage/readDepartmentsTable";
import { catalogueOf, modelOf, tableGrid, type CraftedPosition } from "./coverageOrg";

// Ops is supported by Data through a dotted line from Data into Ops, by Tech through a named partner;
// Marketing by Data through a dotted line from Marketing into Data; nobody links Ops and Design.
const positions: CraftedPosition[] = [
  { id: "O1", department: "Ops" },
  { id: "D1", department: "Data", reportsTo: "O1", dotted: "O1" },
  { id: "D2", department: "Data", reportsTo: "D1" },
  { id: "T1", department: "Tech", reportsTo: "O1" },
  { id: "G1", department: "Design", reportsTo: "O1" },
  { id: "M1", department: "Marketing", reportsTo: "O1", dotted: "D2" },
  { id: "C1", department: "Customer Service", reportsTo: "O1" },
];

function supportFindings(rows: (string | null)[][]) {
  const { departments } = readDepartmentsTable(
    tableGrid("Departments", [["Department", "Head position", "Needs support from", "Partner"], ...rows]),
  );
  return checkCoverage(modelOf(positions), catalogueOf(["retention"]), departments, DEFAULT_ORG_RULES).findings;
}

describe("checkCoverage: SUPPORT_MISSING", () => {
  test("a dotted line either way, or a named partner, is support; none is SUPPORT_MISSING on the Departments row", () => {
    const findings = supportFindings([
      ["Ops", "O1", "Data; Tech、Design", "T1"],
      ["Marketing", "M1", "data", null],
    ]);
    expect(findings).toEqual([
      {
        code: "SUPPORT_MISSING",
        severity: "warning",
        rows: [2],
        ids: ["O1"],
        sheet: "Departments",
        params: { department: "Ops", supporter: "Design" },
      },
    ]);
  });

  test("without the partner, Tech is missing too; a partner in another department does not count", () => {
    const findings = supportFindings([["Ops", "O1", "Tech", "G1"]]);
    expect(findings.map((f) => [f.rows, f.params])).toEqual([[[2], { department: "Ops", supporter: "Tech" }]]);
  });

  test("a dotted line between two other departments does not count", () => {
    const findings = supportFindings([["Customer Service", "C1", "Data", null]]);
    expect(findings.map((f) => f.params)).toEqual([{ department: "Customer Service", supporter: "Data" }]);
  });

  test("a department no position belongs to is named as unknownDepartment", () => {
    const findings = supportFindings([
      ["Ops", "O1", "Dezign", null],
      ["Legal", "L1", "Data", null],
    ]);
    expect(findings).toEqual([
      {
        code: "SUPPORT_MISSING",
        severity: "warning",
        rows: [2],
        ids: ["O1"],
        sheet: "Departments",
        params: { department: "Ops", supporter: "Dezign", unknownDepartment: "Dezign" },
      },
      {
        code: "SUPPORT_MISSING",
        severity: "warning",
        rows: [3],
        ids: [],
        sheet: "Departments",
        params: { department: "Legal", supporter: "Data", unknownDepartment: "Legal" },
      },
    ]);
  });

  test("a department with no positions but a partner in the supporter is supported", () => {
    expect(supportFindings([["Legal", null, "Data", "D2"]])).toEqual([]);
  });

  test("a department's own name and repeats in its list are asked once at most", () => {
    const findings = supportFindings([["Design", "G1", "design; Ops; OPS", null]]);
    expect(findings.map((f) => f.params.supporter)).toEqual(["Ops"]);
  });
});
