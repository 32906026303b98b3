import fc from "fast-check";
import type { CellValue } from "../../../src/core/cells/cell";
import { MONTHS } from "../../../src/core/cost/costHeadcount";
import { comparePlans, type PlanComparison, type PlanSide } from "../../../src/core/compare/planComparison";
import { HEADER, sideOf } from "./planSide";

/** A position of a generated table, before it is written as a row of {@link HEADER}. */
interface Row {
  id: string;
  title: string;
  manager: string;
  name: string;
  department: string;
  status: string;
  fte: number;
  salary: number | null;
  location: string;
  start: string | null;
  end: string | null;
}

const TITLES = ["Agent", "Lead", "Analyst", "Manager"];
const NAMES = ["", "Ann", "Bo", "Cy", "Di", "李明", "Ed"];
const DEPARTMENTS = ["Ops", "Sales", "运营部", ""];
const STATUSES = ["Filled", "Vacant", "Planned", "Closed"];
const DATES = [null, "2025-03-15", "2025-07-01", "2024-12-31", "2025-12-31"];
const LOCATIONS = ["Testville", "Testville", "Nowhere"];

const FIELD_ARBS = {
  title: fc.constantFrom(...TITLES),
  name: fc.constantFrom(...NAMES),
  department: fc.constantFrom(...DEPARTMENTS),
  status: fc.constantFrom(...STATUSES),
  fte: fc.constantFrom(1, 0.5, 0.8),
  salary: fc.option(
    fc.integer({ min: 300, max: 1500 }).map((hundreds) => hundreds * 100 + 0.5 * (hundreds % 2)),
    {
      nil: null,
    },
  ),
  location: fc.constantFrom(...LOCATIONS),
  start: fc.constantFrom(...DATES),
  end: fc.constantFrom(...DATES),
};
const fieldsArb = fc.record(FIELD_ARBS);

const orgArb = fc.array(fc.tuple(fc.nat(), fieldsArb), { minLength: 1, maxLength: 30 }).map((items) =>
  items.map(([managerPick, fields], i): Row => ({
    id: `P${i}`,
    manager: i === 0 ? "" : `P${managerPick % i}`,
    ...fields,
  })),
);

type Fields = Omit<Row, "id" | "manager">;

type Edit =
  | { kind: "remove"; pick: number }
  | { kind: "add"; pick: number; fields: Fields }
  | { kind: "move"; pick: number; to: number }
  | { kind: "set"; pick: number; fields: Partial<Fields> }
  | { kind: "rename"; pick: number };

const editArb: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("remove" as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant("add" as const), pick: fc.nat(), fields: fieldsArb }),
  fc.record({ kind: fc.constant("move" as const), pick: fc.nat(), to: fc.nat() }),
  fc.record({ kind: fc.constant("set" as const), pick: fc.nat(), fields: fc.record(FIELD_ARBS, { requiredKeys: [] }) }),
  fc.record({ kind: fc.constant("rename" as const), pick: fc.nat() }),
);

/** The plan: the baseline's rows edited (a removed position's reports go up to its manager), then shuffled. */
function applyEdits(rows: readonly Row[], edits: readonly Edit[], order: number): Row[] {
  let plan = rows.map((row) => ({ ...row }));
  let next = 0;
  const under = (id: string, ancestor: string): boolean => {
    for (let at: string | undefined = id, steps = 0; at && steps <= plan.length; steps++) {
      if (at === ancestor) return true;
      at = plan.find((row) => row.id === at)?.manager;
    }
    return false;
  };
  for (const edit of edits) {
    if (plan.length === 0) break;
    const row = plan[edit.pick % plan.length];
    if (edit.kind === "remove") {
      plan = plan.filter((other) => other !== row);
      for (const other of plan) if (other.manager === row.id) other.manager = row.manager;
    } else if (edit.kind === "add") plan.push({ id: `N${next++}`, manager: row.id, ...edit.fields });
    else if (edit.kind === "move") {
      const target = plan[edit.to % plan.length];
      if (!under(target.id, row.id)) row.manager = target.id;
    } else if (edit.kind === "set") Object.assign(row, edit.fields);
    else {
      const id = `R${next++}`;
      for (const other of plan) if (other.manager === row.id) other.manager = id;
      row.id = id;
    }
  }
  // Rows move in the plan's table: the comparison must go by ID, never by row.
  const rotated =
    plan.length === 0 ? plan : [...plan.slice(order % plan.length), ...plan.slice(0, order % plan.length)];
  return rotated;
}

