/**
 * Orgwright's chart in the page: rows in memory → buildOrgModel → buildPositionTree → layoutChart → the scene
 * (rollups, colours, findings per card, card content) → OrgChartView.setScene → first complete frame; then pan
 * frames of setViewState + renderNow. Everything expanded, top-down, compact (the defaults).
 */
import { buildOrgModel } from "../../src/core/buildOrgModel";
import { buildPositionTree } from "../../src/core/layout/buildPositionTree";
import { cardsInRect } from "../../src/core/layout/cardsInRect";
import type { ChartLayout, Rect } from "../../src/core/layout/chartLayout";
import { layoutChart } from "../../src/core/layout/layoutChart";
import { countFindingsByPosition } from "../../src/core/rollup/countFindings";
import { listDepartments } from "../../src/core/rollup/listDepartments";
import { rollUpPositions } from "../../src/core/rollup/positionRollups";
import type { SheetGrid } from "../../src/core/sheet/sheetGrid";
import { cardColourFor, cardContentFor } from "../../src/chart/chartCards";
import { OrgChartView } from "../../src/chart/orgChartView";
import { translatorFor } from "../../src/i18n";
import type { ChartScene, ChartViewState } from "../../src/chart/chartScene";
import { departmentColours } from "../../src/chart/departmentColours";
import { frameStats, median, type FrameStats } from "./frameStats";
import { nextFrame, timeFrames } from "./frameTiming";

export interface OursFirstFrame {
  /** buildOrgModel (rows → model + findings). */
  model: number;
  /** buildPositionTree + layoutChart. */
  treeLayout: number;
  /** Rollups, department colours, findings per position, card content closure. */
  scene: number;
  /** setScene → the first complete frame. */
  render: number;
  /** Rows in memory → first complete frame. */
  total: number;
  /** What the scene stage spent on: rollUpPositions, listDepartments + departmentColours, the rest. */
  sceneParts: { rollups: number; departments: number; findingsAndContent: number };
  /** setScene itself (cull, card elements, text fitting), before the frame. */
  renderSync: number;
  positions: number;
  cards: number;
  /** Cards drawn in the first frame (card elements in the DOM). */
  cardsDrawn: number;
  domNodes: number;
  /** The chart's size in world px. */
  width: number;
  height: number;
  opening: ChartViewState;
}

interface Opened {
  view: OrgChartView;
  layout: ChartLayout;
  size: { width: number; height: number };
  opening: ChartViewState;
}

let opened: Opened | undefined;

/** Elements drawn for cards (each card's element carries data-position-id). */
function drawnCards(container: HTMLElement): number {
  return container.querySelectorAll("[data-position-id]").length;
}

export async function oursFirstFrame(grid: SheetGrid, container: HTMLElement): Promise<OursFirstFrame> {
  const size = { width: container.clientWidth, height: container.clientHeight };
  // The pane has its chart component mounted before the rows arrive.
  const view = new OrgChartView(container, { lang: "en", t: translatorFor("en"), animate: false });
  // …and it has had a frame or two since (the rows take at least that long to be read): its font warm-up has run.
  await nextFrame();
  await nextFrame();
  const t0 = performance.now();
  const analysis = buildOrgModel(grid);
  const t1 = performance.now();
  const tree = buildPositionTree(analysis.model);
  const layout = layoutChart(tree);
  const t2 = performance.now();
  const rollups = rollUpPositions(analysis.model);
  const t2a = performance.now();
  const colours = departmentColours(listDepartments(analysis.model));
  const t2b = performance.now();
  const findings = countFindingsByPosition(analysis.model, analysis.findings);
  const content = cardContentFor({ tree, model: analysis.model, rollups, findings, colours, lang: "en" });
  const scene: ChartScene = {
    layout,
    content,
    // As the pane's scene does: a card's colour without working out its whole content (zoomed-out drawing).
    colour: cardColourFor(tree, analysis.model, colours, content),
    dottedLines: [],
    showDottedLines: true,
    label: "Organisation chart",
  };
  const t3 = performance.now();
  view.setScene(scene);
  const t3a = performance.now();
  const t4 = await nextFrame();
  const opening = view.viewState();
  opened = { view, layout, size, opening };
  return {
    model: t1 - t0,
    treeLayout: t2 - t1,
    scene: t3 - t2,
    render: t4 - t3,
    total: t4 - t0,
    sceneParts: { rollups: t2a - t2, departments: t2b - t2a, findingsAndContent: t3 - t2b },
    renderSync: t3a - t3,
    positions: analysis.model.positions.length,
    cards: tree.count,
    cardsDrawn: drawnCards(container),
    domNodes: document.getElementsByTagName("*").length,
    width: layout.bounds.maxX - layout.bounds.minX,
    height: layout.bounds.maxY - layout.bounds.minY,
    opening,
  };
}

