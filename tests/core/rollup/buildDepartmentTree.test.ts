import { CARD_KIND, type ChartTree } from "../../../src/core/layout/chartTree";
import type { OrgModel } from "../../../src/core/model/orgModel";
import { buildDepartmentTree, type DepartmentTree } from "../../../src/core/rollup/buildDepartmentTree";
import { rollUpPositions } from "../../../src/core/rollup/positionRollups";
import { sampleModel, unitOrg } from "./rollupOrgs";

/** The tree's invariants: card 0 the root, CSR children agree with parents, depths, cards in pre-order. */
function expectWellFormed(tree: ChartTree): void {
  expect(tree.parent[0]).toBe(-1);
  expect(tree.depth[0]).toBe(0);
  expect(tree.childStart).toHaveLength(tree.count + 1);
  expect(tree.childStart[tree.count]).toBe(tree.count - 1);
  const preOrder: number[] = [];
  const stack = [0];
  while (stack.length > 0) {
    const card = stack.pop()!;
    preOrder.push(card);
    const children = [...tree.childIndex.subarray(tree.childStart[card], tree.childStart[card + 1])];
    for (const child of children) {
      expect(tree.parent[child]).toBe(card);
      expect(tree.depth[child]).toBe(tree.depth[card] + 1);
    }
    stack.push(...children.reverse());
  }
  expect(preOrder).toEqual([...Array(tree.count).keys()]);
  for (const array of [tree.kind, tree.subject, tree.parent, tree.depth, tree.hiddenReports])
    expect(array).toHaveLength(tree.count);
}

/** Card → "Department" or "Department/Team" names, and the names of a card's children. */
function names(result: DepartmentTree) {
  const { tree, units } = result;
  const nameOf = (card: number): string => {
    if (tree.kind[card] === CARD_KIND.virtualTop) return "(org)";
    const unit = units[tree.subject[card]];
    return unit.kind === "team" ? `${unit.department}/${unit.team}` : unit.department || "(none)";
  };
  const childrenOf = (card: number): string[] =>
    [...tree.childIndex.subarray(tree.childStart[card], tree.childStart[card + 1])].map(nameOf);
  const cardOf = (name: string): number => [...Array(tree.count).keys()].find((c) => nameOf(c) === name)!;
  return { nameOf, childrenOf, cardOf };
}

function departmentsOf(model: OrgModel, options = {}) {
  return buildDepartmentTree(model, rollUpPositions(model), options);
}

