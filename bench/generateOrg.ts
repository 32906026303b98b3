import { DEFAULT_CAPABILITIES } from "../src/core/capabilities/defaultCatalogue";
import type { CellValue } from "../src/core/cells/cell";
import { FIELDS, type FieldKey } from "../src/core/columns/fields";
import type { SheetGrid } from "../src/core/sheet/sheetGrid";
import {
  CHINESE_GIVEN_CHARACTERS,
  CHINESE_SURNAMES,
  CONTRIBUTOR_GRADES,
  DEPARTMENT_KINDS,
  EXECUTIVE_GRADE,
  LATIN_GIVEN_NAMES,
  LATIN_SURNAMES,
  LOCATIONS,
  MANAGER_GRADES,
  MANAGER_TITLES,
  SALARY_BY_GRADE,
  STAFF_ROLES,
  type DepartmentKind,
} from "./orgVocabulary";
import { createRandom, shuffledIndices, type Random } from "./random";

/** The columns of a generated sheet, in order; headers are each field's canonical English alias. */
export const GENERATED_COLUMNS: readonly FieldKey[] = [
  "id",
  "reportsTo",
  "name",
  "title",
  "department",
  "team",
  "costCenter",
  "location",
  "grade",
  "fte",
  "baseSalary",
  "startDate",
  "status",
  "capabilities",
];

/** Deepest layer (the CEO is layer 1, as in `OrgModel.layer`). */
export const LAYER_CAP = 10;
/** Very wide spans (30–60) only occur at this layer and below. */
export const WIDE_SPAN_MIN_LAYER = 3;

/**
 * Probabilities of the span drawn for a manager (before it is clipped to the people left to place).
 * Clipping adds more small spans, so 7 % drawn gives ~15 % of managers with 1–2 reports, as in the
 * research note's orgs; the rest are 3–12 (triangular, mode 7) and, from layer 3, 30–60.
 */
const SMALL_SPAN_SHARE = 0.07;
const WIDE_SPAN_SHARE = 0.03;
/** Spread (σ of the log) of the weights that split a manager's remaining headcount over the reports. */
const BUDGET_SIGMA = 0.9;
const VACANT_SHARE = 0.03;
const CHINESE_NAME_SHARE = 0.35;
const SALARY_AS_TEXT_SHARE = 0.03;
const CAPABILITIES_SHARE = 0.5;
/** Excel serial numbers of 2008-01-01 and 2025-12-31. */
const FIRST_START_SERIAL = 39448;
const LAST_START_SERIAL = 46022;

/** One row as d3's `stratify()` reads it. */
export interface PositionLink {
  id: string;
  parentId: string | null;
}

export interface GeneratedOrg {
  /** The sheet as an adapter hands it to the core: header row, then one row per position, sorted by ID. */
  grid: SheetGrid;
  /** The same rows, in the same order, as `{id, parentId}` objects for `stratify()`. */
  links: PositionLink[];
}

/** The shape of the org, before any cell is written: node 0 is the CEO. */
interface OrgShape {
  parent: number[];
  layer: number[];
  /** Index in the org's department list; -1 for the CEO and staff roles. */
  department: number[];
  /** Team number within the department (1-based); 0 when the position is above or outside teams. */
  team: number[];
  /** Number of direct reports. */
  span: number[];
  /** Staff role title for staff positions, else "". */
  staffRole: string[];
  departments: DepartmentKind[];
}

/**
 * A realistic org of `size` positions as a sheet, deterministic for a given seed: one CEO, 8–12
 * departments of weighted sizes, headcount split below each manager with log-normal weights, spans
 * mostly 3–12 with some 1–2 and a few 30–60, at most {@link LAYER_CAP} layers, about a third of the
 * names Chinese, ~3 % vacancies, IDs in random order and rows sorted by ID (so reports often come
 * before their manager). Values are typed as Excel hands them over: numbers as numbers, start dates as
 * serial numbers, blank cells as "", and a few salaries as text such as "¥120,000".
 */
export function generateOrg(size: number, seed = 42): GeneratedOrg {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`size must be a positive integer, got ${size}`);
  const random = createRandom(seed);
  const shape = generateOrgShape(size, random);
  return writeOrgRows(shape, random);
}

