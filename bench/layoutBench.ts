/**
 * The chart layout against d3-hierarchy on the same generated orgs, in one process: ours is
 * `buildPositionTree` + `layoutChart` (compact, top-down, all expanded) + the grid index (built by a first
 * `cardsInRect`), from an org model already built; d3's is `stratify()` + `tree().nodeSize()` from the same
 * rows. Run alone: `npx tsx bench/layoutBench.ts [sizes] [runs]`, e.g. `npx tsx bench/layoutBench.ts 10000,100000 9`.
 */
import { stratify, tree as d3Tree } from "d3-hierarchy";
import { buildOrgModel } from "../src/core/buildOrgModel";
import { buildPositionTree } from "../src/core/layout/buildPositionTree";
import { cardsInRect } from "../src/core/layout/cardsInRect";
import { layoutChart } from "../src/core/layout/layoutChart";
import {
  COUSIN_GAP,
  DEFAULT_CARD_HEIGHT,
  DEFAULT_CARD_WIDTH,
  LAYER_GAP,
  SIBLING_GAP,
} from "../src/core/layout/layoutSpacing";
import type { OrgModel } from "../src/core/model/orgModel";
import { describeMachine } from "./describeMachine";
import { describeMachineLine, formatMs } from "./formatResults";
import { generateOrg, type PositionLink } from "./generateOrg";
import { timeInterleaved, type CallTimings } from "./measure";

/** The targets for the layout of 100,000 positions (ms). */
export const LAYOUT_TARGET_MS = 120;
export const LAYOUT_LIMIT_MS = 500;

export interface LayoutBenchRow {
  size: number;
  runs: number;
  warmups: number;
  /** Cards laid out (all expanded: the positions) and compact blocks' stacked cards among them. */
  cards: number;
  stacked: number;
  ours: CallTimings;
  d3: CallTimings;
  /** ours / d3, CPU medians. */
  ratio: number;
}

/** Our whole layout step: the positions view, the layout, and the grid index behind `cardsInRect`. */
export function layOutOrg(model: OrgModel): number {
  const layout = layoutChart(buildPositionTree(model));
  const view = { minX: -600, minY: 0, maxX: 600, maxY: 800 };
  return cardsInRect(layout, view).length + layout.bounds.maxX;
}

/** d3's equivalent: stratify the rows, then a tidy tree with the same card sizes and gaps. */
export function layOutWithD3(links: readonly PositionLink[]): number {
  const root = stratify<PositionLink>()(links as PositionLink[]);
  const laidOut = d3Tree<PositionLink>()
    .nodeSize([1, DEFAULT_CARD_HEIGHT + LAYER_GAP])
    .separation((a, b) => DEFAULT_CARD_WIDTH + (a.parent === b.parent ? SIBLING_GAP : COUSIN_GAP))(root);
  return laidOut.x;
}

/**
 * Times {@link layOutOrg} against {@link layOutWithD3} for generated orgs of the given sizes (seed 42): the
 * models are built before timing; the two alternate who goes first, after warm-up rounds.
 */
export function benchLayout(sizes: readonly number[], runs: number): LayoutBenchRow[] {
  const rows: LayoutBenchRow[] = [];
  for (const size of sizes) {
    const org = generateOrg(size);
    const { model } = buildOrgModel(org.grid);
    if (model.parent.length !== size) throw new Error(`the generated org of ${size} built ${model.parent.length}`);
    const warmups = size <= 20_000 ? 5 : 2;
    const { timings } = timeInterleaved(
      [
        { name: "layout", run: () => layOutOrg(model) },
        { name: "d3", run: () => layOutWithD3(org.links) },
      ],
      runs,
      warmups,
    );
    const layout = layoutChart(buildPositionTree(model));
    const stacked = layout.stacked.reduce((sum, s) => sum + s, 0);
    rows.push({
      size,
      runs,
      warmups,
      cards: layout.tree.count,
      stacked,
      ours: timings[0],
      d3: timings[1],
      ratio: timings[0].cpu.median / timings[1].cpu.median,
    });
  }
  return rows;
}

/** The rows as a Markdown table (ms, median (min–max)). */
export function formatLayoutBench(rows: readonly LayoutBenchRow[]): string {
  const range = (t: CallTimings["cpu"]): string => `${formatMs(t.median)} (${formatMs(t.min)}–${formatMs(t.max)})`;
  return [
    "| N | cards (stacked) | runs (warm-up) | layout CPU | d3 stratify + tree CPU | ratio (CPU) | layout wall | d3 wall |",
    "|---:|---:|---:|---:|---:|---:|---:|---:|",
    ...rows.map(
      (r) =>
        `| ${r.size.toLocaleString("en-US")} | ${r.cards.toLocaleString("en-US")} (${r.stacked.toLocaleString("en-US")}) | ` +
        `${r.runs} (${r.warmups}) | ${range(r.ours.cpu)} | ${range(r.d3.cpu)} | ${r.ratio.toFixed(2)} | ` +
        `${range(r.ours.wall)} | ${range(r.d3.wall)} |`,
    ),
  ].join("\n");
}

function main(): void {
  const [sizesText, runsText] = process.argv.slice(2);
  const sizes = (sizesText ?? "10000,100000").split(",").map((s) => Number(s.replace(/_/g, "")));
  const runs = Number(runsText ?? 9);
  if (sizes.some((s) => !Number.isInteger(s) || s < 1) || !Number.isInteger(runs) || runs < 1)
    throw new Error("usage: npx tsx bench/layoutBench.ts [sizes, e.g. 10000,100000] [runs]");
  console.log(`Chart layout · ${describeMachineLine(describeMachine())}`);
  const rows = benchLayout(sizes, runs);
  console.log(`\n${formatLayoutBench(rows)}\n`);
  const biggest = rows.find((r) => r.size === 100_000);
  if (biggest) {
    const ms = biggest.ours.cpu.median;
    const verdict = ms <= LAYOUT_TARGET_MS ? "PASS" : ms <= LAYOUT_LIMIT_MS ? "MISS (within the limit)" : "FAIL";
    console.log(
      `${verdict}  layout of 100,000 = ${formatMs(ms)} ms CPU (target ≤ ${LAYOUT_TARGET_MS}, limit ${LAYOUT_LIMIT_MS})`,
    );
  }
}

if (require.main === module) {
  try {
    main();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
}
