/**
 * Which timed calls of the model suite the garbage collector ran in, call by call (CPU time, scavenges,
 * mark-compacts): `npx tsx bench/traceGcRuns.ts [size] [rounds]`. It runs itself again under `--trace-gc`, times
 * `buildOrgModel`, `stratify()` and `analyzeWorkbook` interleaved as the model suite does (one warm-up round, then
 * alternating the order), marks each call in the log and sums the collections between the marks. GC times are wall
 * times of the collector's pauses (on a loaded machine its helper threads wait for a core).
 */
import { spawnSync } from "node:child_process";
import { stratify } from "d3-hierarchy";
import { analyzeWorkbook } from "../src/core/analyzeWorkbook";
import { buildOrgModel } from "../src/core/buildOrgModel";
import { generateOrg, type PositionLink } from "./generateOrg";

const size = Number(process.argv[2] ?? 100_000);
const rounds = Number(process.argv[3] ?? 9);

function timeCalls(): void {
  const org = generateOrg(size);
  const cpu = (): number => {
    const used = process.cpuUsage();
    return (used.user + used.system) / 1000;
  };
  const sink: unknown[] = [];
  const contenders: [string, () => unknown][] = [
    ["buildOrgModel", () => buildOrgModel(org.grid)],
    ["stratify", () => stratify<PositionLink>()(org.links)],
    ["analyzeWorkbook", () => analyzeWorkbook({ positions: org.grid })],
  ];
  for (let round = -1; round < rounds; round++) {
    const order = round % 2 === 1 ? [2, 1, 0] : [0, 1, 2];
    for (const i of order) {
      console.log(`START ${round} ${contenders[i][0]}`);
      const start = cpu();
      sink[0] = contenders[i][1]();
      console.log(`END ${round} ${contenders[i][0]} ${(cpu() - start).toFixed(0)}`);
    }
  }
}

function summarize(log: string): void {
  let scavenges = 0;
  let scavengeMs = 0;
  let compacts = 0;
  let compactMs = 0;
  for (const line of log.split("\n")) {
    if (line.startsWith("START")) {
      scavenges = scavengeMs = compacts = compactMs = 0;
      continue;
    }
    const gc = /(Scavenge|Mark-Compact)[^,]*?MB, ([\d.]+) \/ [\d.]+ ms/.exec(line);
    if (gc) {
      const incremental = /\+ ([\d.]+) ms in/.exec(line);
      if (gc[1] === "Scavenge") {
        scavenges++;
        scavengeMs += Number(gc[2]);
      } else {
        compacts++;
        compactMs += Number(gc[2]) + (incremental ? Number(incremental[1]) : 0);
      }
      continue;
    }
    if (!line.startsWith("END")) continue;
    const [, round, name, ms] = line.split(" ");
    console.log(
      `round ${round.padStart(2)} ${name.padEnd(15)} CPU ${ms.padStart(5)} ms | ` +
        `scavenges ${scavenges} (${scavengeMs.toFixed(0)} ms) | mark-compacts ${compacts} (${compactMs.toFixed(0)} ms)`,
    );
  }
}

if (process.env.TRACE_GC_CHILD === "1") timeCalls();
else {
  const child = spawnSync(process.execPath, [...process.execArgv, "--trace-gc", ...process.argv.slice(1)], {
    env: { ...process.env, TRACE_GC_CHILD: "1" },
    encoding: "utf8",
    maxBuffer: 1 << 28,
  });
  if (child.status !== 0) throw new Error(`traced run failed: ${child.stderr}`);
  summarize(child.stdout);
}
