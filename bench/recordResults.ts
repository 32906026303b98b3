import { existsSync, readFileSync, writeFileSync } from "node:fs";

export const RESULTS_START = "<!-- bench:results:start -->";
export const RESULTS_END = "<!-- bench:results:end -->";
export const HISTORY_END = "<!-- bench:history:end -->";

const HISTORY_HEADER = [
  "| date (UTC) | machine | N | buildOrgModel CPU ms | stratify CPU ms | ratio |",
  "|---|---|---:|---:|---:|---:|",
];

/**
 * Puts a run's results into the benchmarks page: replaces the latest-results block and adds one
 * line per size to the history table. Missing markers are added at the end of the page.
 */
export function recordResults(path: string, results: string, historyRows: readonly string[]): void {
  let page = existsSync(path) ? readFileSync(path, "utf8") : "# Benchmarks\n";
  if (!page.includes(RESULTS_START) || !page.includes(RESULTS_END)) {
    page = `${page.trimEnd()}\n\n## Latest results\n\n${RESULTS_START}\n${RESULTS_END}\n`;
  }
  if (!page.includes(HISTORY_END)) {
    page = `${page.trimEnd()}\n\n## History\n\n${HISTORY_HEADER.join("\n")}\n${HISTORY_END}\n`;
  }
  const start = page.indexOf(RESULTS_START) + RESULTS_START.length;
  const end = page.indexOf(RESULTS_END);
  page = `${page.slice(0, start)}\n${results}\n${page.slice(end)}`;
  const historyEnd = page.indexOf(HISTORY_END);
  page = `${page.slice(0, historyEnd)}${historyRows.map((row) => `${row}\n`).join("")}${page.slice(historyEnd)}`;
  writeFileSync(path, page);
}

/**
 * Replaces the block between `<!-- bench:NAME:start -->` and `<!-- bench:NAME:end -->` with `text` (the markers are
 * added at the end of the page when missing).
 */
export function recordBlock(path: string, name: string, text: string): void {
  const start = `<!-- bench:${name}:start -->`;
  const end = `<!-- bench:${name}:end -->`;
  let page = existsSync(path) ? readFileSync(path, "utf8") : "# Benchmarks\n";
  if (!page.includes(start) || !page.includes(end)) page = `${page.trimEnd()}\n\n${start}\n${end}\n`;
  const from = page.indexOf(start) + start.length;
  page = `${page.slice(0, from)}\n${text}\n${page.slice(page.indexOf(end))}`;
  writeFileSync(path, page);
}
