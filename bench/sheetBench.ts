import { spawn } from "node:child_process";
import { createHash } from "node:crypto";
import { createWriteStream, existsSync, readFileSync, renameSync, rmSync, statSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import type { BenchSuite } from "./benchSuite";
import { formatMs } from "./formatResults";
import { writeOrgCsv } from "./writeOrgCsv";

/** Excel's last row is 1,048,576: a header and this many positions fill a whole sheet. */
export const WHOLE_SHEET_POSITIONS = 1_048_575;

/** The issue's targets for `check` on a whole sheet's CSV (issue 9, §2). */
export const SHEET_TARGETS = { seconds: 10, peakMiB: 1536 } as const;

const ROOT = path.resolve(__dirname, "..");
/** The files the generated CSV depends on: a change to any of them makes a new file. */
const GENERATOR_FILES = ["generateOrg.ts", "orgVocabulary.ts", "random.ts", "writeOrgCsv.ts"];

/** What one child process took. */
export interface ProcessFigures {
  /** Wall-clock seconds from spawn to exit (node's start and the TypeScript loader included). */
  wallSeconds: number;
  /** The process's CPU seconds, user + system, all its threads. */
  cpuSeconds: number;
  /** Peak resident set size (`getrusage` maxrss), MiB. */
  peakMiB: number;
  /** Bytes written to standard output. */
  outputBytes: number;
  exitCode: number;
}

export interface SheetBenchResult {
  positions: number;
  csvBytes: number;
  check: ProcessFigures;
  peer: ProcessFigures;
}

/**
 * The CSV of a generated org of `positions` rows in the temporary directory, written once per generator version
 * (writing a million rows takes a while).
 */
function generatedCsv(positions: number, seed: number): { file: string; bytes: number } {
  const hash = createHash("sha256");
  for (const name of GENERATOR_FILES) hash.update(readFileSync(path.join(__dirname, name)));
  const version = hash.digest("hex").slice(0, 12);
  const file = path.join(os.tmpdir(), `orgwright-sheet-${positions}-${seed}-${version}.csv`);
  if (!existsSync(file)) {
    const partial = `${file}.partial`;
    writeOrgCsv(partial, positions, seed);
    renameSync(partial, file);
  }
  return { file, bytes: statSync(file).size };
}

/** Prints the process's CPU time and peak RSS on standard error when it exits, for the parent to read. */
const REPORT_ON_EXIT =
  "data:text/javascript," +
  encodeURIComponent(
    "process.on('exit',()=>{const c=process.cpuUsage();" +
      "process.stderr.write('\\n@@usage '+JSON.stringify({cpu:(c.user+c.system)/1e6,maxRSS:process.resourceUsage().maxRSS})+'\\n')})",
  );

/** Runs a TypeScript entry point of the project in a fresh node process, its standard output to a file. */
function measureProcess(args: readonly string[]): Promise<ProcessFigures> {
  const outFile = path.join(os.tmpdir(), `orgwright-sheet-out-${process.pid}-${Date.now()}.txt`);
  const out = createWriteStream(outFile);
  return new Promise((resolve, reject) => {
    out.on("open", () => {
      const start = performance.now();
      const child = spawn(process.execPath, ["--import", "tsx", "--import", REPORT_ON_EXIT, ...args], {
        cwd: ROOT,
        stdio: ["ignore", out, "pipe"],
      });
      let stderr = "";
      child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
      child.on("error", reject);
      child.on("close", (code) => {
        const wallSeconds = (performance.now() - start) / 1000;
        out.close();
        const outputBytes = statSync(outFile).size;
        rmSync(outFile, { force: true });
        const usage = /@@usage (\{.*\})/.exec(stderr);
        if (!usage || code !== 0) {
          reject(new Error(`${args.join(" ")} exited with ${code}: ${stderr.slice(0, 2000)}`));
          return;
        }
        const { cpu, maxRSS } = JSON.parse(usage[1]) as { cpu: number; maxRSS: number };
        resolve({ wallSeconds, cpuSeconds: cpu, peakMiB: maxRSS / 1024, outputBytes, exitCode: code ?? 0 });
      });
    });
  });
}

/**
 * The whole sheet: `orgwright check` (JSON out, as `npm run orgwright -- check FILE` runs it) on the CSV of a
 * generated org filling Excel's 1,048,576 rows, against papaparse + d3 `stratify()` alone on the same file
 * (bench/sheetPeer.ts), each in a child process of its own: wall time, CPU time and peak memory (RSS).
 */
export async function benchSheet(positions: number, seed: number): Promise<SheetBenchResult> {
  const { file, bytes } = generatedCsv(positions, seed);
  const peer = await measureProcess(["bench/sheetPeer.ts", file]);
  const check = await measureProcess(["src/cli/main.ts", "check", file, "--format", "json"]);
  return { positions, csvBytes: bytes, check, peer };
}

export interface SheetCheck {
  label: string;
  value: string;
  target: string;
  pass: boolean;
}

/** The issue's targets, judged on CPU time (the shared machine's wall clock counts other jobs) and peak RSS. */
export function sheetChecks(result: SheetBenchResult): SheetCheck[] {
  const { check } = result;
  return [
    {
      label: `check, ${result.positions.toLocaleString("en-US")}-row CSV: CPU time`,
      value: `${check.cpuSeconds.toFixed(1)} s`,
      target: `≤ ${SHEET_TARGETS.seconds} s`,
      pass: check.cpuSeconds <= SHEET_TARGETS.seconds,
    },
    {
      label: `check, ${result.positions.toLocaleString("en-US")}-row CSV: peak memory (RSS)`,
      value: `${(check.peakMiB / 1024).toFixed(2)} GiB`,
      target: `≤ ${(SHEET_TARGETS.peakMiB / 1024).toFixed(1)} GiB`,
      pass: check.peakMiB <= SHEET_TARGETS.peakMiB,
    },
  ];
}

function formatProcess(name: string, figures: ProcessFigures, output: boolean): string {
  return (
    `| ${name} | ${figures.wallSeconds.toFixed(1)} | ${figures.cpuSeconds.toFixed(1)} | ` +
    `${formatMs(figures.peakMiB)} | ${output ? `${(figures.outputBytes / 2 ** 20).toFixed(0)} MiB` : "–"} |`
  );
}

export function formatSheetBench(result: SheetBenchResult): string {
  const { check, peer } = result;
  return [
    `A CSV of ${result.positions.toLocaleString("en-US")} generated positions` +
      `${result.positions === WHOLE_SHEET_POSITIONS ? " (a whole sheet with its header)" : ""}, ` +
      `${(result.csvBytes / 2 ** 20).toFixed(0)} MiB; each contender in a child process of its own:`,
    "",
    "| contender | wall s | CPU s | peak RSS MiB | JSON out |",
    "|---|---:|---:|---:|---:|",
    formatProcess("`orgwright check --format json`", check, true),
    formatProcess("papaparse + `stratify()` alone (bench/sheetPeer.ts)", peer, false),
    "",
    `check ÷ peer: ${(check.cpuSeconds / peer.cpuSeconds).toFixed(2)}× the CPU time, ` +
      `${(check.peakMiB / peer.peakMiB).toFixed(2)}× the peak memory.`,
  ].join("\n");
}

export const sheetSuite: BenchSuite = {
  name: "sheet",
  summary: "`orgwright check` on the CSV of a whole sheet (1,048,575 rows) against papaparse + stratify(), processes",
  async run(options) {
    console.log(`Whole sheet: check on a CSV of ${options.sheetRows.toLocaleString("en-US")} positions…`);
    const result = await benchSheet(options.sheetRows, options.seed);
    return {
      report: formatSheetBench(result),
      checks: sheetChecks(result).map((check) => ({
        label: check.label,
        measured: check.value,
        target: check.target,
        verdict: check.pass ? "PASS" : "MISS",
      })),
    };
  },
};
