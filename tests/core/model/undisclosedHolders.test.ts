import { buildOrgModel } from "../../../src/core/buildOrgModel";
import { isClosedName, isUndisclosedName, isVacantName } from "../../../src/core/model/positionStatus";
import { org } from "../makeGrid";

describe("undisclosed holders (N/D, Not disclosed, 未公开)", () => {
  test("are neither names nor vacancies", () => {
    for (const name of [
      "N/D",
      "n/d",
      "ND",
      "Not disclosed",
      "NOT DISCLOSED",
      "Undisclosed",
      "Redacted",
      "Withheld",
      "未公开",
      "不公开",
    ]) {
      expect(isUndisclosedName(name)).toBe(true);
      expect(isVacantName(name)).toBe(false);
    }
    for (const name of ["Nancy", "Ned", "Rui", "Walter", "Vacant", "", "张伟", "N/A"])
      expect(isUndisclosedName(name)).toBe(false);
  });

  test("the post is filled, the holder blank and marked undisclosed", () => {
    const { model } = buildOrgModel(
      org(
        ["1", "Director", "", "N/D"],
        ["2", "Deputy", "1", "未公开"],
        ["3", "Clerk", "1", "Vacant"],
        ["4", "Clerk", "1", "Ann"],
      ),
    );
    expect(model.positions.map((p) => [p.status, p.name, p.undisclosed])).toEqual([
      ["filled", "", true],
      ["filled", "", true],
      ["vacant", "", false],
      ["filled", "Ann", false],
    ]);
  });

  test("Eliminated (UK organograms' removed posts) is a closed post, not a person", () => {
    for (const name of ["Eliminated", "ELIMINATED", "Post eliminated", "已撤销"]) expect(isClosedName(name)).toBe(true);
    for (const name of ["Eli", "Elena Minated", "Abigail", "Vacant", "N/D"]) expect(isClosedName(name)).toBe(false);
    const { model } = buildOrgModel(
      org(["1", "Director", "", "Ann"], ["2", "Deputy", "1", "Eliminated"], ["3", "Clerk", "1", "Eliminated"]),
    );
    expect(model.positions.map((p) => p.status)).toEqual(["filled", "closed", "closed"]);
  });
});
