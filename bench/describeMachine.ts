import { execSync } from "node:child_process";
import os from "node:os";

/** The machine and moment a benchmark ran on: results are only comparable within one such run. */
export interface MachineInfo {
  /** ISO date and time (UTC). */
  date: string;
  cpu: string;
  cores: number;
  memoryGiB: number;
  node: string;
  os: string;
  /** 1-minute load average when the run started: other work on a shared machine skews timings. */
  loadAverage: number;
  /** The commit measured, with "+ changes" when src/core differs from it; "" outside a git checkout. */
  commit: string;
  /** 1-minute load average when the run ended, once known. */
  loadAverageAtEnd?: number;
}

/** The 1-minute load average now. */
export function currentLoadAverage(): number {
  return os.loadavg()[0];
}

export function describeMachine(): MachineInfo {
  const cpus = os.cpus();
  return {
    date: new Date().toISOString().replace(/\.\d+Z$/, "Z"),
    cpu: cpus[0]?.model.trim() ?? "unknown",
    cores: cpus.length,
    memoryGiB: Math.round(os.totalmem() / 2 ** 30),
    node: process.version,
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    loadAverage: os.loadavg()[0],
    commit: describeCommit(),
  };
}

function describeCommit(): string {
  try {
    const run = (command: string): string =>
      execSync(command, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    const commit = run("git rev-parse --short HEAD");
    return run("git status --porcelain -- src/core") === "" ? commit : `${commit} + uncommitted src/core changes`;
  } catch {
    return "";
  }
}
