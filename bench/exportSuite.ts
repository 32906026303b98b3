/**
 * The export suite (issue 11 §6): registers bench/exportBench.ts (owned with the export writers) as a suite of
 * `npm run bench` — SVG of 10,000 positions ≤ 1 s, PDF and PPTX of 1,000 ≤ 2 s each, font subsetting ≤ 300 ms.
 */
import { atMost, type BenchSuite } from "./benchSuite";
import { formatExportBench, runExportBench } from "./exportBench";

export const exportSuite: BenchSuite = {
  name: "export",
  summary: "the chart's exports (SVG 10k, PDF and PPTX 1k, font subsetting), CPU-time medians, in Node",
  async run(options) {
    const rows = await runExportBench(options.runs ?? 5);
    return {
      report: [
        "Generated orgs, whole chart expanded, the median of the runs after a warm-up, judged on the process's CPU time",
        "(the writers run on its one thread; the wall time is shown beside it), the fonts read once beforehand:",
        "",
        formatExportBench(rows),
      ].join("\n"),
      checks: rows.map((row) =>
        atMost(`${row.what}, ${row.positions.toLocaleString("en-US")} positions`, row.medianMs, row.targetMs, "ms", 0),
      ),
    };
  },
};
