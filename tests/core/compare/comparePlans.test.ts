import { BRIDGE_STEP_KEYS, comparePlans } from "../../../src/core/compare/planComparison";
import { ticksToAmount } from "../../../src/core/cost/decimal";
import { HEADER, sideOf } from "./planSide";

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

  test("a renamed ID: same title, same manager (renamed too) and the same holder is the same position", () => {
    const baseline = sideOf([
      CEO,
      ["M1", "Ops Manager", "1", "Bo", "Ops", "Filled", 1, 96000, "Testville", null, null],
      ["A1", "Agent", "M1", "Cy", "Ops", "Filled", 1, 48000, "Testville", null, null],
      ["A2", "Agent", "M1", "", "Ops", "Vacant", 1, 48000, "Testville", null, null],
      ["X1", "Clerk", "1", "Dee", "Ops", "Filled", 0.5, 24000, "Testville", null, null],
      ["X2", "Clerk", "1", "Dee", "Ops", "Filled", 0.5, 24000, "Testville", null, null],
    ]);
    const plan = sideOf([
      CEO,
      ["MGR-1", "Ops Manager", "1", "Bo", "Ops", "Filled", 1, 96000, "Testville", null, null],
      ["AG-1", "Agent", "MGR-1", "Cy", "Ops", "Filled", 1, 48000, "Testville", null, null],
      ["AG-2", "Agent", "MGR-1", "", "Ops", "Vacant", 1, 48000, "Testville", null, null],
      ["Y1", "Clerk", "1", "Dee", "Ops", "Filled", 0.5, 24000, "Testville", null, null],
    ]);
    const comparison = comparePlans(baseline, plan);
    // M1 → MGR-1 (top down first), then A1 → AG-1: its manager MGR-1 is M1's match.
    expect(comparison.matching.renamed).toEqual([
      { baselineId: "M1", planId: "MGR-1", baselineRow: 3, planRow: 3 },
      { baselineId: "A1", planId: "AG-1", baselineRow: 4, planRow: 4 },
    ]);
    // A vacant post has no holder to go by; two clerks held by Dee are ambiguous: neither is matched.
    expect(comparison.added.map((p) => p.id)).toEqual(["AG-2", "Y1"]);
    expect(comparison.removed.map((p) => [p.id, p.ghostParent])).toEqual([
      ["A2", "MGR-1"],
      ["X1", "1"],
      ["X2", "1"],
    ]);
    expect(comparison.moved).toEqual([]);
    expect(comparison.changed).toEqual([]);
    expect(comparison.changeKinds.get("MGR-1")).toBe("unchanged");
    expect(comparison.changeKinds.get("AG-1")).toBe("unchanged");
    // M1's narrow span is MGR-1's: the same finding, neither new nor resolved.
    const named = [...comparison.findings.new, ...comparison.findings.resolved].flatMap((f) => f.ids);
    expect(baseline.analysis.findings.some((f) => f.code === "SPAN_TOO_NARROW" && f.ids[0] === "M1")).toBe(true);
    expect(named).not.toContain("M1");
    expect(named).not.toContain("MGR-1");
    // No cost changed: the bridge's only steps are the unmatched posts.
    const steps = Object.fromEntries(comparison.bridge.steps.map((step) => [step.key, ticksToAmount(step.total)]));
    // AG-2 (4,400 × 12 = 52,800) + Y1 (2,200 × 12 = 26,400); − A2 52,800 − X1 26,400 − X2 26,400
    expect(steps).toMatchObject({ newHires: 79200, removed: -105600, moves: 0, payChanges: 0, timing: 0, other: 0 });
  });

  test("pay and timing changed together are split month by month", () => {
    const baseline = sideOf([CEO, ["2", "Agent", "1", "Bo", "Ops", "Filled", 1, 48000, "Testville", null, null]]);
    const plan = sideOf([CEO, ["2", "Agent", "1", "Bo", "Ops", "Filled", 1, 60000, "Testville", null, "2025-09-30"]]);
    const steps = Object.fromEntries(
      comparePlans(baseline, plan).bridge.steps.map((step) => [step.key, ticksToAmount(step.total)]),
    );
    // Jan–Sep: 5,500 − 4,400 = 1,100 a month (pay) × 9 = 9,900; Oct–Dec: 0 − 4,400 (timing) × 3 = −13,200.
    expect(steps).toMatchObject({ payChanges: 9900, timing: -13200, other: 0 });
  });

  test("coverage: a capability that loses its last holder, and one that gains its first, are flagged", () => {
    const header = [...HEADER, "Capabilities"];
    const baseline = sideOf(
      [
        [...CEO, ""],
        ["2", "Payroll Clerk", "1", "Bo", "Finance", "Filled", 1, 48000, "Testville", null, null, "Payroll"],
        ["3", "Analyst", "1", "Cy", "Finance", "Filled", 1, 48000, "Testville", null, null, "Reporting"],
        ["4", "Analyst", "1", "Di", "Ops", "Filled", 1, 48000, "Testville", null, null, "Reporting"],
      ],
      { header },
    );
    const plan = sideOf(
      [
        [...CEO, ""],
        ["3", "Analyst", "1", "Cy", "Finance", "Filled", 1, 48000, "Testville", null, null, "Reporting; Forecasting"],
        ["4", "Analyst", "1", "Di", "Ops", "Filled", 1, 48000, "Testville", null, null, ""],
      ],
      { header },
    );
    const coverage = comparePlans(baseline, plan).coverage.map(
      ({ change, en, department, baselineHolders, planHolders }) => ({
        change,
        en,
        department,
        baselineHolders,
        planHolders,
      }),
    );
    // Payroll: Bo was its only holder. Reporting: still Cy's in Finance, but Ops loses Di's. Forecasting: new with Cy.
    expect(coverage).toEqual([
      { change: "lost", en: "Payroll", department: null, baselineHolders: 1, planHolders: 0 },
      { change: "lost", en: "Payroll", department: "Finance", baselineHolders: 1, planHolders: 0 },
      { change: "lost", en: "Reporting", department: "Ops", baselineHolders: 1, planHolders: 0 },
      { change: "gained", en: "Forecasting", department: null, baselineHolders: 0, planHolders: 1 },
      { change: "gained", en: "Forecasting", department: "Finance", baselineHolders: 0, planHolders: 1 },
    ]);
  });

  test("a finding about a capability is the same finding whoever holds it", () => {
    const header = [...HEADER, "Capabilities"];
    const rows = (holder: string) => [
      [...CEO, ""],
      [
        "2",
        "Clerk",
        "1",
        "Bo",
        "Finance",
        "Filled",
        1,
        48000,
        "Testville",
        null,
        null,
        holder === "2" ? "Payroll" : "",
      ],
      [
        "3",
        "Clerk",
        "1",
        "Cy",
        "Finance",
        "Filled",
        1,
        48000,
        "Testville",
        null,
        null,
        holder === "3" ? "Payroll" : "",
      ],
    ];
    const baseline = sideOf(rows("2"), { header });
    const plan = sideOf(rows("3"), { header });
    const single = (side: typeof baseline) =>
      side.analysis.findings.filter((f) => f.code === "CAPABILITY_SINGLE_HOLDER").map((f) => f.ids);
    expect(single(baseline)).toEqual([["2"]]);
    expect(single(plan)).toEqual([["3"]]);
    const comparison = comparePlans(baseline, plan);
    expect([...comparison.findings.new, ...comparison.findings.resolved].map((f) => f.code)).not.toContain(
      "CAPABILITY_SINGLE_HOLDER",
    );
    // The capabilities are a field of the change list.
    expect(comparison.changed.map(({ id, changes }) => ({ id, changes }))).toEqual([
      { id: "2", changes: [{ field: "capabilities", before: "Payroll", after: "" }] },
      { id: "3", changes: [{ field: "capabilities", before: "", after: "Payroll" }] },
    ]);
  });

  test("the bridge's step keys are in their stated order", () => {
    expect(BRIDGE_STEP_KEYS).toEqual(["newHires", "removed", "moves", "payChanges", "timing", "other"]);
  });
});
