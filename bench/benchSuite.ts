/**
 * What every suite of `npm run bench` is: a name `--suites` selects, a run over the shared options, and one result
 * format — a Markdown report plus the targets judged from it (target, measured, verdict). bench/run.ts prints every
 * suite's result the same way and, with `--record`, writes it into docs/benchmarks.md between
 * `<!-- bench:NAME:start -->` and `<!-- bench:NAME:end -->` under a line naming the machine, the date, the commit and
 * the load average. A suite is registered by one line in bench/suites.ts.
 */
import type { MachineInfo } from "./describeMachine";

/** The options every suite may read (bench/run.ts parses them once). */
export interface SuiteOptions {
  /** Org sizes (positions). */
  sizes: number[];
  /** Measured runs per size; undefined: the suite's own default. */
  runs?: number;
  warmups?: number;
  seed: number;
  /** Force a full GC before each timed call (the model suite; distorts: see docs/benchmarks.md). */
  gc: boolean;
  /** Also time buildOrgModel's stages (the model suite). */
  stages: boolean;
  /** d3-org-chart's sizes in the chart suite. */
  peerSizes?: number[];
  /** Positions in the sheet suite's CSV. */
  sheetRows: number;
}

/**
 * One target judged from one run. "PASS": met; "MISS": not met ("FAIL" where a target also has a must-not-exceed
 * limit and that is exceeded too).
 */
export interface SuiteCheck {
  label: string;
  /** The figure, with its unit ("142 ms", "0.41×", "1.32 GiB"). */
  measured: string;
  /** The target, with its comparison ("≤ 150 ms"). */
  target: string;
  verdict: "PASS" | "MISS" | "FAIL";
}

export interface SuiteResult {
  /** The suite's tables (Markdown), without the machine line and the targets table (added by the runner). */
  report: string;
  checks: SuiteCheck[];
  /**
   * Where --record puts it: the block `bench:NAME` (default: the suite's name). The model suite writes its own
   * block and history table (`record`).
   */
  record?: (docPath: string, text: string) => void;
}

export interface BenchSuite {
  /** What `--suites` selects (lower case, no spaces). */
  name: string;
  /** One line for `--help`. */
  summary: string;
  /** A suite that drives Chromium is skipped, with a line saying so, when the browser is not installed. */
  needs?: "chromium";
  run(options: SuiteOptions, machine: MachineInfo): Promise<SuiteResult> | SuiteResult;
}

/** A "≤ limit" check on a number (smaller is better). */
export function atMost(label: string, value: number, limit: number, unit: string, digits = 1): SuiteCheck {
  const format = (n: number) => `${n.toFixed(digits)}${unit === "×" ? "×" : ` ${unit}`}`;
  return { label, measured: format(value), target: `≤ ${format(limit)}`, verdict: value <= limit ? "PASS" : "MISS" };
}

/** The targets as one Markdown table, the same for every suite. */
export function formatChecks(checks: readonly SuiteCheck[]): string {
  if (checks.length === 0) return "";
  return [
    "| target | measured | target | verdict |",
    "|---|---:|---:|---|",
    ...checks.map(
      (check) =>
        `| ${check.label} | ${check.measured} | ${check.target} | ${check.verdict === "PASS" ? "PASS" : `**${check.verdict}**`} |`,
    ),
  ].join("\n");
}
