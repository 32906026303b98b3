import { checkSingleReportChains } from "../../../src/core/checks/checkSingleReportChains";
import { assistantFlags, spansOfControl } from "../../../src/core/checks/spansOfControl";
import type { OrgModel } from "../../../src/core/model/orgModel";
import { craftOrg } from "./craftOrg";

function chains(model: OrgModel) {
  const assistant = assistantFlags(model);
  return checkSingleReportChains(model, spansOfControl(model, assistant), assistant);
}

describe("checkSingleReportChains", () => {
  it("reports a one-over-one with the upper manager, the manager and the report in that order", () => {
    // Rows: R 2, M 3, U 4 (sheet order differs from the chain's).
    const model = craftOrg(
      { id: "R", reportsTo: "M", title: "Analyst" },
      { id: "M", reportsTo: "U", title: "Lead" },
      { id: "U", title: "Head" },
    );
    expect(chains(model)).toEqual([
      {
        code: "SINGLE_REPORT_CHAIN",
        severity: "warning",
        rows: [4, 3, 2],
        ids: ["U", "M", "R"],
        params: { upper: "U", upperTitle: "Head", id: "M", title: "Lead", lower: "R", lowerTitle: "Analyst" },
      },
    ]);
  });

  it("gives one finding per middle link of a longer chain, none twice", () => {
    // A → B → C → D → E → F, each with a single report.
    const model = craftOrg(
      { id: "A" },
      { id: "B", reportsTo: "A" },
      { id: "C", reportsTo: "B" },
      { id: "D", reportsTo: "C" },
      { id: "E", reportsTo: "D" },
      { id: "F", reportsTo: "E" },
    );
    expect(chains(model).map((f) => f.ids)).toEqual([
      ["A", "B", "C"],
      ["B", "C", "D"],
      ["C", "D", "E"],
      ["D", "E", "F"],
    ]);
  });

  it("does not count assistants on either level", () => {
    const model = craftOrg(
      { id: "U" },
      { id: "UA", reportsTo: "U", assistant: true },
      { id: "M", reportsTo: "U" },
      { id: "MA", reportsTo: "M", assistant: true },
      { id: "R", reportsTo: "M" },
    );
    expect(chains(model).map((f) => f.ids)).toEqual([["U", "M", "R"]]);
  });

  it("needs one report on both levels, and a manager above", () => {
    const model = craftOrg(
      // U has two reports: M1 has one, but that is not one-over-one.
      { id: "U" },
      { id: "M1", reportsTo: "U" },
      { id: "M2", reportsTo: "U" },
      { id: "R1", reportsTo: "M1" },
      // A top with a single report and nothing above: no finding.
      { id: "T" },
      { id: "T1", reportsTo: "T" },
      // An assistant with a report of its own under a manager with one other report: the assistant is not M.
      { id: "V" },
      { id: "VA", reportsTo: "V", assistant: true },
      { id: "V1", reportsTo: "V" },
      { id: "VAR", reportsTo: "VA" },
    );
    expect(chains(model)).toEqual([]);
  });
});
