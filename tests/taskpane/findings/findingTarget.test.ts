import { buildOrgModel, type Finding } from "../../../src/core";
import { findingTarget } from "../../../src/taskpane/findings/findingTarget";
import { org } from "../../core/makeGrid";

function finding(partial: Partial<Finding>): Finding {
  return { code: "SPAN_TOO_NARROW", severity: "warning", rows: [], ids: [], params: {}, ...partial };
}

describe("findingTarget(finding, model, positionsSheet)", () => {
  const { model } = buildOrgModel(org(["A", "Head", ""], ["B", "Lead", "A"], ["C", "Member", "B"]));

  test("the position the finding is about, and that position's row", () => {
    // A one-over-one lists the chain from the top (A, B, C) but is about the middle position, B.
    const target = findingTarget(
      finding({ code: "SINGLE_REPORT_CHAIN", ids: ["A", "B", "C"], rows: [2, 3, 4], params: { id: "B" } }),
      model,
      "Staff",
    );
    expect(target).toEqual({ sheet: "Staff", row: model.positions[1].row, position: 1 });
    // Without a subject, the first position it names.
    expect(findingTarget(finding({ ids: ["C", "A"], rows: [2, 4] }), model, "Staff").position).toBe(2);
  });

  test("a subject that is not a position (a capability's name) is passed over", () => {
    const target = findingTarget(
      finding({ code: "CAPABILITY_FRAGMENTED", ids: ["B"], params: { id: "拉新" } }),
      model,
      "Staff",
    );
    expect(target.position).toBe(1);
  });

  test("an ID the model does not have is skipped for the next one", () => {
    expect(findingTarget(finding({ ids: ["Z", "C"], rows: [9] }), model, "Staff").position).toBe(2);
  });

  test("a finding with no position goes to its first row; one with no rows has no row", () => {
    expect(findingTarget(finding({ code: "INVALID_NUMBER", rows: [7, 8] }), model, "Staff")).toEqual({
      sheet: "Staff",
      row: 7,
      position: undefined,
    });
    expect(findingTarget(finding({ code: "MISSING_COLUMN" }), model, "Staff").row).toBeUndefined();
  });

  test("a finding about the Departments sheet goes to its row there", () => {
    expect(
      findingTarget(finding({ code: "SUPPORT_MISSING", sheet: "Departments", rows: [3], ids: ["A"] }), model, "Staff"),
    ).toEqual({
      sheet: "Departments",
      row: 3,
      position: 0,
    });
  });
});
