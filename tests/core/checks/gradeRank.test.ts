import { compareGrades, gradeRank, gradeRanks } from "../../../src/core/checks/gradeRank";
import { DEFAULT_ORG_RULES, type OrgRules } from "../../../src/core/checks/orgRules";

const rules = DEFAULT_ORG_RULES;

describe("gradeRank", () => {
  it("places P1…P9 below M1…M5 on the first ladder", () => {
    expect(gradeRank("P1", rules)).toEqual({ ladder: 0, rung: 0 });
    expect(gradeRank("P9", rules)).toEqual({ ladder: 0, rung: 8 });
    expect(gradeRank("M1", rules)).toEqual({ ladder: 0, rung: 9 });
    expect(gradeRank("M5", rules)).toEqual({ ladder: 0, rung: 13 });
  });

  it("compares rung names without case, width and spacing", () => {
    for (const text of ["p5", "P 5", "Ｐ５", " P5 "]) expect(gradeRank(text, rules)).toEqual({ ladder: 0, rung: 4 });
  });

  it("puts Chinese and English names of one rung together", () => {
    expect(gradeRank("经理", rules)).toEqual({ ladder: 1, rung: 2 });
    expect(gradeRank("Manager", rules)).toEqual({ ladder: 1, rung: 2 });
    expect(gradeRank("专员", rules)).toEqual({ ladder: 1, rung: 0 });
    expect(gradeRank("CMO", rules)).toEqual({ ladder: 1, rung: 4 });
  });

  it("gives nothing for a grade on no ladder", () => {
    expect(gradeRank("", rules)).toBeUndefined();
    expect(gradeRank("P10", rules)).toBeUndefined();
    expect(gradeRank("Intern", rules)).toBeUndefined();
    expect(gradeRanks("VP", rules)).toEqual([]);
  });
});

describe("compareGrades", () => {
  it("compares on a ladder holding both", () => {
    expect(compareGrades("P9", "M1", rules)).toBeLessThan(0);
    expect(compareGrades("M1", "P9", rules)).toBeGreaterThan(0);
    expect(compareGrades("经理", "Manager", rules)).toBe(0);
    expect(compareGrades("总监", "主管", rules)).toBe(2);
  });

  it("cannot compare grades on different ladders or off the ladders", () => {
    expect(compareGrades("P5", "Manager", rules)).toBeUndefined();
    expect(compareGrades("P5", "Intern", rules)).toBeUndefined();
    expect(compareGrades("", "P5", rules)).toBeUndefined();
  });

  it("finds a common ladder when a grade is on several", () => {
    const twoLadders: OrgRules = {
      ...rules,
      gradeLadders: [
        { name: "A", rungs: [["Junior"], ["Lead"]] },
        { name: "B", rungs: [["Lead"], ["Head"]] },
      ],
    };
    expect(gradeRanks("Lead", twoLadders)).toEqual([
      { ladder: 0, rung: 1 },
      { ladder: 1, rung: 0 },
    ]);
    expect(compareGrades("Lead", "Head", twoLadders)).toBe(-1);
    expect(compareGrades("Lead", "Junior", twoLadders)).toBe(1);
    expect(compareGrades("Junior", "Head", twoLadders)).toBeUndefined();
  });
});