function generateOrgShape(size: number, random: Random): OrgShape {
  const shape: OrgShape = { parent: [], layer: [], department: [], team: [], span: [], staffRole: [], departments: [] };
  const teamsOf: number[] = [];
  const add = (parent: number, department: number, team: number, staffRole = ""): number => {
    const node = shape.parent.length;
    shape.parent.push(parent);
    shape.layer.push(parent < 0 ? 1 : shape.layer[parent] + 1);
    shape.department.push(department);
    shape.team.push(team);
    shape.span.push(0);
    shape.staffRole.push(staffRole);
    if (parent >= 0) shape.span[parent]++;
    return node;
  };

  const ceo = add(-1, -1, 0);
  const staffCount = size >= 100 ? random.int(1, STAFF_ROLES.length) : 0;
  for (let s = 0; s < staffCount; s++) add(ceo, -1, 0, STAFF_ROLES[s]);

  const toPlace = size - 1 - staffCount;
  const departmentCount = Math.min(toPlace, random.int(8, 12));
  shape.departments = DEPARTMENT_KINDS.slice(0, departmentCount);
  const departmentSizes = splitProportionally(
    toPlace - departmentCount,
    shape.departments.map((kind) => kind.weight),
  );

  const pending: { node: number; budget: number }[] = [];
  shape.departments.forEach((_, d) => {
    teamsOf.push(0);
    pending.push({ node: add(ceo, d, 0), budget: departmentSizes[d] });
  });

  while (pending.length > 0) {
    const { node, budget } = pending.pop()!;
    if (budget === 0) continue;
    const layer = shape.layer[node];
    const levelsBelow = LAYER_CAP - layer;
    const draw = levelsBelow === 1 ? { span: budget, managers: 0 } : drawSpan(layer, budget, random);
    const budgets = splitBudget(budget - draw.span, draw.span, draw.managers, capacityBelow(levelsBelow - 1), random);
    const department = shape.department[node];
    for (const childBudget of budgets) {
      const team = layer === 2 ? ++teamsOf[department] : shape.team[node];
      const child = add(node, department, team);
      if (childBudget > 0) pending.push({ node: child, budget: childBudget });
    }
  }
  if (shape.parent.length !== size) throw new Error(`generated ${shape.parent.length} positions instead of ${size}`);
  return shape;
}

/** How many reports a manager with `budget` positions below gets, and how many of them may manage in turn. */
function drawSpan(layer: number, budget: number, random: Random): { span: number; managers: number } {
  const u = random.next();
  if (u < SMALL_SPAN_SHARE) return clipSpan(random.int(1, 2), budget);
  if (u >= 1 - WIDE_SPAN_SHARE && layer >= WIDE_SPAN_MIN_LAYER) {
    // A wide span (a call-center floor, a store): nearly everyone in it is an individual contributor.
    const wide = clipSpan(random.int(30, 60), budget);
    return { span: wide.span, managers: Math.min(wide.span, random.int(1, 3)) };
  }
  return clipSpan(Math.min(12, Math.round(random.triangular(2.5, 12.5, 7))), budget);
}

function clipSpan(span: number, budget: number): { span: number; managers: number } {
  const clipped = Math.min(span, budget);
  return { span: clipped, managers: clipped };
}

/** Most positions a manager can have below it within `levels` layers at spans of 12: 12 + 12² + … */
function capacityBelow(levels: number): number {
  let capacity = 0;
  for (let l = 1, layerSize = 12; l <= levels; l++, layerSize *= 12) capacity += layerSize;
  return capacity;
}

/**
 * Splits the `rest` positions still to place over `span` reports (the first `managers` of them may get
 * some) with log-normal weights. Sub-teams of 1–2 are folded into the biggest sibling's; a share
 * bigger than what fits above the layer cap spills to siblings and, failing that, becomes extra direct
 * reports (which widens the span near the cap). Returns one budget per report.
 */
function splitBudget(rest: number, span: number, managers: number, capacity: number, random: Random): number[] {
  const budgets = new Array<number>(span).fill(0);
  if (rest === 0) return budgets;
  const weights = budgets.map((_, i) => (i < managers ? Math.exp(BUDGET_SIGMA * random.normal()) : 0));
  const shares = splitProportionally(rest, weights);
  for (let i = 0; i < span; i++) budgets[i] = shares[i];

  for (let i = 0; i < span; i++) {
    if (budgets[i] < 1 || budgets[i] > 2) continue;
    const sibling = largestOther(budgets, i);
    if (sibling < 0) continue;
    budgets[sibling] += budgets[i];
    budgets[i] = 0;
  }

  let overflow = 0;
  for (let i = 0; i < span; i++) {
    if (budgets[i] > capacity) {
      overflow += budgets[i] - capacity;
      budgets[i] = capacity;
    }
  }
  for (let i = 0; i < span && overflow > 0; i++) {
    const room = Math.min(capacity - budgets[i], overflow);
    budgets[i] += room;
    overflow -= room;
  }
  while (overflow > 0) {
    // The extra report is one of the positions to place; it takes as many below it as fit.
    const below = Math.min(capacity, overflow - 1);
    budgets.push(below);
    overflow -= below + 1;
  }
  return budgets;
}

function largestOther(values: readonly number[], except: number): number {
  let best = -1;
  for (let i = 0; i < values.length; i++) if (i !== except && (best < 0 || values[i] > values[best])) best = i;
  return best;
}

