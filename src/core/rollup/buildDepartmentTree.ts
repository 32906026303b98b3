import { CARD_KIND, type ChartTree } from "../layout/chartTree";
import type { OrgModel } from "../model/orgModel";
import type { PositionRollups } from "./positionRollups";
import { normalizeUnitName } from "./unitName";
import { teamUnitKey, type UnitRollup } from "./unitRollup";

export interface DepartmentTreeOptions {
  /** Keys ({@link UnitRollup.key}) of the units whose children are hidden. */
  collapsed?: ReadonlySet<string>;
  /** Draw a card per team under each department that has teams (default true). */
  teams?: boolean;
}

export interface DepartmentTree {
  /** Card 0 is the org (virtual top, subject -1); department and team cards have the index of their unit as subject. */
  tree: ChartTree;
  /**
   * Every unit, shown or not, ordered by their head's sheet order (a department before a team with the same head).
   * Worked out once per rollups and shared by later calls: read-only.
   */
  units: UnitRollup[];
  /** The unit of each position: its team's when teams are drawn and it has one, else its department's. */
  unitOfPosition: Int32Array;
}

function newUnit(kind: UnitRollup["kind"], key: string, department: string, team: string, head: number): UnitRollup {
  return {
    kind,
    key,
    department,
    team,
    noDepartment: key === "",
    departmentUnit: -1,
    parentUnit: -1,
    head,
    positions: 0,
    filled: 0,
    vacant: 0,
    planned: 0,
    closed: 0,
    fte: 0,
    cost: 0,
    otherCurrency: 0,
  };
}

function addPosition(unit: UnitRollup, model: OrgModel, rollups: PositionRollups, p: number): void {
  // A headcount line counts its posts.
  const posts = rollups.posts[p];
  unit.positions += posts;
  switch (model.positions[p].status) {
    case "filled":
      unit.filled += posts;
      break;
    case "vacant":
      unit.vacant += posts;
      break;
    case "planned":
      unit.planned += posts;
      break;
    default:
      unit.closed += posts;
  }
  unit.fte += rollups.fte[p];
  unit.cost += rollups.cost[p];
  unit.otherCurrency += rollups.otherCurrency[p];
  if (model.layer[p] < model.layer[unit.head]) unit.head = p;
}

/**
 * Groups the positions into departments and teams, in one pass in sheet order. Cell texts repeat on every row:
 * each distinct text is normalized once, and later rows find their unit by the text as written.
 */
function groupUnits(model: OrgModel, rollups: PositionRollups, teams: boolean) {
  const count = model.positions.length;
  const units: UnitRollup[] = [];
  const departmentOf = new Int32Array(count);
  const unitOf = new Int32Array(count);
  const unitByKey = new Map<string, number>();
  const departmentByText = new Map<string, number>();
  /** Per department unit: team text as written → team unit. */
  const teamByText: Map<string, number>[] = [];
  const unitFor = (key: string, create: () => UnitRollup): number => {
    let u = unitByKey.get(key);
    if (u === undefined) {
      u = units.length;
      units.push(create());
      unitByKey.set(key, u);
    }
    return u;
  };
  for (let p = 0; p < count; p++) {
    const position = model.positions[p];
    const departmentText = position.department;
    let d = departmentByText.get(departmentText);
    if (d === undefined) {
      const key = normalizeUnitName(departmentText);
      d = unitFor(key, () => newUnit("department", key, key === "" ? "" : departmentText, "", p));
      departmentByText.set(departmentText, d);
    }
    addPosition(units[d], model, rollups, p);
    departmentOf[p] = d;
    unitOf[p] = d;
    if (!teams) continue;
    const teamText = position.team;
    if (teamText === "") continue;
    const teamsOfDepartment = (teamByText[d] ??= new Map());
    let t = teamsOfDepartment.get(teamText);
    if (t === undefined) {
      const teamKey = normalizeUnitName(teamText);
      const department = units[d];
      t =
        teamKey === ""
          ? -1
          : unitFor(teamUnitKey(department.key, teamKey), () =>
              newUnit("team", teamUnitKey(department.key, teamKey), department.department, teamText, p),
            );
      teamsOfDepartment.set(teamText, t);
    }
    if (t < 0) continue;
    addPosition(units[t], model, rollups, p);
    unitOf[p] = t;
  }
  return { units, departmentOf, unitOf };
}

/**
 * The departments view: one unit per department and, under it, one per team (when the department has teams), each
 * with its positions' headcount, filled, vacant, FTE and cost. A department hangs under the department of its
 * head's manager, or under the org (card 0, always drawn) when its head is a top position. A department whose
 * positions sit in several places of the org is still one unit. Positions with a blank department form one unit
 * flagged {@link UnitRollup.noDepartment}. Children are ordered by their head's sheet order.
 *
 * A unit's parent's head sits on a lower layer than its own head, so the units cannot form a cycle.
 */
