import { findingMessage } from "../../../src/core/findings/localizeFinding";
import { buildOrgModel } from "../../../src/core/buildOrgModel";
import { positionColumnsOf } from "../../../src/core/model/positionColumns";
import { HEADER, makeGrid } from "../makeGrid";

/** Rows of [id, title, reportsTo, name, fte, salary]. */
function sheet(...rows: [string, string, string, string, number | null, number | null][]) {
  return makeGrid(
    HEADER,
    rows.map((row) => [...row, null, null]),
  );
}

describe("shared posts: one post, several rows with the same ID, title and manager", () => {
  test("a job share is one post with every holder, FTE and pay added up, and an info finding", () => {
    const { model, findings, accounting } = buildOrgModel(
      sheet(
        ["D1", "Director", "", "Ann Lee", 1, 120000],
        ["P7", "Head of Policy", "D1", "Bo Chen", 0.5, 40000.1],
        ["P7", "Head of Policy", "D1", "Cy Diaz", 0.5, 40000.2],
        ["P8", "Analyst", "P7", "Di Ek", 1, 30000],
      ),
    );
    expect(model.positions.map((p) => p.id)).toEqual(["D1", "P7", "P8"]);
    const post = model.positions[1];
    expect(post).toMatchObject({ row: 3, name: "Bo Chen", holders: ["Bo Chen", "Cy Diaz"], fte: 1, status: "filled" });
    expect(post.baseSalary).toBe(80000.3);
    const columns = positionColumnsOf(model);
    expect([columns.fte[1], columns.baseSalary[1]]).toEqual([1, 80000.3]);
    expect(model.parent[2]).toBe(1);
    expect(findings.map((f) => [f.code, f.severity])).toEqual([["SHARED_POST", "info"]]);
    expect(findings[0]).toMatchObject({ rows: [3, 4], ids: ["P7"] });
    expect(findingMessage(findings[0], "en")).toBe(
      "Post “P7” is held on 2 rows (3, 4: Bo Chen, Cy Diaz) with the same title and manager: read as one post shared by its holders (a job share or a handover); their FTE and pay are added up.",
    );
    expect(accounting).toMatchObject({ rowsRead: 4, positions: 3, rowsOnlyInFindings: 1 });
    expect(JSON.parse(JSON.stringify(post))).toMatchObject({ holders: ["Bo Chen", "Cy Diaz"] });
  });

  test("holders adding up to more than the post's FTE (1 unless a row states more) give SHARED_POST_OVER_FTE", () => {
    const { model, findings } = buildOrgModel(
      sheet(
        ["P1", "Head", "", "Ann", 0.6, null],
        ["P1", "Head", "", "Bo", 0.6, null],
        ["P2", "Clerk", "P1", "Cy", 2, null],
        ["P2", "Clerk", "P1", "Di", 0, null],
      ),
    );
    expect(model.positions[0].fte).toBe(1.2);
    expect(model.positions[0].baseSalary).toBeNull();
    const over = findings.filter((f) => f.code === "SHARED_POST_OVER_FTE");
    expect(over).toHaveLength(1);
    expect(over[0]).toMatchObject({ severity: "warning", rows: [2, 3], ids: ["P1"], params: { fte: 1.2, postFte: 1 } });
    expect(findingMessage(over[0], "en")).toBe(
      "The holders of post “P1” add up to 1.2 FTE, more than the post's 1 (rows 2, 3): an overlapping handover, or a job share over the post?",
    );
    const zh = buildOrgModel(sheet(["P1", "Head", "", "Ann", 1, null], ["P1", "Head", "", "Bo", 1, null]), {
      lang: "zh-CN",
    });
    expect(zh.findings.map((f) => f.code)).toEqual(["SHARED_POST_OVER_FTE", "SHARED_POST"]);
    expect(findingMessage(zh.findings[0], "zh-CN")).toContain("编制合计 2");
  });

  test("a vacant half of a job share counts its FTE but is no holder; a vacant first row becomes filled", () => {
    const { model } = buildOrgModel(
      sheet(["P1", "Head", "", "Vacant", 0.5, null], ["P1", "Head", "", "Bo", 0.5, null]),
    );
    expect(model.positions[0]).toMatchObject({ status: "filled", holders: ["Bo"], fte: 1 });
    expect(positionColumnsOf(model).status[0]).toBe(0);
  });

  test("a joined holder's row pasted again is a duplicate, not a third holder", () => {
    const { model, findings } = buildOrgModel(
      sheet(
        ["P1", "Head", "", "Ann", 0.5, null],
        ["P1", "Head", "", "Bo", 0.5, null],
        ["P1", "Head", "", "Bo", 0.5, null],
      ),
    );
    expect(model.positions[0]).toMatchObject({ holders: ["Ann", "Bo"], fte: 1 });
    expect(findings.map((f) => [f.code, f.rows])).toEqual([
      ["DUPLICATE_ID", [2, 4]],
      ["SHARED_POST", [2, 3]],
    ]);
  });
});
