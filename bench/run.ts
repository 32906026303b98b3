/**
 * `npm run bench [-- options]`: the suites of bench/suites.ts on generated orgs (1k / 10k / 100k positions by
 * default), each against its target and, where there is one, the best-known peer in the same run:
 * model, layout, chart (Chromium), sheet (a whole sheet's CSV through `orgwright check`), cost, costsheet, export and
 * pane (Chromium). `--suites a,b` runs some of them; a suite that needs Chromium is skipped, with a line saying so,
 * when /usr/bin/chromium is absent. Every suite's result has one format (its tables, then its targets: target,
 * measured, verdict), printed and, with --record, written into docs/benchmarks.md under a line with the machine, the
 * date, the commit and the load average at start and end.
 * Exits 0 whether targets pass or miss (timings on a shared machine are not a test); exits 1 only when the
 * benchmark itself is broken (bad options, a generated org that does not build cleanly, a suite that throws).
 */
import { existsSync } from "node:fs";
import path from "node:path";
import { formatChecks, type BenchSuite, type SuiteCheck, type SuiteOptions } from "./benchSuite";
import { CHROMIUM_PATH } from "./browser/runBrowserBench";
import { currentLoadAverage, describeMachine } from "./describeMachine";
import { describeMachineLine } from "./formatResults";
import { recordBlock } from "./recordResults";
import { WHOLE_SHEET_POSITIONS } from "./sheetBench";
import { SUITES } from "./suites";

interface BenchOptions extends SuiteOptions {
  record: boolean;
  suites: BenchSuite[];
}

const USAGE = `npm run bench -- [--suites ${SUITES.map((s) => s.name).join(",")}] [--sizes 1000,10000,100000] [--runs K]
    [--warmups W] [--seed S] [--stages] [--gc] [--peer-sizes …] [--sheet-rows N] [--record]
  --suites   which suites to run, comma-separated (default all):
${SUITES.map((s) => `             ${s.name.padEnd(10)} ${s.summary}${s.needs ? ` (needs ${s.needs})` : ""}`).join("\n")}
  --sizes    org sizes to generate (positions), comma-separated (costsheet and pane use the largest)
  --runs     measured runs per size and contender (default: each suite's own)
  --warmups  untimed runs first (model suite; default 10 up to 2k, 3 up to 20k, else 1)
  --seed     generator seed (default 42)
  --gc       force a full GC before each timed call (model suite; distorts the timings: see docs/benchmarks.md)
  --stages   also time buildOrgModel's stages one by one (model suite)
  --peer-sizes  d3-org-chart's sizes in the chart suite (default 1000,5000,10000; "none" skips it)
  --sheet-rows  positions in the sheet suite's CSV (default 1048575: a whole Excel sheet with its header)
  --record   write the results into docs/benchmarks.md`;

const DOC_PATH = path.resolve(__dirname, "..", "docs", "benchmarks.md");

function parseOptions(argv: readonly string[]): BenchOptions {
  const options: BenchOptions = {
    sizes: [1_000, 10_000, 100_000],
    seed: 42,
    gc: false,
    record: false,
    stages: false,
    suites: [...SUITES],
    sheetRows: WHOLE_SHEET_POSITIONS,
  };
  const positiveInt = (flag: string, text: string | undefined): number => {
    const value = Number(text?.replace(/_/g, ""));
    if (!Number.isInteger(value) || value < 1) throw new Error(`${flag} needs a positive integer, got "${text ?? ""}"`);
    return value;
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    if (flag === "--sizes") options.sizes = (argv[++i] ?? "").split(",").map((s) => positiveInt(flag, s.trim()));
    else if (flag === "--runs") options.runs = positiveInt(flag, argv[++i]);
    else if (flag === "--warmups") options.warmups = positiveInt(flag, argv[++i]);
    else if (flag === "--seed") options.seed = positiveInt(flag, argv[++i]);
    else if (flag === "--gc") options.gc = true;
    else if (flag === "--record") options.record = true;
    else if (flag === "--stages") options.stages = true;
    else if (flag === "--suites") {
      const names = (argv[++i] ?? "").split(",").map((name) => name.trim().toLowerCase());
      const unknown = names.filter((name) => !SUITES.some((suite) => suite.name === name));
      if (unknown.length > 0 || names.length === 0)
        throw new Error(`--suites: one or more of ${SUITES.map((s) => s.name).join(",")} (not ${unknown.join(",")})`);
      options.suites = SUITES.filter((suite) => names.includes(suite.name));
    } else if (flag === "--sheet-rows") options.sheetRows = positiveInt(flag, argv[++i]);
    else if (flag === "--peer-sizes") {
      const text = argv[++i] ?? "";
      options.peerSizes = text === "none" ? [] : text.split(",").map((s) => positiveInt(flag, s.trim()));
    } else if (flag === "--help" || flag === "-h") {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option ${flag}\n${USAGE}`);
  }
  return options;
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const summary: { suite: string; check: SuiteCheck }[] = [];
  const skipped: string[] = [];
  for (const suite of options.suites) {
    if (suite.needs === "chromium" && !existsSync(CHROMIUM_PATH)) {
      const line = `suite ${suite.name} skipped: it needs Chromium and ${CHROMIUM_PATH} is not installed`;
      console.log(`\n${line}`);
      skipped.push(line);
      continue;
    }
    const machine = describeMachine();
    console.log(`\n== ${suite.name}: ${suite.summary} · ${describeMachineLine(machine)}`);
    const result = await suite.run(options, machine);
    machine.loadAverageAtEnd = currentLoadAverage();
    const text = [
      `Run of ${describeMachineLine(machine)}. Seed ${options.seed}.`,
      "",
      result.report,
      ...(result.checks.length > 0 ? ["", formatChecks(result.checks)] : []),
    ].join("\n");
    console.log(`\n${text}\n`);
    for (const check of result.checks) summary.push({ suite: suite.name, check });
    if (options.record) {
      if (result.record) result.record(DOC_PATH, text);
      else recordBlock(DOC_PATH, suite.name, text);
      console.log(`Recorded in ${path.relative(process.cwd(), DOC_PATH)}`);
    }
  }
  console.log("\nSummary:");
  for (const { suite, check } of summary)
    console.log(`${check.verdict.padEnd(4)}  [${suite}] ${check.label} = ${check.measured} (target ${check.target})`);
  for (const line of skipped) console.log(`SKIP  ${line}`);
  const misses = summary.filter(({ check }) => check.verdict !== "PASS").length;
  console.log(
    misses === 0
      ? "\nAll targets met."
      : `\n*** ${misses} of ${summary.length} targets MISSED (not a failure: see docs/benchmarks.md) ***`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});
