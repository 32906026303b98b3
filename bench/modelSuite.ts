/**
 * The model suite: rows → org model + findings (`buildOrgModel`) against d3-hierarchy's `stratify()` alone, and the
 * whole analysis (`analyzeWorkbook`), on generated orgs, interleaved in one process, CPU-time medians. Targets: the
 * ratio to `stratify()` < 1, 10× the rows in ≤ 12× the time, `analyzeWorkbook` ≤ 400 ms at 100,000 (issue 9 §2).
 */
import { stratify } from "d3-hierarchy";
import { analyzeWorkbook } from "../src/core/analyzeWorkbook";
import { buildOrgModel } from "../src/core/buildOrgModel";
import { ratioChecks, scalingChecks, type SizeResult, type TargetCheck } from "./benchmarkTargets";
import type { BenchSuite, SuiteCheck, SuiteOptions, SuiteResult } from "./benchSuite";
import type { MachineInfo } from "./describeMachine";
import { describeOrgShape } from "./describeOrgShape";
import { formatHistoryRows, formatResults } from "./formatResults";
import { generateOrg, type GeneratedOrg, type PositionLink } from "./generateOrg";
import { garbageCollector, timeInterleaved, type TimingSummary } from "./measure";
import { recordResults } from "./recordResults";
import { timeStages } from "./timeStages";

/*
 * NO_FORCED_GC: by default no GC is forced between calls. A forced full GC throws away V8's optimised
 * code whenever the maps it was specialised on die with the previous call's objects, so the next call
 * runs partly unoptimised and recompiles: measured here, 1k and 10k calls of both contenders ran 3–8×
 * slower (and with ~10× more deoptimisations) with a GC before each. The garbage of one call is then
 * collected during a later one; alternating the order spreads that over both contenders.
 */

/** Small orgs take microseconds, so they get more runs and warm-ups for the same noise. */
export function defaultRuns(size: number): number {
  return size <= 2_000 ? 31 : size <= 20_000 ? 15 : 7;
}
export function defaultWarmups(size: number): number {
  return size <= 2_000 ? 10 : size <= 20_000 ? 3 : 1;
}

/** The generated org must build into a clean model, or the timings would compare different work. */
export function checkGeneratedOrg(org: GeneratedOrg, size: number): void {
  const analysis = buildOrgModel(org.grid);
  const errors = analysis.findings.filter((finding) => finding.severity === "error");
  if (analysis.accounting.positions !== size || errors.length > 0 || analysis.model.roots.length !== 1) {
    throw new Error(
      `generated org of ${size} does not build cleanly: ${analysis.accounting.positions} positions, ` +
        `${analysis.model.roots.length} roots, errors ${errors.map((f) => f.code).join(", ") || "none"}`,
    );
  }
  const root = stratify<PositionLink>()(org.links);
  if (root.descendants().length !== size)
    throw new Error(`stratify() saw ${root.descendants().length} of ${size} rows`);
}

/** `analyzeWorkbook`'s CPU-time targets by org size (issue 9, §2: at most 400 ms at 100,000 positions). */
export const ANALYSIS_TARGET_MS: Readonly<Record<number, number>> = { 100_000: 400 };

function analysisChecks(analyses: readonly { size: number; timing: TimingSummary }[]): TargetCheck[] {
  return analyses
    .filter(({ size }) => ANALYSIS_TARGET_MS[size] !== undefined)
    .map(({ size, timing }) => ({
      label: `N=${size}: analyzeWorkbook CPU ms`,
      value: timing.median,
      limit: ANALYSIS_TARGET_MS[size],
      pass: timing.median <= ANALYSIS_TARGET_MS[size],
    }));
}

/** The whole-analysis timings as a small table (CPU ms), with the target where there is one. */
function formatAnalyses(analyses: readonly { size: number; timing: TimingSummary }[]): string {
  const rows = analyses.map(({ size, timing }) => {
    const limit = ANALYSIS_TARGET_MS[size];
    const target = limit === undefined ? "–" : `≤ ${limit} ms: ${timing.median <= limit ? "PASS" : "**MISS**"}`;
    return `| ${size.toLocaleString("en")} | ${timing.median.toFixed(1)} (${timing.min.toFixed(1)}–${timing.max.toFixed(1)}) | ${target} |`;
  });
  return [
    "The whole analysis the pane and `check` run, `analyzeWorkbook` (model + org checks + coverage with the default",
    "catalogue, findings sorted and localized), CPU ms, median (min–max), same runs:",
    "",
    "| N | analyzeWorkbook CPU | target |",
    "|---:|---:|---|",
    ...rows,
  ].join("\n");
}

function toSuiteCheck(check: TargetCheck): SuiteCheck {
  const strict = check.label.includes("stratify");
  const digits = check.label.includes("analyzeWorkbook") ? 0 : 2;
  return {
    label: check.label,
    measured: check.value.toFixed(digits),
    target: `${strict ? "<" : "≤"} ${check.limit.toFixed(strict ? 1 : digits === 0 ? 0 : 1)}`,
    verdict: check.pass ? "PASS" : "MISS",
  };
}

function runModelSuite(options: SuiteOptions, machine: MachineInfo): SuiteResult {
  const collector = garbageCollector();
  if (!collector)
    console.log("warning: no gc() available; the generator's garbage may be collected during timed calls");
  if (options.runs !== undefined && options.runs < 5)
    console.log("warning: fewer than 5 measured runs; medians are noisy");

  const results: SizeResult[] = [];
  const analyses: { size: number; timing: TimingSummary }[] = [];
  for (const size of options.sizes) {
    const runs = options.runs ?? defaultRuns(size);
    const warmups = options.warmups ?? defaultWarmups(size);
    const gc = options.gc ? collector : undefined;
    process.stdout.write(`N=${size}: generating… `);
    const org = generateOrg(size, options.seed);
    const shape = describeOrgShape(org);
    checkGeneratedOrg(org, size);
    collector?.(); // the generator's garbage, before the warm-ups (which re-optimise whatever this throws away)
    process.stdout.write(`timing ${warmups} warm-up + ${runs} runs… `);
    const { timings } = timeInterleaved(
      [
        { name: "buildOrgModel", run: () => buildOrgModel(org.grid) },
        { name: "stratify", run: () => stratify<PositionLink>()(org.links) },
        { name: "analyzeWorkbook", run: () => analyzeWorkbook({ positions: org.grid }) },
      ],
      runs,
      warmups,
      gc,
    );
    const stages = options.stages ? timeStages(org.grid, runs, warmups, gc) : undefined;
    results.push({
      size,
      shape,
      runs,
      warmups,
      gcForced: gc !== undefined,
      ours: timings[0],
      stratify: timings[1],
      stages,
    });
    analyses.push({ size, timing: timings[2].cpu });
    console.log(
      `buildOrgModel ${timings[0].cpu.median.toFixed(2)} ms, stratify ${timings[1].cpu.median.toFixed(2)} ms, ` +
        `analyzeWorkbook ${timings[2].cpu.median.toFixed(1)} ms (CPU medians)`,
    );
  }
  const checks = [...ratioChecks(results), ...scalingChecks(results), ...analysisChecks(analyses)];
  return {
    report: `${formatResults(results)}\n\n${formatAnalyses(analyses)}`,
    checks: checks.map(toSuiteCheck),
    record: (docPath, text) => recordResults(docPath, text, formatHistoryRows(machine, results)),
  };
}

export const modelSuite: BenchSuite = {
  name: "model",
  summary: "rows → org model (buildOrgModel) against d3 stratify(), and analyzeWorkbook, in Node",
  run: runModelSuite,
};
