import { analyzeWorkbook } from "../../../src/core/analyzeWorkbook";
import { makeGrid } from "../makeGrid";

const HEADER = ["Position ID", "Title", "Reports To", "Name", "Department", "Capabilities"];

/** The 4-row sheet of issue 9: a finance team naming capabilities of its own. */
const FINANCE = makeGrid(HEADER, [
  ["F1", "Finance Director", "", "Ann", "Finance", "Budgeting; Audit"],
  ["F2", "Payroll Lead", "F1", "Bo", "Finance", "Payroll; Audit"],
  ["F3", "Accountant", "F1", "Cy", "Finance", "Accounts payable; Budgeting"],
  ["F4", "Accountant", "F1", "", "Finance", "Accounts payable; Retention"],
]);

const coverageFindings = (analysis: ReturnType<typeof analyzeWorkbook>) =>
  analysis.findings.filter((f) => f.code.startsWith("CAPABILITY_") || f.code === "UNKNOWN_CAPABILITY");

describe("which catalogue coverage is measured against", () => {
  test("a sheet whose capability names are mostly its own: the catalogue is its names, and nothing is an error", () => {
    const analysis = analyzeWorkbook({ positions: FINANCE });
    expect(analysis.catalogue.source).toBe("sheet");
    // The default capability it names (Retention) keeps both its names; then its own names, as first written.
    expect(analysis.catalogue.capabilities.map((c) => [c.en, c.zh])).toEqual([
      ["Retention", "留存"],
      ["Budgeting", "Budgeting"],
      ["Audit", "Audit"],
      ["Payroll", "Payroll"],
      ["Accounts payable", "Accounts payable"],
    ]);
    expect(analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(coverageFindings(analysis).map((f) => f.code)).not.toContain("UNKNOWN_CAPABILITY");
    expect(coverageFindings(analysis).map((f) => f.code)).not.toContain("CAPABILITY_UNCOVERED");
    expect(analysis.coverage.matrix.rows.find((r) => r.capability.key === "Audit")!.total.filledPositions).toBe(2);
  });

  test("a sheet naming default capabilities: uncovered ones are warnings, not errors", () => {
    const positions = makeGrid(HEADER, [
      ["O1", "Head", "", "Ann", "Ops", "Retention; Acquisition"],
      ["O2", "Lead", "O1", "Bo", "Ops", "Activation; Payroll"],
    ]);
    const analysis = analyzeWorkbook({ positions });
    expect(analysis.catalogue.source).toBe("default");
    const uncovered = analysis.findings.filter((f) => f.code === "CAPABILITY_UNCOVERED");
    expect(uncovered.length).toBe(28 - 3);
    expect(new Set(uncovered.map((f) => f.severity))).toEqual(new Set(["warning"]));
    expect(analysis.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(analysis.findings.filter((f) => f.code === "UNKNOWN_CAPABILITY").map((f) => f.params.name)).toEqual([
      "Payroll",
    ]);
  });

  test("the workbook's own catalogue: an uncovered capability is an error", () => {
    const capabilities = makeGrid(["Capability"], [["Budgeting"], ["Treasury"]], "Capabilities");
    const analysis = analyzeWorkbook({ positions: FINANCE, capabilities });
    expect(analysis.catalogue.source).toBe("workbook");
    expect(analysis.findings.filter((f) => f.code === "CAPABILITY_UNCOVERED")).toMatchObject([
      { severity: "error", params: { capability: "Treasury" } },
    ]);
  });
});
