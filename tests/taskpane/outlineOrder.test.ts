import { buildOrgModel, gridFromSheetSpec, operationsCenterSample, type OrgModel } from "../../src/core";
import { outlineOrder } from "../../src/taskpane/outlineOrder";
import { makeGrid, org } from "../core/makeGrid";

function idsInOutline(model: OrgModel): string[] {
  return Array.from(outlineOrder(model).order, (index) => model.positions[index].id);
}

describe("outlineOrder(model)", () => {
  test("lists the sample depth-first from the director, reports in sheet order", () => {
    const { model } = buildOrgModel(gridFromSheetSpec(operationsCenterSample("en")));
    const ids = idsInOutline(model);
    expect(ids.slice(0, 8)).toEqual(["OC-001", "OC-002", "OC-010", "OC-011", "OC-012", "OC-013", "OC-014", "OC-015"]);
    // The tech support lead comes after the whole operations subtree.
    expect(ids.indexOf("OC-030")).toBe(ids.indexOf("OC-023") + 1);
    expect(new Set(ids).size).toBe(model.positions.length);
  });

  test("gives each position its depth below the tops (the model's layer minus one)", () => {
    const { model } = buildOrgModel(gridFromSheetSpec(operationsCenterSample("zh-CN")));
    const { order, depth } = outlineOrder(model);
    for (let i = 0; i < order.length; i++) expect(depth[i]).toBe(model.layer[order[i]] - 1);
  });

  test("puts every manager before its reports, and each subtree in one run", () => {
    const grid = org(
      ["B1", "Lead", "A"],
      ["A", "Head", ""],
      ["C1", "Member", "B2"],
      ["B2", "Lead", "A"],
      ["C2", "Member", "B1"],
    );
    expect(idsInOutline(buildOrgModel(grid).model)).toEqual(["A", "B1", "C2", "B2", "C1"]);
  });

  test("lists several tops in sheet order, each followed by its own reports", () => {
    const grid = org(["T2", "Top two", ""], ["T1", "Top one", ""], ["R1", "Report", "T1"], ["R2", "Report", "T2"]);
    expect(idsInOutline(buildOrgModel(grid).model)).toEqual(["T2", "R2", "T1", "R1"]);
  });

  test("keeps the positions of a reporting cycle and of an unknown manager", () => {
    const grid = org(["A", "Head", ""], ["X", "Loop", "Y"], ["Y", "Loop", "X"], ["Z", "Lost", "NOPE"]);
    const { model, findings } = buildOrgModel(grid);
    expect(findings.map((finding) => finding.code)).toEqual(expect.arrayContaining(["CYCLE", "UNKNOWN_MANAGER"]));
    expect(idsInOutline(model).sort()).toEqual(["A", "X", "Y", "Z"]);
  });

  test("walks a chain 100,000 layers deep without recursion", () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => [`P${i}`, `Role ${i}`, i === 0 ? "" : `P${i - 1}`]);
    const { model } = buildOrgModel(makeGrid(["Position ID", "Title", "Reports To"], rows));
    const { order, depth } = outlineOrder(model);
    expect(order.length).toBe(100_000);
    expect(model.positions[order[99_999]].id).toBe("P99999");
    expect(depth[99_999]).toBe(99_999);
  });

  test("is empty for an empty org", () => {
    const { model } = buildOrgModel(makeGrid(["Position ID", "Reports To"], []));
    expect(outlineOrder(model).order).toHaveLength(0);
  });
});
