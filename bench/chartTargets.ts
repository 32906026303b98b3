import type { BrowserBenchResults } from "./browser/runBrowserBench";
import type { LayoutBenchRow } from "./layoutBench";

/** One of the org chart's targets (issue 3, section 4), judged on one run's figures. */
export interface ChartCheck {
  label: string;
  value: number;
  unit: "ms" | "MB" | "×";
  target: number;
  limit: number;
  /** "PASS": meets the target; "MISS": within the must-not-exceed limit only; "FAIL": beyond the limit. */
  verdict: "PASS" | "MISS" | "FAIL";
  /** Bigger is better (the speed-up against d3-org-chart). */
  higherIsBetter?: boolean;
}

function judge(
  label: string,
  value: number | undefined,
  unit: ChartCheck["unit"],
  target: number,
  limit: number,
  higherIsBetter = false,
): ChartCheck[] {
  if (value === undefined || !Number.isFinite(value)) return [];
  const within = (bound: number) => (higherIsBetter ? value >= bound : value <= bound);
  const verdict = within(target) ? "PASS" : within(limit) ? "MISS" : "FAIL";
  return [{ label, value, unit, target, limit, verdict, higherIsBetter }];
}

/** The chart's targets from the issue, for the sizes the run measured (a size not run is not judged). */
export function chartChecks(browser: BrowserBenchResults | undefined, layout: readonly LayoutBenchRow[]): ChartCheck[] {
  const checks: ChartCheck[] = [];
  const layout100k = layout.find((row) => row.size === 100_000);
  checks.push(...judge("layout of 100,000 positions (CPU, Node)", layout100k?.ours.cpu.median, "ms", 120, 500));
  if (!browser) return checks;
  const wide = browser.ours.filter((result) => result.container.width === 1280);
  const firstFrame = (size: number) => wide.find((result) => result.size === size)?.total.median;
  checks.push(...judge("rows → first frame, 10,000 positions", firstFrame(10_000), "ms", 100, 250));
  checks.push(...judge("rows → first frame, 100,000 positions", firstFrame(100_000), "ms", 200, 600));
  const speedup = browser.ratios.find((ratio) => ratio.size === 10_000)?.speedup;
  checks.push(...judge("first frame vs d3-org-chart at 10,000 (times faster)", speedup, "×", 15, 15, true));
  const pans = browser.pans.filter((pan) => pan.contender === "Orgwright" && pan.size === 100_000);
  const readable = pans.filter((pan) => pan.lod === "cards");
  const worst = (values: number[]) => (values.length === 0 ? undefined : Math.max(...values));
  checks.push(
    ...judge("pan frame at 100,000, cards with text: median", worst(readable.map((p) => p.median)), "ms", 4, 16),
  );
  checks.push(...judge("pan frame at 100,000, cards with text: p95", worst(readable.map((p) => p.p95)), "ms", 8, 16));
  const zoomedOut = pans.find((pan) => pan.start === "zoomedOut");
  checks.push(...judge("pan frame at 100,000, ~1,000 cards in view: median", zoomedOut?.median, "ms", 6, 16));
  const memory = browser.memory.find((m) => m.contender === "Orgwright" && m.size === 100_000);
  checks.push(...judge("renderer memory with 100,000 loaded (RSS)", memory?.rendererRssMB, "MB", 300, 500));
  return checks;
}

export function formatChartChecks(checks: readonly ChartCheck[]): string {
  const number = (value: number, unit: ChartCheck["unit"]) =>
    unit === "×" ? `${value.toFixed(1)}×` : `${value.toFixed(unit === "MB" ? 0 : 1)} ${unit}`;
  return [
    "| target | measured | target | must not exceed | verdict |",
    "|---|---:|---:|---:|---|",
    ...checks.map((check) => {
      const sign = check.higherIsBetter ? "≥" : "≤";
      return `| ${check.label} | ${number(check.value, check.unit)} | ${sign} ${number(check.target, check.unit)} | ${sign} ${number(check.limit, check.unit)} | **${check.verdict}** |`;
    }),
  ].join("\n");
}
