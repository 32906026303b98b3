/**
 * d3-org-chart (npm, 3.x) in the page, set up as in the research note (performance-baselines.md, Baseline B):
 * 220 × 110 HTML cards with name, title, "department · FTE · cost" and the direct-report count, library defaults
 * otherwise (compact mode, 400 ms transitions, top-down), all expanded with `.expandAll()` (its first and only
 * render). Timings from the call on rows already in memory.
 */
import "d3-transition"; // d3-org-chart's source calls selection.transition() without importing it
import { OrgChart, type OrgChartNode } from "d3-org-chart";
import { frameStats, type FrameStats } from "./frameStats";
import { nextFrame, timeFrames } from "./frameTiming";
import type { PeerRow } from "./peerRow";

export const PEER_NODE_WIDTH = 220;
export const PEER_NODE_HEIGHT = 110;

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);
}

const costFormat = new Intl.NumberFormat("en", { notation: "compact", maximumFractionDigits: 1 });

/** The research note's HTML card; cell text is escaped (the peer takes markup). */
function peerCard(node: OrgChartNode<PeerRow>): string {
  const row = node.data;
  const reports = row._directSubordinates ?? 0;
  return (
    `<div style="width:${node.width}px;height:${node.height}px;box-sizing:border-box;padding:10px;` +
    `border:1px solid #c8c8c8;border-radius:6px;background:#fff;font-family:sans-serif">` +
    `<div style="font-size:14px;font-weight:600">${escapeHtml(row.name || "Vacant")}</div>` +
    `<div style="font-size:12px;color:#444">${escapeHtml(row.title)}</div>` +
    `<div style="font-size:11px;color:#666">${escapeHtml(row.department)} · ${row.fte} FTE · ${costFormat.format(row.cost)}</div>` +
    `<div style="font-size:11px;color:#666">${reports} direct reports</div>` +
    `</div>`
  );
}

export interface PeerFirstFrame {
  /** `expandAll()` (setLayouts + render) returned. */
  sync: number;
  firstFrame: number;
  /** d3 transitions ended (sampled elements have no `__transition`), plus one frame. */
  settled: number;
  cards: number;
  domNodes: number;
}

let chart: OrgChart<PeerRow> | undefined;

/** Sampled node and link elements still carry a running d3 transition. */
function transitionsRunning(container: HTMLElement): boolean {
  const elements = container.querySelectorAll("g.node, path.link");
  const step = Math.max(1, Math.floor(elements.length / 200));
  for (let i = 0; i < elements.length; i += step) {
    if ((elements[i] as Element & { __transition?: unknown }).__transition !== undefined) return true;
  }
  return false;
}

export async function peerFirstFrame(rows: PeerRow[], container: HTMLElement): Promise<PeerFirstFrame> {
  const { width, height } = container.getBoundingClientRect();
  const t0 = performance.now();
  chart = new OrgChart<PeerRow>()
    .container(container)
    .data(rows)
    .svgWidth(width)
    .svgHeight(height)
    .nodeWidth(() => PEER_NODE_WIDTH)
    .nodeHeight(() => PEER_NODE_HEIGHT)
    .nodeContent(peerCard);
  chart.expandAll();
  const sync = performance.now() - t0;
  const firstFrame = (await nextFrame()) - t0;
  const settleCap = performance.now() + 60_000;
  while (transitionsRunning(container) && performance.now() < settleCap) await nextFrame();
  const settled = (await nextFrame()) - t0;
  return {
    sync,
    firstFrame,
    settled,
    cards: container.querySelectorAll("g.node").length,
    domNodes: document.getElementsByTagName("*").length,
  };
}

/** Pan frames at the scale the chart opened at: `frames` × `translateBy` of `stepPx` screen px, capped at 20 s. */
export async function peerPanFrames(
  frames: number,
  stepPx: number,
): Promise<FrameStats & { intervalMedian: number; k: number }> {
  if (!chart) throw new Error("peerFirstFrame first");
  const { svg, zoomBehavior, lastTransform } = chart.getChartState();
  const k = lastTransform.k || 1;
  // The view moves right by stepPx a frame (the content left), as in ours' pan.
  const series = await timeFrames(frames, () => svg.call(zoomBehavior.translateBy, -stepPx / k, 0));
  const intervals = frameStats(series.intervals);
  return { ...frameStats(series.costs), intervalMedian: intervals.median, k };
}