describe("buildDepartmentTree(model, rollups, options)", () => {
  test("hangs the sample's departments under Management, and Operations' teams under Operations", () => {
    const result = departmentsOf(sampleModel("en"));
    const { tree, units } = result;
    expectWellFormed(tree);
    const { childrenOf, cardOf } = names(result);
    expect(tree.kind[0]).toBe(CARD_KIND.virtualTop);
    expect(tree.subject[0]).toBe(-1);
    expect(tree.cardOfPosition).toHaveLength(0);
    expect(childrenOf(0)).toEqual(["Management"]);
    expect(childrenOf(cardOf("Management"))).toEqual([
      "Operations",
      "Tech Support",
      "Data Analysis",
      "Marketing",
      "Customer Service",
      "Design",
      "Business Development",
      "Project Management",
    ]);
    expect(childrenOf(cardOf("Operations"))).toEqual([
      "Operations/Product Ops",
      "Operations/User Ops",
      "Operations/Content Ops",
      "Operations/Campaign Ops",
    ]);
    expect(tree.count).toBe(1 + 9 + 4);
    expect(units.map((unit) => unit.kind === "department").filter(Boolean)).toHaveLength(9);
    expect(units.every((unit) => !unit.noDepartment)).toBe(true);
  });

  test("counts every position once across the departments, and a department's teams within it", () => {
    const model = sampleModel("en");
    const rollups = rollUpPositions(model);
    const { units, unitOfPosition } = buildDepartmentTree(model, rollups);
    const departments = units.filter((unit) => unit.kind === "department");
    const sum = (key: "positions" | "filled" | "vacant" | "fte" | "cost") =>
      departments.reduce((total, unit) => total + unit[key], 0);
    expect(sum("positions")).toBe(35);
    expect(sum("filled") + sum("vacant")).toBe(35);
    expect(sum("vacant")).toBe(2);
    expect(sum("fte")).toBeCloseTo(rollups.totals.fte, 9);
    expect(sum("cost")).toBeCloseTo(rollups.totals.cost, 3);

    const operations = units.find((unit) => unit.department === "Operations" && unit.kind === "department")!;
    expect(operations).toMatchObject({ positions: 14, filled: 13, vacant: 1, planned: 0, closed: 0 });
    expect(model.positions[operations.head].id).toBe("OC-010");
    const teams = units.filter((unit) => unit.kind === "team");
    expect(teams.reduce((total, unit) => total + unit.positions, 0)).toBe(13);
    const productOps = teams.find((unit) => unit.team === "Product Ops")!;
    expect(productOps).toMatchObject({ positions: 3, vacant: 1, fte: 3, department: "Operations" });
    expect(model.positions[productOps.head].id).toBe("OC-011");
    expect(units[productOps.departmentUnit]).toBe(operations);
    expect(units[productOps.parentUnit]).toBe(operations);
    expect(units[unitOfPosition[model.indexById.get("OC-012")!]]).toBe(productOps);
    expect(units[unitOfPosition[model.indexById.get("OC-010")!]]).toBe(operations);
    const contentOps = teams.find((unit) => unit.team === "Content Ops")!;
    expect(contentOps.fte).toBeCloseTo(3.5, 9);
  });

  test("gives the Chinese sample the same shape", () => {
    const result = departmentsOf(sampleModel("zh-CN"));
    const { childrenOf, cardOf } = names(result);
    expect(childrenOf(0)).toEqual(["管理层"]);
    expect(childrenOf(cardOf("管理层"))).toHaveLength(8);
    expect(childrenOf(cardOf("运营部门"))).toEqual([
      "运营部门/产品运营团队",
      "运营部门/用户运营团队",
      "运营部门/内容运营团队",
      "运营部门/活动运营团队",
    ]);
  });

  test("orders units by their head's sheet order, a department before a team it shares a head with", () => {
    const { units } = departmentsOf(sampleModel("en"));
    const heads = units.map((unit) => unit.head);
    expect(heads).toEqual([...heads].sort((a, b) => a - b));
    const shared = departmentsOf(
      unitOrg([
        { id: "1", department: "Ops", team: "Core" },
        { id: "2", reportsTo: "1", department: "Ops", team: "Core" },
      ]),
    );
    expect(shared.units.map((unit) => unit.kind)).toEqual(["department", "team"]);
  });

  test("draws a department split across the org once, under the department of its head's manager", () => {
    const model = unitOrg([
      { id: "CEO", department: "Board" },
      { id: "S1", reportsTo: "CEO", department: "Sales" },
      { id: "F1", reportsTo: "CEO", department: "Finance" },
      // Finance's analysts sit under Sales too; Finance still hangs under Board, where its head's manager is.
      { id: "F2", reportsTo: "S1", department: "finance" },
      { id: "F3", reportsTo: "F2", department: "ＦＩＮＡＮＣＥ" },
      { id: "L1", reportsTo: "S1", department: "Legal" },
      { id: "X1", reportsTo: "L1" },
      { id: "X2", reportsTo: "CEO", department: "  " },
      // A second top position: its department hangs under the org too.
      { id: "T1", department: "Ventures" },
    ]);
    const result = departmentsOf(model);
    expectWellFormed(result.tree);
    const { childrenOf, cardOf } = names(result);
    expect(childrenOf(0)).toEqual(["Board", "Ventures"]);
    expect(childrenOf(cardOf("Board"))).toEqual(["Sales", "Finance", "(none)"]);
    expect(childrenOf(cardOf("Sales"))).toEqual(["Legal"]);
    const finance = result.units.find((unit) => unit.department === "Finance")!;
    expect(finance.positions).toBe(3);
    expect(model.positions[finance.head].id).toBe("F1");
    const none = result.units.find((unit) => unit.noDepartment)!;
    expect(none).toMatchObject({ department: "", positions: 2, key: "" });
    // Its head is X2 (layer 2, before X1 on layer 4), whose manager is in Board.
    expect(model.positions[none.head].id).toBe("X2");
  });

  test("leaves collapsed units' children out and counts them as hidden", () => {
    const model = sampleModel("en");
    const open = departmentsOf(model);
    const operations = open.units.find((unit) => unit.department === "Operations" && unit.kind === "department")!;
    const management = open.units.find((unit) => unit.department === "Management")!;
    const collapsedOps = departmentsOf(model, { collapsed: new Set([operations.key]) });
    expectWellFormed(collapsedOps.tree);
    expect(collapsedOps.tree.count).toBe(10);
    const opsCard = names(collapsedOps).cardOf("Operations");
    expect(collapsedOps.tree.hiddenReports[opsCard]).toBe(4);
    expect(collapsedOps.tree.childStart[opsCard + 1] - collapsedOps.tree.childStart[opsCard]).toBe(0);
    const collapsedTop = departmentsOf(model, { collapsed: new Set([management.key]) });
    expect(collapsedTop.tree.count).toBe(2);
    expect(collapsedTop.tree.hiddenReports[1]).toBe(8);
    expect(collapsedTop.units).toHaveLength(open.units.length);
  });

  test("draws no team cards when asked not to", () => {
    const { tree, units, unitOfPosition } = departmentsOf(sampleModel("en"), { teams: false });
    expect(tree.count).toBe(10);
    expect(units.every((unit) => unit.kind === "department")).toBe(true);
    expect(new Set(unitOfPosition).size).toBe(9);
  });

  test("keeps unit keys stable when rows are added", () => {
    const before = departmentsOf(sampleModel("en")).units.map((unit) => unit.key);
    const after = departmentsOf(
      unitOrg([
        { id: "0", department: "New Dept" },
        { id: "1", reportsTo: "0", department: "Operations", team: "Product Ops" },
      ]),
    ).units.map((unit) => unit.key);
    expect(before).toContain(after[1]);
    expect(before).toContain(after[2]);
  });

  test("draws only the org for an empty model", () => {
    const { tree, units } = departmentsOf(unitOrg([]));
    expect(tree.count).toBe(1);
    expect(units).toEqual([]);
    expectWellFormed(tree);
  });
});