/** Splits `total` into integers proportional to `weights` (largest remainder); the parts sum to `total`. */
function splitProportionally(total: number, weights: readonly number[]): number[] {
  let sum = 0;
  for (const weight of weights) sum += weight;
  if (sum === 0) return weights.map(() => 0);
  const exact = weights.map((weight) => (total * weight) / sum);
  const parts = exact.map(Math.floor);
  let left = total - parts.reduce((a, b) => a + b, 0);
  const byRemainder = exact
    .map((value, i) => ({ i, remainder: value - parts[i] }))
    .sort((a, b) => b.remainder - a.remainder);
  for (let k = 0; left > 0; k++, left--) parts[byRemainder[k % byRemainder.length].i]++;
  return parts;
}

/** Writes one row per position, as Excel would hand the sheet over, and the `{id, parentId}` links. */
function writeOrgRows(shape: OrgShape, random: Random): GeneratedOrg {
  const size = shape.parent.length;
  const idNumber = shuffledIndices(size, random);
  const width = Math.max(6, String(size).length);
  const idOf = (node: number): string => `P${String(idNumber[node] + 1).padStart(width, "0")}`;

  const teamLocation = new Map<string, string>();
  const locationOf = (node: number): string => {
    const key = `${shape.department[node]}/${shape.team[node]}`;
    let location = teamLocation.get(key);
    if (location === undefined) {
      location = random.pickWeighted(LOCATIONS, (l) => l.weight).name;
      teamLocation.set(key, location);
    }
    return random.chance(0.1) ? random.pickWeighted(LOCATIONS, (l) => l.weight).name : location;
  };

  const rowOf: CellValue[][] = new Array(size);
  for (let node = 0; node < size; node++) {
    const department = shape.department[node];
    const kind = department >= 0 ? shape.departments[department] : undefined;
    const team = shape.team[node];
    const { title, grade } = roleOf(shape, node, random);
    const vacant = node !== 0 && random.chance(VACANT_SHARE);
    const fte = random.chance(0.88) ? 1 : random.pick([0.5, 0.8, 0.6]);
    const salary = Math.round((SALARY_BY_GRADE[grade] * (0.85 + 0.3 * random.next()) * fte) / 1000) * 1000;
    const values: Partial<Record<FieldKey, CellValue>> = {
      id: idOf(node),
      reportsTo: node === 0 ? "" : idOf(shape.parent[node]),
      name: vacant ? "" : personName(random),
      title,
      department: kind ? kind.name : "Executive Office",
      team: kind && team > 0 ? `${kind.name} Team ${String(team).padStart(2, "0")}` : "",
      costCenter: `CC-${kind ? kind.code : "01"}${String(team).padStart(3, "0")}`,
      location: locationOf(node),
      grade,
      fte,
      baseSalary: random.chance(SALARY_AS_TEXT_SHARE) ? `¥${groupThousands(salary)}` : salary,
      startDate: vacant ? "" : random.int(FIRST_START_SERIAL, LAST_START_SERIAL),
      status: vacant ? "Open" : "Active",
      capabilities: random.chance(CAPABILITIES_SHARE) ? capabilityList(random) : "",
    };
    rowOf[idNumber[node]] = GENERATED_COLUMNS.map((field) => values[field] ?? "");
  }

  const links: GeneratedOrg["links"] = new Array(size);
  for (let node = 0; node < size; node++) {
    links[idNumber[node]] = { id: idOf(node), parentId: node === 0 ? null : idOf(shape.parent[node]) };
  }
  const header: CellValue[] = GENERATED_COLUMNS.map((field) => FIELDS[field].aliases[0]);
  return { grid: { sheetName: "Positions", firstRow: 1, firstColumn: 1, rows: [header, ...rowOf] }, links };
}

function roleOf(shape: OrgShape, node: number, random: Random): { title: string; grade: string } {
  if (node === 0) return { title: "Chief Executive Officer", grade: EXECUTIVE_GRADE };
  if (shape.staffRole[node] !== "") return { title: shape.staffRole[node], grade: "M4" };
  const kind = shape.departments[shape.department[node]];
  if (shape.span[node] > 0) {
    const level = Math.min(shape.layer[node] - 2, MANAGER_TITLES.length - 1);
    return { title: `${MANAGER_TITLES[level]}, ${kind.name}`, grade: MANAGER_GRADES[level] };
  }
  return {
    title: random.pick(kind.roles),
    grade: CONTRIBUTOR_GRADES[Math.min(5, Math.floor(random.triangular(0, 6, 1.5)))],
  };
}

function personName(random: Random): string {
  if (random.chance(CHINESE_NAME_SHARE)) {
    const given =
      random.pick(CHINESE_GIVEN_CHARACTERS) + (random.chance(0.6) ? random.pick(CHINESE_GIVEN_CHARACTERS) : "");
    return random.pick(CHINESE_SURNAMES) + given;
  }
  return `${random.pick(LATIN_GIVEN_NAMES)} ${random.pick(LATIN_SURNAMES)}`;
}

function capabilityList(random: Random): string {
  const count = random.int(1, 3);
  const names = new Set<string>();
  while (names.size < count) names.add(random.pick(DEFAULT_CAPABILITIES).en);
  return [...names].join("; ");
}

function groupThousands(value: number): string {
  return String(value).replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
