import { checkGradeInversions } from "../../../src/core/checks/checkGradeInversions";
import { DEFAULT_ORG_RULES, type OrgRules } from "../../../src/core/checks/orgRules";
import { craftOrg } from "./craftOrg";

describe("checkGradeInversions", () => {
  it("reports a report graded at or above the manager, report first", () => {
    // Rows: M 2, A 3, B 4, C 5.
    const model = craftOrg(
      { id: "M", grade: "P6", title: "Lead" },
      { id: "A", reportsTo: "M", grade: "P5" },
      { id: "B", reportsTo: "M", grade: "p 6", title: "Peer" },
      { id: "C", reportsTo: "M", grade: "Ｐ７" },
    );
    expect(checkGradeInversions(model, DEFAULT_ORG_RULES)).toEqual([
      {
        code: "GRADE_INVERSION",
        severity: "warning",
        rows: [4, 2],
        ids: ["B", "M"],
        field: "grade",
        params: { id: "B", title: "Peer", grade: "p 6", managerId: "M", managerTitle: "Lead", managerGrade: "P6" },
      },
      {
        code: "GRADE_INVERSION",
        severity: "warning",
        rows: [5, 2],
        ids: ["C", "M"],
        field: "grade",
        params: { id: "C", title: "Title C", grade: "Ｐ７", managerId: "M", managerTitle: "Lead", managerGrade: "P6" },
      },
    ]);
  });

  it("ranks every M above every P", () => {
    const model = craftOrg(
      { id: "M1", grade: "M1" },
      { id: "P9", reportsTo: "M1", grade: "P9" },
      { id: "P9boss", grade: "P9" },
      { id: "M1under", reportsTo: "P9boss", grade: "M1" },
    );
    expect(checkGradeInversions(model, DEFAULT_ORG_RULES).map((f) => f.ids)).toEqual([["M1under", "P9boss"]]);
  });

  it("treats Chinese and English names of one rung as one grade", () => {
    const model = craftOrg(
      { id: "D", grade: "总监" },
      { id: "M", reportsTo: "D", grade: "Manager" },
      { id: "M2", reportsTo: "M", grade: "经理" },
      { id: "S", reportsTo: "M2", grade: "Supervisor" },
      { id: "X", reportsTo: "S", grade: "专员" },
      { id: "C", reportsTo: "D", grade: "COO" },
    );
    expect(checkGradeInversions(model, DEFAULT_ORG_RULES).map((f) => f.ids)).toEqual([
      ["M2", "M"],
      ["C", "D"],
    ]);
  });

  it("skips grades on different ladders, off the ladders, or blank", () => {
    const model = craftOrg(
      { id: "M", grade: "P5" },
      { id: "A", reportsTo: "M", grade: "Director" },
      { id: "B", reportsTo: "M", grade: "VP" },
      { id: "C", reportsTo: "M" },
      { id: "N" },
      { id: "D", reportsTo: "N", grade: "P9" },
    );
    expect(checkGradeInversions(model, DEFAULT_ORG_RULES)).toEqual([]);
  });

  it("follows the ladders of the rules, and none at all", () => {
    const rules: OrgRules = {
      ...DEFAULT_ORG_RULES,
      gradeLadders: [{ name: "Tech", rungs: [["E1", "Engineer"], ["E2"]] }],
    };
    const model = craftOrg(
      { id: "M", grade: "E1" },
      { id: "A", reportsTo: "M", grade: "engineer" },
      { id: "B", reportsTo: "M", grade: "P9" },
    );
    expect(checkGradeInversions(model, rules).map((f) => f.ids)).toEqual([["A", "M"]]);
    expect(checkGradeInversions(model, { ...rules, gradeLadders: [] })).toEqual([]);
  });
});
