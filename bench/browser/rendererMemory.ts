/** Resident memory of Chromium's renderer processes, read with `ps` (Linux). */
import { execFileSync } from "node:child_process";

interface ProcessRow {
  pid: number;
  ppid: number;
  rssKiB: number;
  args: string;
}

function processTable(): ProcessRow[] {
  const text = execFileSync("ps", ["-eo", "pid=,ppid=,rss=,args="], { encoding: "utf8", maxBuffer: 64 << 20 });
  return text
    .split("\n")
    .map((line) => /^\s*(\d+)\s+(\d+)\s+(\d+)\s+(.*)$/.exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map((match) => ({ pid: Number(match[1]), ppid: Number(match[2]), rssKiB: Number(match[3]), args: match[4] }));
}

/**
 * The renderer processes under the browser process `browserPid` (Chromium forks them from its zygote, so
 * descendants, not children), largest RSS first. With one page open, the first is that page's renderer;
 * the others are spare renderers Chromium keeps warm.
 */
export function rendererProcesses(browserPid: number): { pid: number; rssMB: number }[] {
  const rows = processTable();
  const descendants = new Set<number>([browserPid]);
  for (let grew = true; grew;) {
    grew = false;
    for (const row of rows) {
      if (!descendants.has(row.pid) && descendants.has(row.ppid)) {
        descendants.add(row.pid);
        grew = true;
      }
    }
  }
  return rows
    .filter((row) => descendants.has(row.pid) && row.args.includes("--type=renderer"))
    .map((row) => ({ pid: row.pid, rssMB: row.rssKiB / 1024 }))
    .sort((a, b) => b.rssMB - a.rssMB);
}
