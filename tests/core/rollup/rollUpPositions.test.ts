import type { OrgModel } from "../../../src/core/model/orgModel";
import { preOrder } from "../../../src/core/rollup/preOrder";
import { rollUpPositions } from "../../../src/core/rollup/positionRollups";
import { chainOrg, sampleModel, unitOrg } from "./rollupOrgs";

/** The ancestors of a position, nearest first, by climbing the parent array. */
function ancestors(model: OrgModel, p: number): number[] {
  const found: number[] = [];
  for (let a = model.parent[p]; a >= 0; a = model.parent[a]) found.push(a);
  return found;
}

/** Sums every position into each of its ancestors: the slow, obvious rollup. */
function bruteForce(model: OrgModel) {
  const n = model.positions.length;
  const under = { positions: new Array<number>(n).fill(0), vacant: new Array<number>(n).fill(0) };
  const fte = model.positions.map((p) => (p.status === "closed" ? 0 : (p.fte ?? 0)));
  const cost = model.positions.map((p) => (p.status === "closed" ? 0 : (p.baseSalary ?? 0)));
  const fteUnder = [...fte];
  const costUnder = [...cost];
  model.positions.forEach((position, p) => {
    for (const a of ancestors(model, p)) {
      under.positions[a]++;
      if (position.status === "vacant") under.vacant[a]++;
      fteUnder[a] += fte[p];
      costUnder[a] += cost[p];
    }
  });
  return { ...under, fteUnder, costUnder };
}

describe("preOrder(model)", () => {
  test("lists every position once, each followed by its whole subtree", () => {
    const model = sampleModel();
    const order = [...preOrder(model)];
    expect([...order].sort((a, b) => a - b)).toEqual(model.positions.map((_, p) => p));
    const at = new Map(order.map((p, i) => [p, i]));
    const size = rollUpPositions(model).positionsUnder;
    model.positions.forEach((_, p) => {
      for (const a of ancestors(model, p)) {
        expect(at.get(a)!).toBeLessThan(at.get(p)!);
        expect(at.get(p)!).toBeLessThanOrEqual(at.get(a)! + size[a]);
      }
    });
    expect(model.positions[order[0]].id).toBe("OC-001");
    expect(model.positions[order[1]].id).toBe("OC-002");
    expect(model.positions[order[3]].id).toBe("OC-011");
  });
});

