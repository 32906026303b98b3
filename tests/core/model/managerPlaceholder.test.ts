import { findingMessage } from "../../../src/core/findings/localizeFinding";
import { buildOrgModel } from "../../../src/core/buildOrgModel";
import { isManagerPlaceholder } from "../../../src/core/model/managerPlaceholder";
import { VIRTUAL_TOP } from "../../../src/core/model/orgModel";
import { org } from "../makeGrid";

describe("placeholder managers (XX, N/A, -, none…)", () => {
  test("the words organograms and HR exports write for 'no manager here', and nothing else", () => {
    for (const word of ["XX", "xx", "N/A", "n/a", "NA", "-", "—", "none", "None", "NULL", "无", "空", "/"])
      expect(isManagerPlaceholder(word)).toBe(true);
    for (const word of ["", "0", "X", "XXX", "P1", "Nancy", "N/D", "none of them"])
      expect(isManagerPlaceholder(word)).toBe(false);
  });

  test("positions reporting to a placeholder are tops with one info finding per placeholder, not unknown managers", () => {
    const { findings, model } = buildOrgModel(
      org(
        ["S1", "Permanent Secretary", "XX"],
        ["S2", "Director General", "S1"],
        ["S3", "Chief Executive", "XX"],
        ["S4", "Adviser", "N/A"],
      ),
    );
    expect(findings.map((f) => f.code).sort()).toEqual([
      "MANAGER_PLACEHOLDER",
      "MANAGER_PLACEHOLDER",
      "MULTIPLE_ROOTS",
    ]);
    const xx = findings.find((f) => f.code === "MANAGER_PLACEHOLDER" && f.params.placeholder === "XX")!;
    expect(xx).toMatchObject({ severity: "info", rows: [2, 4], ids: ["S1", "S3"], field: "reportsTo" });
    expect(findingMessage(xx, "en")).toBe(
      "Reports To “XX” (2: S1, S3) is no position ID here but a placeholder for “reports to no one in this table”: read as top positions.",
    );
    expect(findings.find((f) => f.code === "MULTIPLE_ROOTS")).toMatchObject({ ids: ["S1", "S3", "S4"] });
    expect(model.roots).toEqual([0, 2, 3]);
    expect(model.parent[1]).toBe(0);
  });

  test("one top reporting to XX is simply the top: no MULTIPLE_ROOTS, no error", () => {
    const { findings } = buildOrgModel(org(["S1", "Head", "XX"], ["S2", "Deputy", "S1"]), { lang: "zh-CN" });
    expect(findings.map((f) => [f.code, f.severity])).toEqual([["MANAGER_PLACEHOLDER", "info"]]);
    expect(findingMessage(findings[0], "zh-CN")).toContain("“XX”");
  });

  test("a position whose ID is the placeholder text is a real manager", () => {
    const { findings, model } = buildOrgModel(org(["XX", "Head", ""], ["S2", "Deputy", "XX"], ["S3", "Deputy", "-"]));
    expect(model.parent[1]).toBe(0);
    expect(model.parent[2]).toBe(VIRTUAL_TOP);
    expect(findings.filter((f) => f.code === "MANAGER_PLACEHOLDER").map((f) => f.params.placeholder)).toEqual(["-"]);
  });

  test("0 is not a placeholder: an unknown manager as before", () => {
    const { findings } = buildOrgModel(org(["1", "Head", "0"]));
    expect(findings.map((f) => f.code)).toEqual(["UNKNOWN_MANAGER"]);
  });
});
