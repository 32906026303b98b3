/**
 * The compare suite: `comparePlans` (issue 12 §2) of two generated tables of the same org, the plan with 5% of the
 * positions changed (1% each: removed — their reports move up —, added, moved to a manager higher up, paid
 * differently, given another department and title), the analyses and costs of both sides given. Timed against
 * `buildOrgModel` of the plan's rows in the same run (the machine is shared: the ratio is what compares across runs).
 * Target: 100,000 positions compared in ≤ 300 ms. `npm run bench -- --suites compare [--sizes 10000,100000]`.
 */
import { analyzeWorkbook } from "../src/core/analyzeWorkbook";
import { buildOrgModel } from "../src/core/buildOrgModel";
import type { CellValue } from "../src/core/cells/cell";
import { comparePlans, type PlanSide } from "../src/core/compare/planComparison";
import { costHeadcount } from "../src/core/cost/costHeadcount";
import type { SheetGrid } from "../src/core/sheet/sheetGrid";
import { atMost, type BenchSuite, type SuiteCheck } from "./benchSuite";
import { GENERATED_COLUMNS, generateOrg } from "./generateOrg";
import { timeInterleaved } from "./measure";
import { createRandom } from "./random";

export const MAX_COMPARE_MS_AT_100K = 300;
/** The share of positions the plan changes. */
export const CHANGED_SHARE = 0.05;

export interface CompareBenchRow {
  size: number;
  compareMs: number;
  modelMs: number;
  ratio: number;
  /** What the comparison found (a check that the plan differs as generated). */
  added: number;
  removed: number;
  moved: number;
  changed: number;
}

const column = (field: (typeof GENERATED_COLUMNS)[number]) => GENERATED_COLUMNS.indexOf(field);

/**
 * The plan: the baseline's rows with 5% of the positions changed, 1% each way. Moves go to a position on a higher
 * layer (never into the position's own subtree); a removed position's reports move up to its manager.
 */
export function planOf(grid: SheetGrid, seed: number): SheetGrid {
  const random = createRandom(seed ^ 0x5eed);
  const model = buildOrgModel(grid).model;
  const count = model.positions.length;
  const per = Math.max(1, Math.round((count * CHANGED_SHARE) / 5));
  const [ID, REPORTS_TO, NAME, TITLE, DEPARTMENT, SALARY, STATUS] = [
    column("id"),
    column("reportsTo"),
    column("name"),
    column("title"),
    column("department"),
    column("baseSalary"),
    column("status"),
  ];
  const rows: CellValue[][] = grid.rows.map((row) => [...row]);
  const rowOf = (p: number) => rows[model.positions[p].row - grid.firstRow];
  const pick = () => random.int(1, count - 1); // never the top position
  const removed = new Set<number>();
  while (removed.size < per) removed.add(pick());
  const touched = new Set<number>(removed);
  const untouched = () => {
    let p = pick();
    while (touched.has(p)) p = pick();
    touched.add(p);
    return p;
  };
  const keptManager = (p: number): number => {
    let m = model.parent[p];
    while (m >= 0 && removed.has(m)) m = model.parent[m];
    return m;
  };
  for (let i = 0; i < per; i++) {
    const p = untouched();
    const layer = model.layer[p];
    let target = pick();
    while (model.layer[target] >= layer || removed.has(target)) target = random.int(0, count - 1);
    rowOf(p)[REPORTS_TO] = model.positions[target].id;
  }
  for (let i = 0; i < per; i++) {
    const row = rowOf(untouched());
    row[SALARY] = typeof row[SALARY] === "number" ? Math.round((row[SALARY] as number) * 1.04) : 50_000;
  }
  for (let i = 0; i < per; i++) {
    const row = rowOf(untouched());
    row[DEPARTMENT] = `${String(row[DEPARTMENT] ?? "")} (new)`;
    row[TITLE] = `Senior ${String(row[TITLE] ?? "")}`;
  }
  for (let p = 0; p < count; p++) {
    if (removed.has(p)) continue;
    const manager = model.parent[p];
    if (manager >= 0 && removed.has(manager) && String(rowOf(p)[REPORTS_TO]) === model.positions[manager].id)
      rowOf(p)[REPORTS_TO] = model.positions[keptManager(p)]?.id ?? "";
  }
  const kept = rows.filter((_, r) => r === 0 || !removed.has(model.indexById.get(String(rows[r][ID])) ?? -1));
  for (let i = 0; i < per; i++) {
    const template = [...rowOf(untouched())];
    let managerIndex = pick();
    while (removed.has(managerIndex)) managerIndex = pick();
    const manager = model.positions[managerIndex];
    template[ID] = `NEW-${i}`;
    template[REPORTS_TO] = manager.id;
    template[NAME] = "";
    template[STATUS] = "Planned";
    kept.push(template);
  }
  return { ...grid, rows: kept };
}

function sideOf(grid: SheetGrid): PlanSide {
  const analysis = analyzeWorkbook({ positions: grid });
  return { analysis, grid, cost: costHeadcount({ analysis, positions: grid }, { settings: { year: 2025 } }) };
}

/** Times comparePlans and buildOrgModel on each size (CPU-time medians, ms). */
export function benchCompare(sizes: readonly number[], runs = 7, seed = 42): CompareBenchRow[] {
  return sizes.map((size) => {
    const { grid } = generateOrg(size, seed);
    const planGrid = planOf(grid, seed);
    const baseline = sideOf(grid);
    const plan = sideOf(planGrid);
    const result = comparePlans(baseline, plan);
    const { timings } = timeInterleaved(
      [
        { name: "comparePlans", run: () => comparePlans(baseline, plan) },
        { name: "buildOrgModel", run: () => buildOrgModel(planGrid) },
      ],
      runs,
      size >= 50_000 ? 2 : 5,
    );
    const compareMs = timings[0].cpu.median;
    const modelMs = timings[1].cpu.median;
    return {
      size,
      compareMs,
      modelMs,
      ratio: compareMs / modelMs,
      added: result.added.length,
      removed: result.removed.length,
      moved: result.moved.length,
      changed: result.changed.length,
    };
  });
}

export function formatCompareBench(rows: readonly CompareBenchRow[]): string {
  return [
    "`comparePlans` of a generated table and its plan (5% of the positions changed: 1% each removed, added, moved,",
    "paid differently, renamed department and title; analyses and costs of both given), against `buildOrgModel` of",
    "the plan's rows in the same run, interleaved, CPU-time medians:",
    "",
    "| positions | comparePlans (ms) | buildOrgModel (ms) | ratio | added | removed | moved | changed |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (row) =>
        `| ${row.size.toLocaleString("en-US")} | ${row.compareMs.toFixed(1)} | ${row.modelMs.toFixed(1)} | ${row.ratio.toFixed(2)} | ${row.added} | ${row.removed} | ${row.moved} | ${row.changed} |`,
    ),
  ].join("\n");
}

/** The target, judged at 100,000 positions (when that size was run). */
export function compareChecks(rows: readonly CompareBenchRow[]): SuiteCheck[] {
  const row = rows.find((r) => r.size === 100_000);
  if (!row) return [];
  return [
    atMost("compare two tables of 100,000 positions, 5% changed (CPU)", row.compareMs, MAX_COMPARE_MS_AT_100K, "ms", 0),
  ];
}

export const compareSuite: BenchSuite = {
  name: "compare",
  summary: "comparePlans of two tables (5% of the positions changed) against buildOrgModel, in Node",
  run(options) {
    const rows = benchCompare(options.sizes, options.runs ?? 7, options.seed);
    return { report: formatCompareBench(rows), checks: compareChecks(rows) };
  },
};
