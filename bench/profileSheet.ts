/**
 * The whole sheet's `check` (bench/sheetBench.ts) stage by stage, in one process: CPU time of each stage, and the
 * live heap after a forced garbage collection once it is done (what the stage leaves behind), with the peak RSS:
 *   node --expose-gc --import tsx bench/profileSheet.ts FILE [--trace-gc]
 * Add `--cpu-prof --cpu-prof-dir=DIR` before `--import` for a CPU profile (bench/summarizeProfile.ts reads it).
 * The JSON goes to /dev/null; the stages are runCheck's (src/cli/runCheck.ts): keep the two in step.
 */
import { openSync, closeSync, readFileSync, writeSync } from "node:fs";
import { openWorkbookFile } from "../src/files/openWorkbookFile";
import { loadWorkbook } from "../src/pipeline/loadWorkbook";
import { toCheckJson } from "../src/cli/toCheckJson";
import { writeCheckJson } from "../src/cli/writeCheckJson";

const file = process.argv[2];
if (!file) throw new Error("usage: node --expose-gc --import tsx bench/profileSheet.ts FILE");
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error("run node with --expose-gc");

const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
let last = process.cpuUsage();
/** Prints the CPU time since the last stage, then the heap left after a forced GC (not counted in either). */
function stage(name: string): void {
  const used = process.cpuUsage(last);
  const cpu = ((used.user + used.system) / 1e6).toFixed(2);
  gc!();
  gc!();
  const { heapUsed, external, arrayBuffers } = process.memoryUsage();
  const peak = process.resourceUsage().maxRSS * 1024;
  console.log(
    `${name.padEnd(22)} ${cpu.padStart(6)} s CPU · heap after GC ${mib(heapUsed)} · ` +
      `external ${mib(external)} (array buffers ${mib(arrayBuffers)}) · peak RSS so far ${mib(peak)}`,
  );
  last = process.cpuUsage();
}

/** Reads and opens the file; its bytes are let go of once read, as runCheck does. */
async function openFile(): Promise<Awaited<ReturnType<typeof openWorkbookFile>> & { ok: true }> {
  const bytes = readFileSync(file);
  stage("read file");
  const opened = await openWorkbookFile(bytes, file);
  if (!opened.ok) throw new Error(JSON.stringify(opened.problem));
  return opened;
}

async function main(): Promise<void> {
  const opened = await openFile();
  stage("open (parse)");
  const loaded = await loadWorkbook(opened.source, { lang: "en", cost: false });
  if (!loaded.ok) throw new Error(JSON.stringify(loaded.problem));
  stage("load + analyse");
  const { grid, analysis } = loaded.loaded;
  const result = toCheckJson(file, grid, analysis, "en", { withFindings: false });
  stage("toCheckJson");
  const fd = openSync("/dev/null", "w");
  writeCheckJson(
    result,
    {
      text: (text) => writeSync(fd, text),
      bytes: (bytes) => {
        writeSync(fd, bytes);
        return true;
      },
    },
    { findings: analysis.findings, lang: "en" },
  );
  closeSync(fd);
  stage("writeCheckJson");
}

void main();
