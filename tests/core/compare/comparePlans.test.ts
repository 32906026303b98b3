import { BRIDGE_STEP_KEYS, comparePlans } from "../../../src/core/compare/planComparison";
import { sideOf } from "./planSide";

const CEO = ["1", "CEO", "", "Ann", "Exec", "Filled", 1, 120000, "Testville", null, null];

describe("comparePlans: matching and the change list", () => {
  test("a position ID on both sides is the same position; the others are added or removed", () => {
    const baseline = sideOf([CEO, ["2", "Agent", "1", "Bo", "Ops", "Filled", 1, 48000, "Testville", null, null]]);
    const plan = sideOf([CEO, ["3", "Agent", "1", "Cy", "Ops", "Filled", 1, 48000, "Testville", null, null]]);
    const comparison = comparePlans(baseline, plan);
    expect(comparison.matching.matched).toBe(1);
    expect(comparison.matching.renamed).toEqual([]);
    expect(comparison.added).toEqual([{ id: "3", row: 3, title: "Agent", department: "Ops" }]);
    expect(comparison.removed).toEqual([
      { id: "2", row: 3, title: "Agent", department: "Ops", status: "filled", manager: "1", ghostParent: "1" },
    ]);
    expect(comparison.changeKinds.get("1")).toBe("unchanged");
    expect(comparison.changeKinds.get("3")).toBe("added");
    expect(comparison.changeKinds.get("2")).toBeUndefined();
    expect(comparison.empty).toBe(false);
  });

  test("moved (a new manager) and changed (fields with their old and new values) are listed apart", () => {
    const baseline = sideOf([
      CEO,
      ["2", "Ops Lead", "1", "Bo", "Ops", "Filled", 1, 96000, "Testville", null, null],
      ["3", "Agent", "2", "Cy", "Ops", "Filled", 1, 48000, "Testville", null, null],
    ]);
    const plan = sideOf([
      CEO,
      ["2", "Ops Manager", "1", "Bo", "Ops", "Filled", 1, 96000, "Testville", null, null],
      ["3", "Agent", "1", "Cy", "Ops", "Filled", 0.5, 48000, "Testville", null, null],
    ]);
    const comparison = comparePlans(baseline, plan);
    expect(comparison.moved.map(({ id, fromManager, toManager }) => ({ id, fromManager, toManager }))).toEqual([
      { id: "3", fromManager: "2", toManager: "1" },
    ]);
    expect(comparison.changed.map(({ id, changes }) => ({ id, changes }))).toEqual([
      { id: "2", changes: [{ field: "title", before: "Ops Lead", after: "Ops Manager" }] },
      { id: "3", changes: [{ field: "fte", before: 1, after: 0.5 }] },
    ]);
    // Moved wins over changed in the chart's colouring.
    expect(comparison.changeKinds.get("3")).toBe("moved");
    expect(comparison.changeKinds.get("2")).toBe("changed");
    expect(comparison.changeKinds.get("1")).toBe("unchanged");
  });

  test("the bridge's step keys are in their stated order", () => {
    expect(BRIDGE_STEP_KEYS).toEqual(["newHires", "removed", "moves", "payChanges", "timing", "other"]);
  });
});