function viewRect(state: ChartViewState, size: { width: number; height: number }): Rect {
  const halfWidth = size.width / 2 / state.k;
  const halfHeight = size.height / 2 / state.k;
  return {
    minX: state.x - halfWidth,
    minY: state.y - halfHeight,
    maxX: state.x + halfWidth,
    maxY: state.y + halfHeight,
  };
}

function cardsInView(layout: ChartLayout, state: ChartViewState, size: { width: number; height: number }): number {
  return cardsInRect(layout, viewRect(state, size)).length;
}

/** The centre, among cards sampled evenly, whose view at scale k holds the most cards. */
function densestCentre(layout: ChartLayout, k: number, size: { width: number; height: number }): ChartViewState {
  const count = layout.tree.count;
  const step = Math.max(1, Math.floor(count / 400));
  let best: ChartViewState = { x: layout.x[0] + layout.cardWidth / 2, y: layout.y[0] + layout.cardHeight / 2, k };
  let bestCount = -1;
  for (let card = 0; card < count; card += step) {
    const state = { x: layout.x[card] + layout.cardWidth / 2, y: layout.y[card] + layout.cardHeight / 2, k };
    const n = cardsInView(layout, state, size);
    if (n > bestCount) {
      best = state;
      bestCount = n;
    }
  }
  return best;
}

/** The scale at which about `target` cards are in view around the densest spot (bisection on log k). */
function scaleForCards(layout: ChartLayout, target: number, size: { width: number; height: number }, kMax: number) {
  let centre = densestCentre(layout, kMax, size);
  let low = Math.log(1e-4);
  let high = Math.log(kMax);
  for (let i = 0; i < 30; i++) {
    const mid = (low + high) / 2;
    if (cardsInView(layout, { ...centre, k: Math.exp(mid) }, size) > target) low = mid;
    else high = mid;
  }
  const k = Math.exp(high);
  centre = densestCentre(layout, k, size);
  return { ...centre, k };
}

export interface OursPanOptions {
  frames: number;
  /** Screen px the view moves right each frame. */
  stepPx: number;
  /** Where the pan starts: the opening view, the densest spot at the opening scale, or zoomed out to ~cardsInView. */
  start: "opening" | "dense" | "zoomedOut";
  /** For "zoomedOut": about this many cards in view. */
  cardsInView?: number;
  /** For "dense": the scale (default the opening one). */
  k?: number;
}

export interface OursPan extends FrameStats {
  start: OursPanOptions["start"];
  k: number;
  /** Cards in view per frame (median over frames). */
  cardsInView: number;
  /** Card elements in the DOM after renderNow (median): cards in view plus the cull margin's. */
  cardElements: number;
  /** The level(s) of detail drawn: cards, blocks, density. */
  lod: string;
  /** JS in the rAF callback (setViewState + renderNow), median and 95th percentile. */
  scriptMedian: number;
  scriptP95: number;
  intervalMedian: number;
}

export async function oursPanFrames(options: OursPanOptions): Promise<OursPan> {
  if (!opened) throw new Error("oursFirstFrame first");
  const { view, layout, size, opening } = opened;
  const from =
    options.start === "opening"
      ? opening
      : options.start === "dense"
        ? densestCentre(layout, options.k ?? opening.k, size)
        : scaleForCards(layout, options.cardsInView ?? 1000, size, opening.k);
  view.setViewState(from);
  view.renderNow();
  await nextFrame();
  const states = Array.from({ length: options.frames }, (_, i) => ({
    x: from.x + ((i + 1) * options.stepPx) / from.k,
    y: from.y,
    k: from.k,
  }));
  const drawn: number[] = [];
  const levels = new Set<string>();
  const series = await timeFrames(options.frames, (i) => {
    view.setViewState(states[i]);
    const stats = view.renderNow();
    drawn.push(stats.cards);
    levels.add(stats.lod);
  });
  // Counted after the clock, so that the count costs no frame time.
  const counts = states.slice(0, series.costs.length).map((state) => cardsInView(layout, state, size));
  return {
    ...frameStats(series.costs),
    start: options.start,
    k: from.k,
    cardsInView: median(counts),
    cardElements: median(drawn),
    lod: [...levels].join("+"),
    scriptMedian: median(series.scripts),
    scriptP95: frameStats(series.scripts).p95,
    intervalMedian: median(series.intervals),
  };
}