describe("rollUpPositions(model)", () => {
  test.each(["en", "zh-CN"] as const)("matches a brute-force sum on the sample (%s)", (lang) => {
    const model = sampleModel(lang);
    const rollups = rollUpPositions(model);
    const expected = bruteForce(model);
    expect([...rollups.positionsUnder]).toEqual(expected.positions);
    expect([...rollups.vacantUnder]).toEqual(expected.vacant);
    model.positions.forEach((_, p) => {
      expect(rollups.fteUnder[p]).toBeCloseTo(expected.fteUnder[p], 9);
      expect(rollups.costUnder[p]).toBeCloseTo(expected.costUnder[p], 3);
    });
    const top = model.roots[0];
    expect(rollups.positionsUnder[top]).toBe(34);
    expect(rollups.vacantUnder[top]).toBe(2);
    expect(rollups.fteUnder[top]).toBeCloseTo(33.8, 9);
    expect(rollups.currency).toBe("CNY");
    expect(rollups.hasSalaries).toBe(true);
    expect(rollups.totals).toEqual({
      positions: 35,
      vacant: 2,
      fte: rollups.fteUnder[top],
      cost: rollups.costUnder[top],
      otherCurrency: 0,
    });
    // Li Na's half-time position costs the half-time salary written on its row (not halved again).
    const half = model.indexById.get("OC-020")!;
    expect(rollups.cost[half]).toBe(96_000);
    expect(rollups.fte[half]).toBe(0.5);
  });

  test("adds up the top positions of a forest into the totals", () => {
    const model = unitOrg([
      { id: "A", fte: 1, salary: 100 },
      { id: "A1", reportsTo: "A", fte: 0.5, salary: 100, name: "" },
      { id: "B", fte: 2, salary: 10 },
    ]);
    const rollups = rollUpPositions(model);
    expect(rollups.totals).toEqual({ positions: 3, vacant: 1, fte: 3.5, cost: 210, otherCurrency: 0 });
    expect([...rollups.positionsUnder]).toEqual([1, 0, 0]);
    expect([...rollups.vacantUnder]).toEqual([1, 0, 0]);
    expect([...rollups.costUnder]).toEqual([200, 100, 10]);
  });

  test("rolls up a 100,000-layer chain without recursion", () => {
    const model = chainOrg(100_000);
    expect(model.layerCount).toBe(100_000);
    const rollups = rollUpPositions(model);
    expect(rollups.positionsUnder[0]).toBe(99_999);
    expect(rollups.positionsUnder[50_000]).toBe(49_999);
    expect(rollups.positionsUnder[99_999]).toBe(0);
    expect(rollups.fteUnder[0]).toBe(100_000);
    expect(rollups.costUnder[0]).toBe(100_000_000);
    expect(rollups.costUnder[99_998]).toBe(2000);
    expect(rollups.currency).toBe("");
  });

  test("costs in the main currency, counts blank currency as the main one and leaves others out", () => {
    const model = unitOrg([
      { id: "1", salary: 1000, currency: "CNY" },
      { id: "2", reportsTo: "1", salary: 500, currency: "cny" },
      { id: "3", reportsTo: "1", salary: 300 },
      { id: "4", reportsTo: "2", salary: 7000, currency: "USD" },
      { id: "5", reportsTo: "2", salary: 200, currency: "CNY", fte: 0.5 },
      { id: "6", reportsTo: "2", salary: 9000, currency: "USD", status: "Closed" },
    ]);
    const rollups = rollUpPositions(model);
    expect(rollups.currency).toBe("CNY");
    expect([...rollups.otherCurrency]).toEqual([0, 0, 0, 1, 0, 0]);
    expect([...rollups.cost]).toEqual([1000, 500, 300, 0, 200, 0]);
    expect(rollups.costUnder[0]).toBe(2000);
    expect(rollups.costUnder[1]).toBe(700);
    expect(rollups.otherCurrencyUnder[0]).toBe(1);
    expect(rollups.otherCurrencyUnder[1]).toBe(1);
    expect(rollups.totals.otherCurrency).toBe(1);
    // The closed position is still a position, but adds no FTE or cost.
    expect(rollups.positionsUnder[1]).toBe(3);
    expect(rollups.fteUnder[1]).toBe(2.5);
  });

  test("takes the currency most salaried positions use, the first met on a tie", () => {
    const usdMost = unitOrg([
      { id: "1", salary: 1, currency: "EUR" },
      { id: "2", salary: 1, currency: "USD" },
      { id: "3", salary: 1, currency: "USD" },
      { id: "4", currency: "EUR" },
      { id: "5", currency: "EUR" },
    ]);
    expect(rollUpPositions(usdMost).currency).toBe("USD");
    const tie = unitOrg([
      { id: "1", salary: 1, currency: "EUR" },
      { id: "2", salary: 1, currency: "USD" },
    ]);
    expect(rollUpPositions(tie).currency).toBe("EUR");
  });

  test("counts an unreadable FTE as 0 and reports no salaries when there are none", () => {
    const model = unitOrg([
      { id: "1" },
      { id: "2", reportsTo: "1", fte: "lots" },
      { id: "3", reportsTo: "1", fte: 0.5 },
    ]);
    expect(model.positions[1].fte).toBeNull();
    const rollups = rollUpPositions(model);
    expect(rollups.fteUnder[0]).toBe(1.5);
    expect(rollups.hasSalaries).toBe(false);
    expect(rollups.totals.cost).toBe(0);
  });

  test("handles an empty org", () => {
    const rollups = rollUpPositions(unitOrg([]));
    expect(rollups.totals).toEqual({ positions: 0, vacant: 0, fte: 0, cost: 0, otherCurrency: 0 });
    expect(rollups.hasSalaries).toBe(false);
  });
});
