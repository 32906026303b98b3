import {
  MAX_RATIO_TO_STRATIFY,
  MAX_SCALING_OVERHEAD,
  ratioChecks,
  scalingChecks,
  stratifyScaling,
  type SizeResult,
  type TargetCheck,
} from "./benchmarkTargets";
import type { MachineInfo } from "./describeMachine";
import type { CallTimings, TimingSummary } from "./measure";

export function formatMs(ms: number): string {
  if (ms < 10) return ms.toFixed(2);
  if (ms < 100) return ms.toFixed(1);
  return Math.round(ms).toLocaleString("en-US");
}

function formatTiming(timing: TimingSummary): string {
  return `${formatMs(timing.median)} (${formatMs(timing.min)}–${formatMs(timing.max)})`;
}

function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}

function percent(part: number, whole: number): string {
  return whole === 0 ? "–" : `${((100 * part) / whole).toFixed(1)} %`;
}

export function verdict(check: TargetCheck): string {
  return check.pass ? "PASS" : "**MISS**";
}

export function describeMachineLine(machine: MachineInfo): string {
  return (
    `${machine.date} · ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB · ` +
    `Node ${machine.node} · ${machine.os}${machine.commit ? ` · commit ${machine.commit}` : ""} · ` +
    `load average ${machine.loadAverage.toFixed(2)} at start` +
    (machine.loadAverageAtEnd === undefined ? "" : `, ${machine.loadAverageAtEnd.toFixed(2)} at end`)
  );
}

/**
 * The model suite's results as Markdown: org shapes, timings, targets, and the optional stage breakdown (the runner
 * puts the machine line above it).
 */
export function formatResults(results: readonly SizeResult[]): string {
  const lines: string[] = [];
  lines.push("Generated orgs:", "");
  lines.push(
    "| N | layers | managers | avg span | max span | spans 1–2 / 3–12 / 13–29 / 30+ | vacant | Chinese names | rows before their manager |",
  );
  lines.push("|---:|---:|---:|---:|---:|---|---:|---:|---:|");
  for (const { shape } of results) {
    lines.push(
      `| ${formatCount(shape.positions)} | ${shape.layers} | ${formatCount(shape.managers)} | ${shape.averageSpan.toFixed(2)} | ${shape.maxSpan} | ` +
        `${shape.spans.map(formatCount).join(" / ")} | ${percent(shape.vacant, shape.positions)} | ` +
        `${percent(shape.chineseNames, shape.named)} | ${percent(shape.rowsBeforeManager, shape.positions)} |`,
    );
  }

  const ratios = ratioChecks(results);
  const wallRatio = (result: SizeResult): string => (result.ours.wall.median / result.stratify.wall.median).toFixed(2);
  lines.push(
    "",
    `Timings in ms, median (min–max) of the measured runs after the warm-up runs${results.some((r) => r.gcForced) ? " (GC: a full GC before each timed call)" : ""}; the targets are judged on CPU time:`,
    "",
  );
  lines.push(
    `| N | runs (warm-up) | buildOrgModel CPU | stratify CPU | ratio (CPU) | target < ${MAX_RATIO_TO_STRATIFY.toFixed(1)} | buildOrgModel wall | stratify wall | ratio (wall) |`,
  );
  lines.push("|---:|---:|---:|---:|---:|---|---:|---:|---:|");
  results.forEach((result, i) => {
    lines.push(
      `| ${formatCount(result.size)} | ${result.runs} (${result.warmups})${result.gcForced ? ", GC" : ""} | ${formatTiming(result.ours.cpu)} | ${formatTiming(result.stratify.cpu)} | ` +
        `${ratios[i].value.toFixed(2)} | ${verdict(ratios[i])} | ${formatTiming(result.ours.wall)} | ${formatTiming(result.stratify.wall)} | ${wallRatio(result)} |`,
    );
  });

  const scaling = scalingChecks(results);
  if (scaling.length > 0) {
    const theirs = stratifyScaling(results);
    lines.push(
      "",
      `Scaling (median time of the larger N / the smaller), target ≤ ${MAX_SCALING_OVERHEAD} × the growth in rows:`,
      "",
    );
    lines.push("| step | buildOrgModel | limit | target | stratify (reference) |");
    lines.push("|---|---:|---:|---|---:|");
    scaling.forEach((check, i) => {
      lines.push(
        `| ${check.label} | ${check.value.toFixed(2)} | ${check.limit.toFixed(1)} | ${verdict(check)} | ${theirs[i].value.toFixed(2)} |`,
      );
    });
  }

  const staged = results.filter((result) => result.stages);
  if (staged.length > 0) {
    const names = staged[0].stages!.map((stage) => stage.name);
    lines.push("", "Where buildOrgModel's time goes (each stage timed on its own; median CPU ms and share):", "");
    lines.push(`| N | ${names.join(" | ")} |`);
    lines.push(`|---:|${names.map(() => "---:").join("|")}|`);
    for (const result of staged) {
      const total = result.stages!.reduce((sum, stage) => sum + stage.timing.median, 0);
      const cells = result.stages!.map(
        (stage) => `${formatMs(stage.timing.median)} (${percent(stage.timing.median, total)})`,
      );
      lines.push(`| ${formatCount(result.size)} | ${cells.join(" | ")} |`);
    }
  }
  return lines.join("\n");
}

function cpuMedian(timings: CallTimings): number {
  return timings.cpu.median;
}

/** One history row per size: | date | machine | N | ours CPU | stratify CPU | ratio | */
export function formatHistoryRows(machine: MachineInfo, results: readonly SizeResult[]): string[] {
  return results.map(
    (result) =>
      `| ${machine.date.slice(0, 16).replace("T", " ")} | ${machine.cpu}, ${machine.cores} cores, Node ${machine.node}, load ${machine.loadAverage.toFixed(1)} | ` +
      `${formatCount(result.size)} | ${formatMs(cpuMedian(result.ours))} | ${formatMs(cpuMedian(result.stratify))} | ` +
      `${(cpuMedian(result.ours) / cpuMedian(result.stratify)).toFixed(2)} |`,
  );
}
