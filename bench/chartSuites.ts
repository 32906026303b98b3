/**
 * The org chart's two suites (issue 3 §4): `layout` (tree + layout + grid index in Node against d3 `stratify()` +
 * `tree()`) and `chart` (headless Chromium: rows → first frame, pan frames, memory, side by side with d3-org-chart).
 */
import type { BenchSuite, SuiteCheck } from "./benchSuite";
import { formatBrowserResults } from "./browser/formatBrowserResults";
import { runBrowserBench } from "./browser/runBrowserBench";
import { chartChecks, type ChartCheck } from "./chartTargets";
import { benchLayout, formatLayoutBench } from "./layoutBench";

function toSuiteCheck(check: ChartCheck): SuiteCheck {
  const number = (value: number) =>
    check.unit === "×" ? `${value.toFixed(1)}×` : `${value.toFixed(check.unit === "MB" ? 0 : 1)} ${check.unit}`;
  const sign = check.higherIsBetter ? "≥" : "≤";
  const limit = check.limit === check.target ? "" : ` (limit ${sign} ${number(check.limit)})`;
  return {
    label: check.label,
    measured: number(check.value),
    target: `${sign} ${number(check.target)}${limit}`,
    verdict: check.verdict,
  };
}

export const layoutSuite: BenchSuite = {
  name: "layout",
  summary: "the chart's tree + layout + grid index against d3 stratify() + tree(), in Node",
  run(options) {
    const layout = benchLayout(options.sizes, options.runs ?? 9);
    return {
      report: [
        "Layout in Node (`buildPositionTree` + `layoutChart` + grid index, compact, all expanded) against d3 " +
          "`stratify()` + `tree().nodeSize()` on the same rows, ms:",
        "",
        formatLayoutBench(layout),
      ].join("\n"),
      checks: chartChecks(undefined, layout).map(toSuiteCheck),
    };
  },
};

export const chartSuite: BenchSuite = {
  name: "chart",
  summary: "the org chart in headless Chromium (first frame, pan frames, memory) against d3-org-chart",
  needs: "chromium",
  async run(options) {
    const browser = await runBrowserBench({
      sizes: options.sizes,
      seed: options.seed,
      ...(options.peerSizes ? { peerSizes: options.peerSizes } : {}),
    });
    return {
      report: formatBrowserResults(browser),
      checks: chartChecks(browser, []).map(toSuiteCheck),
    };
  },
};