const cells = (rows: readonly Row[]): CellValue[][] =>
  rows.map((r) => [
    r.id,
    r.title,
    r.manager,
    r.name,
    r.department,
    r.status,
    r.fte,
    r.salary,
    r.location,
    r.start,
    r.end,
  ]);

const side = (rows: readonly Row[]): PlanSide => sideOf(cells(rows), { header: HEADER });

const ids = (refs: readonly { id: string }[]) => refs.map((ref) => ref.id).sort();
const findingKeys = (comparison: PlanComparison, which: "new" | "resolved") =>
  comparison.findings[which].map((f) => `${f.code} ${f.ids.join(",")}`).sort();

/** The bridge adds up: baseline + Σ steps = plan, in total, each month and each department. */
function expectBridgeSums(comparison: PlanComparison, baseline: PlanSide, plan: PlanSide): void {
  const { bridge, delta } = comparison;
  expect(bridge.baseline).toBe(baseline.cost!.total);
  expect(bridge.plan).toBe(plan.cost!.total);
  expect(bridge.baseline + bridge.steps.reduce((sum, step) => sum + step.total, 0)).toBe(bridge.plan);
  for (let m = 0; m < MONTHS; m++) {
    const steps = bridge.steps.reduce((sum, step) => sum + step.months[m], 0);
    expect(baseline.cost!.monthTotals[m] + steps).toBe(plan.cost!.monthTotals[m]);
    expect(delta.byMonth[m].delta.cost).toBe(steps);
  }
  delta.byDepartment.forEach((department, g) => {
    const steps = bridge.steps.reduce((sum, step) => sum + step.byDepartment[g], 0);
    expect(department.baseline.cost + steps).toBe(department.plan.cost);
  });
  expect(bridge.steps.find((step) => step.key === "moves")!.total).toBe(0);
  expect(delta.total.delta.cost).toBe(bridge.plan - bridge.baseline);
}

const RUNS = { numRuns: 60, seed: 12 };

