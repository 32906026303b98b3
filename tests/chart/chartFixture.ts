import type { CardContent } from "../../src/chart/cardContent";
import type { ChartScene } from "../../src/chart/chartScene";
import { layoutChart } from "../../src/core/layout/layoutChart";
import type { ChartLayout, LayoutOptions } from "../../src/core/layout/chartLayout";
import { CARD_KIND, type CardIndex, type ChartTree } from "../../src/core/layout/chartTree";

/**
 * A chart tree from parents listed in depth-first pre-order (parent[c] < c; card 0 the root), as
 * `buildPositionTree` makes them; `hidden` gives collapsed cards their hidden report counts.
 */
export function treeFromParents(
  parents: ArrayLike<number>,
  hidden: ReadonlyMap<number, number> = new Map(),
): ChartTree {
  const count = parents.length;
  const parent = Int32Array.from(parents);
  const depth = new Int32Array(count);
  const childStart = new Int32Array(count + 1);
  for (let card = 1; card < count; card++) {
    depth[card] = depth[parent[card]] + 1;
    childStart[parent[card] + 1]++;
  }
  for (let card = 0; card < count; card++) childStart[card + 1] += childStart[card];
  const childIndex = new Int32Array(Math.max(0, count - 1));
  const cursor = childStart.slice(0, count);
  for (let card = 1; card < count; card++) childIndex[cursor[parent[card]]++] = card;
  const hiddenReports = new Int32Array(count);
  for (const [card, reports] of hidden) hiddenReports[card] = reports;
  return {
    count,
    kind: new Uint8Array(count).fill(CARD_KIND.position),
    subject: Int32Array.from({ length: count }, (_, i) => i),
    parent,
    childStart,
    childIndex,
    depth,
    hiddenReports,
    cardOfPosition: Int32Array.from({ length: count }, (_, i) => i),
  };
}

/** A deterministic org of `count` cards: spans of 2–9 down to `maxDepth` layers, built depth first. */
export function generatedParents(count: number, maxDepth = 8): Int32Array {
  const parents = new Int32Array(count).fill(-1);
  const depth = new Int32Array(count);
  let seed = 7;
  const random = (): number => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed / 0x7fffffff;
  };
  // Each stack entry: a card still to be given reports.
  let next = 1;
  const stack: number[] = [0];
  while (stack.length > 0 && next < count) {
    const manager = stack.pop() as number;
    if (depth[manager] >= maxDepth) continue;
    const span = manager === 0 ? 10 : 2 + Math.floor(random() * 8);
    const reports: number[] = [];
    for (let i = 0; i < span && next < count; i++) {
      parents[next] = manager;
      depth[next] = depth[manager] + 1;
      reports.push(next++);
    }
    // Depth first: the first report is visited next, so its reports get the next indices.
    for (let i = reports.length - 1; i >= 0; i--) if (random() < 0.6 || manager === 0) stack.push(reports[i]);
  }
  return renumberInPreOrder(parents.subarray(0, next));
}

/** Renumbers a tree (parent before child) so that cards are in depth-first pre-order with children in order. */
function renumberInPreOrder(parents: Int32Array): Int32Array {
  const tree = treeFromParents(parents);
  const order: number[] = [];
  const stack = [0];
  while (stack.length > 0) {
    const card = stack.pop() as number;
    order.push(card);
    for (let k = tree.childStart[card + 1] - 1; k >= tree.childStart[card]; k--) stack.push(tree.childIndex[k]);
  }
  const newIndex = new Int32Array(parents.length);
  order.forEach((card, i) => (newIndex[card] = i));
  const result = new Int32Array(parents.length);
  order.forEach((card, i) => (result[i] = i === 0 ? -1 : newIndex[parents[card]]));
  return result;
}

export const PALETTE = ["#0f6cbd", "#c50f1f", "#107c10", "#8764b8", "#ca5010"];

/** Card content for test trees: vacant every seventh card, a colour per top-level branch. */
export function contentFor(
  tree: ChartTree,
  overrides: ReadonlyMap<CardIndex, Partial<CardContent>> = new Map(),
): (card: CardIndex) => CardContent {
  return (card) => {
    let branch = card;
    while (branch > 0 && tree.parent[branch] > 0) branch = tree.parent[branch];
    const reports = tree.childStart[card + 1] - tree.childStart[card];
    const vacant = card % 7 === 3;
    const base: CardContent = {
      kind: vacant ? "vacant" : "filled",
      id: `P${String(card).padStart(5, "0")}`,
      title: `Title ${card}`,
      name: vacant ? "Vacant" : `Name ${card}`,
      detail: "G5",
      colour: PALETTE[branch % PALETTE.length],
      reports,
      badges: { reports: reports > 0 ? String(reports) : "", fte: "1 FTE", cost: "" },
      findings: card % 11 === 5 ? 2 : 0,
      hiddenReports: tree.hiddenReports[card],
      expanded: reports > 0,
      label: `Title ${card}, ${vacant ? "Vacant" : `Name ${card}`}, ${reports} direct reports`,
    };
    return { ...base, ...overrides.get(card) };
  };
}

export function sceneOf(
  tree: ChartTree,
  options: LayoutOptions = {},
  extra: Partial<ChartScene> = {},
): ChartScene & { layout: ChartLayout } {
  return {
    layout: layoutChart(tree, options),
    content: contentFor(tree),
    dottedLines: [],
    showDottedLines: true,
    label: "Org chart",
    ...extra,
  };
}

/** A container with a size (jsdom has no layout: clientWidth/Height are 0 unless given). */
export function paneOf(width = 800, height = 600): HTMLDivElement {
  const container = document.createElement("div");
  Object.defineProperty(container, "clientWidth", { configurable: true, value: width });
  Object.defineProperty(container, "clientHeight", { configurable: true, value: height });
  document.body.append(container);
  return container;
}
