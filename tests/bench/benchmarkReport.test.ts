import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ratioChecks, scalingChecks, type SizeResult } from "../../bench/benchmarkTargets";
import { summarizeTimings } from "../../bench/measure";
import { HISTORY_END, recordResults, RESULTS_END, RESULTS_START } from "../../bench/recordResults";

/** A result with made-up CPU medians: these tests check the arithmetic of the report, not any timing. */
function result(size: number, oursMs: number, stratifyMs: number): SizeResult {
  const timings = (ms: number) => ({ wall: summarizeTimings([ms]), cpu: summarizeTimings([ms]) });
  const shape = {
    positions: size,
    layers: 1,
    managers: 0,
    averageSpan: 0,
    maxSpan: 0,
    spans: [0, 0, 0, 0] as [number, number, number, number],
    vacant: 0,
    chineseNames: 0,
    named: 0,
    rowsBeforeManager: 0,
  };
  return { size, shape, runs: 1, warmups: 0, gcForced: false, ours: timings(oursMs), stratify: timings(stratifyMs) };
}

describe("summarizeTimings(samples)", () => {
  test("gives the median (middle of the sorted samples, or the mean of the two middle ones) and the range", () => {
    expect(summarizeTimings([5, 1, 3])).toMatchObject({ median: 3, min: 1, max: 5 });
    expect(summarizeTimings([4, 1, 3, 2])).toMatchObject({ median: 2.5, min: 1, max: 4 });
  });
});

describe("the targets", () => {
  test("ratio ours / stratify passes only below 1.0", () => {
    const checks = ratioChecks([result(1_000, 0.9, 1), result(10_000, 10, 10)]);
    expect(checks.map((c) => [c.value, c.pass])).toEqual([
      [0.9, true],
      [1, false],
    ]);
  });

  test("10× the rows may cost at most 12× the time, whatever order the sizes come in", () => {
    const checks = scalingChecks([result(100_000, 1_300, 1), result(1_000, 10, 1), result(10_000, 120, 1)]);
    expect(checks.map((c) => [c.label, c.value, c.limit, c.pass])).toEqual([
      ["time(10000) / time(1000)", 12, 12, true],
      ["time(100000) / time(10000)", 1_300 / 120, 12, true],
    ]);
    expect(scalingChecks([result(1_000, 10, 1), result(10_000, 121, 1)])[0].pass).toBe(false);
  });
});

describe("recordResults(path, results, historyRows)", () => {
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), "bench-"))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  test("replaces the latest results, keeps the prose around them, and appends to the history", () => {
    const page = path.join(dir, "benchmarks.md");
    writeFileSync(
      page,
      `# Benchmarks\n\nProse.\n\n${RESULTS_START}\nold\n${RESULTS_END}\n\nMore prose.\n\n| h |\n|---|\n${HISTORY_END}\n`,
    );
    recordResults(page, "first run", ["| 1 |"]);
    recordResults(page, "second run", ["| 2 |"]);
    const text = readFileSync(page, "utf8");
    expect(text).toContain(`${RESULTS_START}\nsecond run\n${RESULTS_END}`);
    expect(text).not.toContain("first run");
    expect(text).not.toContain("old");
    expect(text).toContain("Prose.");
    expect(text).toContain("More prose.");
    expect(text).toContain(`| 1 |\n| 2 |\n${HISTORY_END}`);
  });

  test("creates the page and its markers when missing", () => {
    const page = path.join(dir, "new.md");
    recordResults(page, "results", ["| row |"]);
    const text = readFileSync(page, "utf8");
    expect(text).toContain(`${RESULTS_START}\nresults\n${RESULTS_END}`);
    expect(text).toContain(`| row |\n${HISTORY_END}`);
  });
});