describe("comparePlans: properties on random tables and random edits", () => {
  test("compare(A, A) is empty", () => {
    fc.assert(
      fc.property(orgArb, (rows) => {
        const comparison = comparePlans(side(rows), side(rows));
        expect(comparison.empty).toBe(true);
        expect(comparison.added).toEqual([]);
        expect(comparison.removed).toEqual([]);
        expect(comparison.moved).toEqual([]);
        expect(comparison.changed).toEqual([]);
        expect(comparison.matching.matched).toBe(rows.length);
        expect(comparison.findings).toEqual({ new: [], resolved: [] });
        expect(comparison.coverage).toEqual([]);
        expect(comparison.structure.spans.changed).toEqual([]);
        expect([...comparison.changeKinds.values()].every((kind) => kind === "unchanged")).toBe(true);
        expect(comparison.bridge.steps.every((step) => step.total === 0 && step.months.every((v) => v === 0))).toBe(
          true,
        );
        expect(comparison.delta.total.delta).toEqual({ headcount: 0, fte: 0, cost: 0 });
        expect(comparison.delta.byMonth.every((m) => m.delta.cost === 0 && m.delta.headcount === 0)).toBe(true);
      }),
      RUNS,
    );
  });

  test("nothing is lost, and the bridge sums from the baseline's cost to the plan's", () => {
    fc.assert(
      fc.property(orgArb, fc.array(editArb, { maxLength: 12 }), fc.nat(), (rows, edits, order) => {
        const planRows = applyEdits(rows, edits, order);
        const baseline = side(rows);
        const plan = side(planRows);
        const comparison = comparePlans(baseline, plan);
        const { matching } = comparison;
        const baselineCount = baseline.analysis.model.positions.length;
        const planCount = plan.analysis.model.positions.length;
        expect(matching.matched + comparison.added.length).toBe(planCount);
        expect(matching.matched + comparison.removed.length).toBe(baselineCount);
        matching.planOfBaseline.forEach((p, b) => {
          if (p >= 0) expect(matching.baselineOfPlan[p]).toBe(b);
        });
        expect(comparison.changeKinds.size).toBe(planCount);
        for (const position of plan.analysis.model.positions)
          expect(comparison.changeKinds.get(position.id)).toBeDefined();
        const addedIds = new Set(comparison.added.map((p) => p.id));
        for (const [id, kind] of comparison.changeKinds) expect(kind === "added").toBe(addedIds.has(id));
        // Every removed ghost hangs under a card the plan has.
        for (const ghost of comparison.removed)
          expect(ghost.ghostParent === "" || plan.analysis.model.indexById.has(ghost.ghostParent)).toBe(true);
        expectBridgeSums(comparison, baseline, plan);
      }),
      RUNS,
    );
  });

  test("the grids only make it faster: with and without them the comparison is the same", () => {
    const plain = (comparison: PlanComparison) =>
      JSON.parse(
        JSON.stringify(comparison, (_key, value: unknown) =>
          ArrayBuffer.isView(value) ? Array.from(value as Float64Array) : value,
        ),
      ) as unknown;
    fc.assert(
      fc.property(orgArb, fc.array(editArb, { maxLength: 12 }), fc.nat(), (rows, edits, order) => {
        const baseline = side(rows);
        const plan = side(applyEdits(rows, edits, order));
        expect(baseline.grid).toBeDefined();
        const withGrids = comparePlans(baseline, plan);
        const without = comparePlans({ ...baseline, grid: undefined }, { ...plan, grid: undefined });
        expect(plain(withGrids)).toEqual(plain(without));
      }),
      RUNS,
    );
  });

  test("compare(A, B) and compare(B, A) mirror each other", () => {
    fc.assert(
      fc.property(orgArb, fc.array(editArb, { maxLength: 12 }), fc.nat(), (rows, edits, order) => {
        const a = side(rows);
        const b = side(applyEdits(rows, edits, order));
        const forward = comparePlans(a, b);
        const backward = comparePlans(b, a);
        expect(ids(forward.added)).toEqual(ids(backward.removed));
        expect(ids(forward.removed)).toEqual(ids(backward.added));
        expect(forward.matching.matched).toBe(backward.matching.matched);
        expect(forward.matching.renamed.map((r) => `${r.baselineId}>${r.planId}`).sort()).toEqual(
          backward.matching.renamed.map((r) => `${r.planId}>${r.baselineId}`).sort(),
        );
        expect(forward.moved.map((m) => `${m.baselineId}>${m.id}`).sort()).toEqual(
          backward.moved.map((m) => `${m.id}>${m.baselineId}`).sort(),
        );
        const swapped = (comparison: PlanComparison, flip: boolean) =>
          comparison.changed
            .flatMap((c) =>
              c.changes.map((change) =>
                JSON.stringify(
                  flip
                    ? [c.id, change.field, change.after, change.before]
                    : [c.baselineId, change.field, change.before, change.after],
                ),
              ),
            )
            .sort();
        expect(swapped(forward, false)).toEqual(swapped(backward, true));
        expect(forward.delta.total.delta).toEqual({
          headcount: -backward.delta.total.delta.headcount || 0,
          fte: -backward.delta.total.delta.fte || 0,
          cost: -backward.delta.total.delta.cost || 0,
        });
        forward.delta.byMonth.forEach((m, i) => {
          expect(m.delta.cost).toBe(-backward.delta.byMonth[i].delta.cost || 0);
          expect(m.delta.headcount).toBe(-backward.delta.byMonth[i].delta.headcount || 0);
        });
        const byName = new Map(backward.delta.byDepartment.map((d) => [d.department, d.delta.cost]));
        for (const department of forward.delta.byDepartment)
          expect(department.delta.cost).toBe(-(byName.get(department.department) ?? NaN) || 0);
        const stepTotals = (comparison: PlanComparison) =>
          Object.fromEntries(comparison.bridge.steps.map((step) => [step.key, step.total]));
        const there = stepTotals(forward);
        const back = stepTotals(backward);
        expect(there.newHires).toBe(-back.removed || 0);
        expect(there.removed).toBe(-back.newHires || 0);
        for (const key of ["payChanges", "timing", "other"]) expect(there[key]).toBe(-back[key] || 0);
        expect(findingKeys(forward, "new").length).toBe(findingKeys(backward, "resolved").length);
        expect(findingKeys(forward, "resolved").length).toBe(findingKeys(backward, "new").length);
        expect(forward.coverage.map((c) => `${c.change}|${c.capability}|${c.department}`).sort()).toEqual(
          backward.coverage
            .map((c) => `${c.change === "lost" ? "gained" : "lost"}|${c.capability}|${c.department}`)
            .sort(),
        );
      }),
      RUNS,
    );
  });
});