export function buildDepartmentTree(
  model: OrgModel,
  rollups: PositionRollups,
  options: DepartmentTreeOptions = {},
): DepartmentTree {
  const teams = options.teams ?? true;
  let cached = unitsCache.get(rollups);
  if (cached === undefined) unitsCache.set(rollups, (cached = {}));
  const kind = teams ? "withTeams" : "withoutTeams";
  const { units, unitOfPosition } = (cached[kind] ??= orderedUnits(model, rollups, teams));
  return { tree: unitTree(units, options.collapsed), units, unitOfPosition };
}

interface OrderedUnits {
  units: UnitRollup[];
  unitOfPosition: Int32Array;
}

/**
 * The units of a model, worked out once per rollups (so per model): collapsing or expanding a unit only rebuilds
 * the tree. The units are shared between calls: treat them as read-only.
 */
const unitsCache = new WeakMap<PositionRollups, { withTeams?: OrderedUnits; withoutTeams?: OrderedUnits }>();

/** The units ordered by their head's sheet order (a department before a team it shares its head with), linked up. */
function orderedUnits(model: OrgModel, rollups: PositionRollups, teams: boolean): OrderedUnits {
  const grouped = groupUnits(model, rollups, teams);
  const order = grouped.units.map((_, u) => u);
  order.sort((a, b) => {
    const ua = grouped.units[a];
    const ub = grouped.units[b];
    return ua.head - ub.head || (ua.kind === ub.kind ? 0 : ua.kind === "department" ? -1 : 1);
  });
  const newIndex = new Int32Array(order.length);
  order.forEach((old, u) => (newIndex[old] = u));
  const units = order.map((old) => grouped.units[old]);
  const unitOfPosition = grouped.unitOf.map((old) => newIndex[old]);
  const departmentOf = grouped.departmentOf.map((old) => newIndex[old]);
  for (let u = 0; u < units.length; u++) {
    const unit = units[u];
    if (unit.kind === "team") {
      unit.departmentUnit = departmentOf[unit.head];
      unit.parentUnit = unit.departmentUnit;
    } else {
      unit.departmentUnit = u;
      const manager = model.parent[unit.head];
      unit.parentUnit = manager < 0 ? -1 : departmentOf[manager];
    }
  }
  return { units, unitOfPosition };
}

/** The chart tree over the units: card 0 the org, then the units in pre-order, collapsed units' children left out. */
function unitTree(units: readonly UnitRollup[], collapsed: ReadonlySet<string> | undefined): ChartTree {
  // Children of each unit (and of the org, at index units.length) in CSR form; units are already in head order.
  const top = units.length;
  const childCount = new Int32Array(top + 2);
  for (const unit of units) childCount[(unit.parentUnit < 0 ? top : unit.parentUnit) + 1]++;
  const unitChildStart = new Int32Array(top + 2);
  for (let u = 0; u <= top; u++) unitChildStart[u + 1] = unitChildStart[u] + childCount[u + 1];
  const fill = unitChildStart.slice(0, top + 1);
  const unitChildren = new Int32Array(units.length);
  units.forEach((unit, u) => (unitChildren[fill[unit.parentUnit < 0 ? top : unit.parentUnit]++] = u));
  const isCollapsed = (u: number): boolean => u < top && collapsed !== undefined && collapsed.has(units[u].key);

  // Cards in pre-order (explicit stack).
  const cardUnit: number[] = [];
  const stack: number[] = [top];
  while (stack.length > 0) {
    const u = stack.pop() as number;
    cardUnit.push(u);
    if (isCollapsed(u)) continue;
    for (let c = unitChildStart[u + 1] - 1; c >= unitChildStart[u]; c--) stack.push(unitChildren[c]);
  }
  const count = cardUnit.length;
  const cardOfUnit = new Int32Array(top + 1).fill(-1);
  cardUnit.forEach((u, card) => (cardOfUnit[u] = card));

  const kind = new Uint8Array(count);
  const subject = new Int32Array(count);
  const parent = new Int32Array(count);
  const childStart = new Int32Array(count + 1);
  const childIndex = new Int32Array(Math.max(0, count - 1));
  const depth = new Int32Array(count);
  const hiddenReports = new Int32Array(count);
  parent[0] = -1;
  let next = 0;
  for (let card = 0; card < count; card++) {
    const u = cardUnit[card];
    kind[card] = u === top ? CARD_KIND.virtualTop : units[u].kind === "team" ? CARD_KIND.team : CARD_KIND.department;
    subject[card] = u === top ? -1 : u;
    childStart[card] = next;
    const children = unitChildStart[u + 1] - unitChildStart[u];
    if (isCollapsed(u)) {
      hiddenReports[card] = children;
      continue;
    }
    for (let c = unitChildStart[u]; c < unitChildStart[u + 1]; c++) {
      const child = cardOfUnit[unitChildren[c]];
      childIndex[next++] = child;
      parent[child] = card;
      depth[child] = depth[card] + 1;
    }
  }
  childStart[count] = next;
  return {
    count,
    kind,
    subject,
    parent,
    childStart,
    childIndex,
    depth,
    hiddenReports,
    cardOfPosition: new Int32Array(0),
    assistant: new Uint8Array(count),
  };
}
